import { availableParallelism } from 'node:os';
import type { PdfDocumentInput } from './pdf.types.js';

/** Where the renderer reports what it left out of a document (pino's signature: object, message). */
export interface PdfLog {
  warn(obj: object, msg: string): void;
}

export interface PdfRendererSettings {
  /** Worker threads rendering PDFs (each parses the fonts once). */
  threads: number;
  /** Milliseconds one render may take once a thread has it; then the thread is stopped. */
  timeoutMs: number;
  log: PdfLog;
}

/** Two threads at least (one long render never holds every other), at most four. */
export const DEFAULT_PDF_THREADS = Math.min(4, Math.max(2, availableParallelism()));
/** 2,000 lines on 60 pages render in about 0.35 s: 20 s stops only a runaway. */
export const DEFAULT_PDF_TIMEOUT_MS = 20_000;

const consoleLog: PdfLog = { warn: (obj, msg) => console.warn(msg, obj) };

export const settings: PdfRendererSettings = {
  threads: DEFAULT_PDF_THREADS,
  timeoutMs: DEFAULT_PDF_TIMEOUT_MS,
  log: consoleLog,
};

/**
 * Set at start-up (buildApp, the CLI's context) from the configuration (`PDF_THREADS`,
 * `PDF_RENDER_TIMEOUT_MS`) and the logger; an undefined value keeps the default.
 */
export function configurePdfRenderer(
  s: { [K in keyof PdfRendererSettings]?: PdfRendererSettings[K] | undefined },
): void {
  if (s.threads !== undefined) settings.threads = s.threads;
  if (s.timeoutMs !== undefined) settings.timeoutMs = s.timeoutMs;
  if (s.log !== undefined) settings.log = s.log;
}

export function reportWarning(input: Pick<PdfDocumentInput, 'kind' | 'number'>, warning: string): void {
  settings.log.warn(
    { pdf: { kind: input.kind, number: input.number } },
    `PDF rendered without a part: ${warning}`,
  );
}
