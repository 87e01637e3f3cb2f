import type { EInvoiceValidation } from './check.js';
import { checkEInvoiceInput } from './input.js';
import { cacheDirOf, preloadPool, rulesDirOf, validateInPool } from './pool.js';
import { compileRules, SCHEMATRON_LAYERS, type SchematronLayer, stylesheetsOf } from './rules.js';

export type { EInvoiceError, EInvoiceValidation } from './check.js';
export { closeEInvoiceValidator, configureEInvoiceValidator } from './pool.js';
export type { EInvoiceSyntax, SchematronLayer } from './rules.js';
export type { Flag } from './svrl.js';

export interface ValidateOptions {
  /**
   * Schematron layers after the XSD; default EN 16931 only. `peppol` (Peppol BIS 3) and `ublbe`
   * (Belgian UBL.BE CIUS) apply to UBL, `facturx` (Factur-X 1.0.09 EN16931 profile: its XSD and
   * Schematron) to CII.
   */
  layers?: SchematronLayer[];
  /** Folder of the rules; default EINVOICE_RULES_DIR (or the shared folder beside the project). */
  rulesDir?: string | null;
  /** Folder of the rules compiled on first use; default EINVOICE_CACHE_DIR (or DATA_DIR/cache/einvoice). */
  cacheDir?: string;
}

/**
 * Validates an e-invoice the way the receiving side will: the syntax's XSD first, then, only on a
 * schema-valid document (the Schematron assumes one), the official Schematron layers on one parsed
 * copy. Every rule of the official rules is the judge; nothing is re-implemented here.
 *
 * Refused with an AppError before any validation: over 20 MB, not UTF-8, a DOCTYPE or ENTITY (XXE,
 * billion laughs), XML that is not well-formed, a root element that is no UBL Invoice / CreditNote
 * or CII D16B invoice, a layer that does not apply to the syntax, and a rules folder that is not
 * configured (never a pass without rules).
 *
 * The work runs in a worker thread (pool.ts), which keeps the rules it loaded; rules shipped as XSLT
 * only are compiled once into the cache folder first (compile.ts), on this thread's first need of them.
 */
export async function validateEInvoice(
  xml: string | Buffer,
  opts: ValidateOptions = {},
): Promise<EInvoiceValidation> {
  const text = checkEInvoiceInput(xml);
  const layers = [...new Set<SchematronLayer>(opts.layers ?? ['en16931'])];
  const rulesDir = rulesDirOf(opts.rulesDir);
  const cacheDir = cacheDirOf(opts.cacheDir);
  await compileRules(rulesDir, cacheDir, stylesheetsOf(layers));
  return validateInPool({ text, layers, rulesDir: rulesDir ?? '', cacheDir });
}

/**
 * Compiles what is not compiled yet and has every thread of the pool load the artefacts of `layers`
 * (default: every layer) now (start-up, a test file's or a benchmark's warm-up) instead of on first use.
 */
export async function preloadEInvoiceRules(
  opts: Pick<ValidateOptions, 'rulesDir' | 'cacheDir' | 'layers'> = {},
): Promise<void> {
  const rulesDir = rulesDirOf(opts.rulesDir);
  const cacheDir = cacheDirOf(opts.cacheDir);
  const layers = opts.layers ?? [...SCHEMATRON_LAYERS];
  await compileRules(rulesDir, cacheDir, stylesheetsOf(layers));
  await preloadPool(rulesDir ?? '', cacheDir, layers);
}

/**
 * The server's and the worker's start-up warm-up: compiles (in a child process) and loads every
 * layer's rules in the background, so that the first e-invoice of the day is not the one that waits
 * the 10–30 s of a compilation. Answers at once; the returned promise settles when the rules are
 * loaded and never rejects: a rules folder that is missing or broken does not stop the server (mail,
 * PDFs and everything else work without it) — it is reported here, and again, as an error, by each
 * validation that needs the rules.
 */
export function warmUpEInvoiceRules(
  log: { info(o: object, msg: string): void; warn(o: object, msg: string): void },
  opts: Pick<ValidateOptions, 'rulesDir' | 'cacheDir' | 'layers'> = {},
): Promise<void> {
  const started = performance.now();
  return preloadEInvoiceRules(opts).then(
    () => {
      log.info({ ms: Math.round(performance.now() - started) }, 'e-invoice rules loaded');
    },
    (e: unknown) => {
      log.warn(
        { err: e },
        'e-invoice rules could not be preloaded: each e-invoice validation will report why until this is fixed',
      );
    },
  );
}
