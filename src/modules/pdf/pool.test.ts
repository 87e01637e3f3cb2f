import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.js';
import { configurePdfRenderer, renderDocumentPdf, renderDocumentPdfSync } from './index.js';
import { sampleDocument } from './pdf.fixtures.js';
import { DEFAULT_PDF_TIMEOUT_MS } from './settings.js';

afterAll(() => configurePdfRenderer({ timeoutMs: DEFAULT_PDF_TIMEOUT_MS }));

describe('rendering in worker threads', () => {
  it('gives the same bytes as rendering on the calling thread', async () => {
    for (const template of ['classic', 'modern'] as const) {
      const input = sampleDocument({ lines: 12 });
      const [a, b] = await Promise.all([
        renderDocumentPdf(input, { template }),
        renderDocumentPdf(input, { template }),
      ]);
      expect(a.equals(b)).toBe(true);
      expect(a.equals(renderDocumentPdfSync(input, { template }))).toBe(true);
    }
  });

  it('keeps the event loop turning while a long document renders', async () => {
    let done = false;
    const long = renderDocumentPdf(sampleDocument({ lines: 2000 })).then((pdf) => {
      done = true;
      return pdf;
    });
    // Rendered on this thread, the render would be over before the first turn of the loop.
    let turnsDuringRender = 0;
    while (!done) {
      await new Promise((resolve) => setImmediate(resolve));
      if (!done) turnsDuringRender++;
    }
    expect(turnsDuringRender).toBeGreaterThan(1);
    expect((await long).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('stops a render past its time limit with a clear error, and renders the next one', async () => {
    await renderDocumentPdf(sampleDocument({ lines: 1 })); // a warm thread: fonts parsed
    configurePdfRenderer({ timeoutMs: 30 });
    const err = await renderDocumentPdf(sampleDocument({ lines: 3000 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'render_timeout', status: 422 });
    configurePdfRenderer({ timeoutMs: DEFAULT_PDF_TIMEOUT_MS });
    const next = await renderDocumentPdf(sampleDocument({ lines: 1 }));
    expect(next.equals(renderDocumentPdfSync(sampleDocument({ lines: 1 })))).toBe(true);
  });
});
