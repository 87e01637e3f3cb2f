import type { PdfDocumentInput, PdfRenderOptions } from './pdf.types.js';
import { type PdfRenderResult, renderDocumentPdfReport } from './render.js';

export interface RenderTask {
  input: PdfDocumentInput;
  options: PdfRenderOptions;
}

/**
 * One render in a worker thread of the pool (pool.ts). The fonts are parsed on the first render of
 * each thread and kept (fonts.ts), like on the main thread before.
 */
export default function render(task: RenderTask): PdfRenderResult {
  return renderDocumentPdfReport(task.input, task.options);
}
