import { threadId } from 'node:worker_threads';
import { AppError } from '../../shared/errors.js';
import { checkEInvoice, type EInvoiceValidation } from './check.js';
import { einvoiceRules, loadRules, type SchematronLayer } from './rules.js';

export type ValidateTask =
  | {
      kind: 'validate';
      text: string;
      layers: SchematronLayer[];
      rulesDir: string;
      cacheDir: string;
    }
  | { kind: 'preload'; rulesDir: string; cacheDir: string; layers: SchematronLayer[] };

/** An AppError as plain data: a class does not cross the thread boundary, its fields do. */
export interface RefusalData {
  code: AppError['code'];
  template: string;
  params: Record<string, string | number>;
  errors: AppError['errors'];
}

export type ValidateOutcome =
  | { ok: true; validation: EInvoiceValidation | null; threadId: number }
  | { ok: false; refusal: RefusalData };

/**
 * One validation in a worker thread of the pool (pool.ts). The rules are loaded on the first task of
 * each thread (or its preload task) and kept for the thread's life.
 */
export default async function validate(task: ValidateTask): Promise<ValidateOutcome> {
  try {
    if (task.kind === 'preload') {
      await loadRules(task.rulesDir, task.cacheDir, task.layers);
      return { ok: true, validation: null, threadId };
    }
    const rules = await einvoiceRules(task.rulesDir, task.cacheDir);
    return { ok: true, validation: checkEInvoice(rules, task.text, task.layers), threadId };
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return {
      ok: false,
      refusal: { code: e.code, template: e.template, params: { ...e.params }, errors: e.errors },
    };
  }
}
