import { Piscina } from 'piscina';
import { AppError } from '../../shared/errors.js';
import { checkFacturx } from './facturx.js';
import type { PdfDocumentInput, PdfRenderOptions } from './pdf.types.js';
import { asBuffer, type PdfRenderResult } from './render.js';
import type { RenderTask } from './render.worker.js';
import { reportWarning, settings } from './settings.js';

/*
 * PDF rendering off the request thread. A render is CPU work (≈ 6 ms a page; a long document is
 * seconds): run on the event loop, one company's long document held every other company's requests.
 * Renders run in a pool of worker threads (piscina), at most `settings.threads` at a time, in the
 * order they were asked for; each has `settings.timeoutMs` from the moment a thread takes it, after
 * which the thread is stopped (and replaced) and the caller gets a 422.
 */

let pool: Piscina<RenderTask, PdfRenderResult> | null = null;
let poolThreads = 0;
let running = 0;
const waiting: (() => void)[] = [];

/**
 * The worker's entry: the compiled `render.worker.js` beside this file in the build (`npm start`);
 * from the TypeScript sources (tsx, vitest) a small JS bootstrap that registers tsx in the thread
 * first, because a worker thread does not inherit the parent's loader.
 */
function workerEntry(): string {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './render.worker-bootstrap.mjs' : './render.worker.js', here).href;
}

function thePool(): Piscina<RenderTask, PdfRenderResult> {
  if (pool && poolThreads === settings.threads) return pool;
  void pool?.close();
  poolThreads = settings.threads;
  pool = new Piscina<RenderTask, PdfRenderResult>({
    filename: workerEntry(),
    // One thread stays up with its fonts parsed; the others stop after a minute without work.
    minThreads: 1,
    maxThreads: poolThreads,
    idleTimeout: 60_000,
  });
  return pool;
}

/** A thread's turn: the time limit starts when the render can start, not while it waits for one. */
async function turn(): Promise<void> {
  if (running < settings.threads) {
    running++;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function done(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

/**
 * The document as PDF bytes, rendered in a worker thread: the same bytes as `renderDocumentPdfSync`
 * (the same code and fonts; the output depends only on the input). What the render left out (a damaged
 * logo) is logged here. A render past the time limit is stopped: 422 `render_timeout`.
 */
export async function renderDocumentPdf(
  input: PdfDocumentInput,
  options: PdfRenderOptions = {},
): Promise<Buffer> {
  // Here, not only in the thread: an AppError crosses a thread's boundary as a plain Error.
  if (options.facturx) checkFacturx(options.facturx);
  await turn();
  const signal = AbortSignal.timeout(settings.timeoutMs);
  let result: PdfRenderResult;
  try {
    result = await thePool().run({ input, options }, { signal });
  } catch (err) {
    if (!signal.aborted) throw err;
    throw new AppError(
      'render_timeout',
      'The PDF took too long to render: split the document into smaller ones',
      {
        meta: { timeoutMs: settings.timeoutMs },
      },
    );
  } finally {
    done();
  }
  for (const w of result.warnings) reportWarning(input, w);
  return asBuffer(result.pdf);
}

/** Stops the threads (tests, shutdown); the next render starts a new pool. */
export async function closePdfRenderer(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.close();
}
