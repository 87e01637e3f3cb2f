import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { einvoiceRulesDir } from '../../src/platform/config.js';
import { projectRoot } from '../../src/platform/paths.js';

/*
 * The official third-party data the tests read in place from ../shared/conformance (never copied into
 * the project: see its README). A checkout without that folder skips the tests that need it, saying
 * so once per file; under CI (CI=true) the folder must be there, and its absence fails the file
 * instead of letting the suite pass with those tests quietly skipped.
 */

/** The e-invoice rules folder (EINVOICE_RULES_DIR, else shared/conformance/einvoice beside the project). */
export const rulesDir = einvoiceRulesDir(process.env.EINVOICE_RULES_DIR || undefined);

/**
 * True when the test file (its `import.meta.url`) cannot run for want of the rules folder: use it as
 * `describe.skipIf(withoutRules(import.meta.url))`. Throws under CI.
 */
export function withoutRules(fileUrl: string): boolean {
  if (rulesDir) return false;
  const file = basename(new URL(fileUrl).pathname);
  const why = `${file}: no shared/conformance/einvoice folder beside the project (or EINVOICE_RULES_DIR)`;
  if (process.env.CI === 'true') throw new Error(`${why}; CI needs it`);
  console.warn(`${why}: its tests are skipped`);
  return true;
}

/** The bank statement samples: shared/conformance/bank beside the project (or beside the rules folder). */
export const bankSamplesDir =
  [
    join(projectRoot(), '..', 'shared', 'conformance', 'bank'),
    rulesDir && join(dirname(rulesDir), 'bank'),
  ].find((dir): dir is string => !!dir && existsSync(dir)) ?? null;

/** As withoutRules, for the bank statement samples: `describe.skipIf(withoutBankSamples(import.meta.url))`. */
export function withoutBankSamples(fileUrl: string): boolean {
  if (bankSamplesDir) return false;
  const file = basename(new URL(fileUrl).pathname);
  const why = `${file}: no shared/conformance/bank folder beside the project`;
  if (process.env.CI === 'true') throw new Error(`${why}; CI needs it`);
  console.warn(`${why}: its tests are skipped`);
  return true;
}
