import { Piscina } from 'piscina';
import { AppError } from '../../shared/errors.js';
import { einvoiceCacheDir, einvoiceRulesDir } from '../config.js';
import type { EInvoiceValidation } from './check.js';
import type { SchematronLayer } from './rules.js';
import type { ValidateOutcome, ValidateTask } from './validate.worker.js';

/*
 * E-invoice validation off the event loop. A validation is 20–400 ms of CPU (XSD, then SaxonJS running
 * the Schematron); on the request thread it held every other request. It runs in a pool of worker
 * threads (piscina), each loading the compiled rules once on its first task (or preloadEInvoiceRules)
 * and keeping them: a thread with rules loaded holds ~100–300 MB, hence few threads.
 */

export interface EInvoiceValidatorSettings {
  /** Worker threads validating e-invoices. */
  threads: number;
  /** Rules folder; undefined: EINVOICE_RULES_DIR or the shared folder beside the project. */
  rulesDir: string | null | undefined;
  /** Cache of compiled rules; undefined: EINVOICE_CACHE_DIR or DATA_DIR/cache/einvoice. */
  cacheDir: string | undefined;
}

export const DEFAULT_EINVOICE_THREADS = 2;

const settings: EInvoiceValidatorSettings = {
  threads: DEFAULT_EINVOICE_THREADS,
  rulesDir: undefined,
  cacheDir: undefined,
};

/**
 * Set at start-up (buildApp, the CLI's context) from the configuration (EINVOICE_RULES_DIR,
 * EINVOICE_CACHE_DIR, EINVOICE_THREADS); an undefined value keeps the default.
 */
export function configureEInvoiceValidator(
  s: {
    [K in keyof EInvoiceValidatorSettings]?: EInvoiceValidatorSettings[K] | undefined;
  },
): void {
  if (s.threads !== undefined) settings.threads = s.threads;
  if (s.rulesDir !== undefined) settings.rulesDir = s.rulesDir;
  if (s.cacheDir !== undefined) settings.cacheDir = s.cacheDir;
}

/** The rules folder of a call: the caller's, else the configured one, else the environment's. */
export function rulesDirOf(given: string | null | undefined): string | null {
  if (given !== undefined) return given;
  settings.rulesDir ??= einvoiceRulesDir(process.env.EINVOICE_RULES_DIR || undefined);
  return settings.rulesDir;
}

export function cacheDirOf(given: string | undefined): string {
  if (given !== undefined) return given;
  settings.cacheDir ??= einvoiceCacheDir(process.env.EINVOICE_CACHE_DIR, process.env.DATA_DIR);
  return settings.cacheDir;
}

let pool: Piscina<ValidateTask, ValidateOutcome> | null = null;
let poolThreads = 0;

/**
 * The worker's entry: the compiled `validate.worker.js` beside this file in the build (`npm start`);
 * from the TypeScript sources (tsx, vitest) a small JS bootstrap that registers tsx in the thread
 * first, because a worker thread does not inherit the parent's loader.
 */
function workerEntry(): string {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './validate.worker-bootstrap.mjs' : './validate.worker.js', here)
    .href;
}

function thePool(): Piscina<ValidateTask, ValidateOutcome> {
  if (pool && poolThreads === settings.threads) return pool;
  void pool?.close();
  poolThreads = settings.threads;
  // Every thread stays up with its rules loaded: a new thread pays ~1 s to load them again.
  pool = new Piscina<ValidateTask, ValidateOutcome>({
    filename: workerEntry(),
    minThreads: poolThreads,
    maxThreads: poolThreads,
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  return pool;
}

async function runTask(task: ValidateTask): Promise<Extract<ValidateOutcome, { ok: true }>> {
  const outcome = await thePool().run(task);
  if (outcome.ok) return outcome;
  const { code, template, params, errors } = outcome.refusal;
  throw new AppError(code, template, { params, errors });
}

/**
 * A validation in a thread of the pool. Fanning the layers out over the threads (one task per layer)
 * was measured and dropped: on the 2-core machine, same p50, 7 % more CPU (a second parse per layer,
 * two threads competing for the cores), bench/scenarios/einvoice-validate.ts.
 */
export async function validateInPool(task: {
  text: string;
  layers: SchematronLayer[];
  rulesDir: string;
  cacheDir: string;
}): Promise<EInvoiceValidation> {
  const { validation } = await runTask({ kind: 'validate', ...task });
  if (!validation) throw new Error('the e-invoice validator answered a validation with nothing');
  return validation;
}

/**
 * Has every thread of the pool load every artefact: one preload task per thread, all at once, again
 * (a few times at most) while a thread that started late has not had one.
 */
export async function preloadPool(
  rulesDir: string,
  cacheDir: string,
  layers: SchematronLayer[],
): Promise<void> {
  thePool();
  const warm = new Set<number>();
  for (let round = 0; round < 4 && warm.size < poolThreads; round++) {
    const done = await Promise.all(
      Array.from({ length: poolThreads }, () => runTask({ kind: 'preload', rulesDir, cacheDir, layers })),
    );
    for (const d of done) warm.add(d.threadId);
  }
}

/** Stops the threads (tests, shutdown); the next validation starts a new pool. */
export async function closeEInvoiceValidator(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close();
}
