import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../../test/helpers/pdf.js';
import {
  closePdfRenderer,
  configurePdfRenderer,
  DEFAULT_PDF_THREADS,
  renderDocumentPdf,
  renderDocumentPdfSync,
} from './index.js';
import { sampleDocument, sampleReminder } from './pdf.fixtures.js';
import type { PdfDocumentInput, PdfTemplate } from './pdf.types.js';

/*
 * A render's bytes and text depend on its input only, never on what the same thread rendered before:
 * the fonts' parsed data are kept across renders (fonts.ts, canvas.ts), and issued PDFs' hashes are
 * recorded. Each case is rendered first on a fresh thread of the pool (nothing rendered before: the
 * reference), and after the other cases, in several orders, on other threads and on this one.
 */

interface Case {
  name: string;
  input: PdfDocumentInput;
  template: PdfTemplate;
}

const CASES: Case[] = [
  { name: 'en modern', input: sampleDocument({ lines: 40, language: 'en' }), template: 'modern' },
  { name: 'fr modern', input: sampleDocument({ lines: 40, language: 'fr' }), template: 'modern' },
  {
    name: 'nl credit note, classic, no logo',
    input: sampleDocument({ lines: 6, language: 'nl', kind: 'credit_note', logo: false }),
    template: 'classic',
  },
  {
    name: 'de quote of a French seller, modern',
    input: sampleDocument({ lines: 5, language: 'de', kind: 'quote', french: true, accentColor: '#F2C94C' }),
    template: 'modern',
  },
  {
    name: 'en draft reverse-charged, classic, no logo',
    input: sampleDocument({ lines: 3, language: 'en', draft: true, reverseCharge: true, logo: false }),
    template: 'classic',
  },
  { name: 'fr reminder, classic', input: sampleReminder({ language: 'fr' }), template: 'classic' },
];

const sha256 = (pdf: Uint8Array) => createHash('sha256').update(pdf).digest('hex');

/** Case `first`, then every other one: the ones before it in CASES, nearest first, then the rest. */
function orderStartingAt(first: number): number[] {
  return CASES.map((_, k) => (first - k + CASES.length) % CASES.length);
}

/** Every case's PDF as rendered by one fresh thread of the pool, in `order`. */
async function renderOnFreshThread(order: number[]): Promise<Map<number, Buffer>> {
  await closePdfRenderer(); // the next render starts a new pool, whose one thread has rendered nothing
  const pdfs = new Map<number, Buffer>();
  for (const k of order) {
    const c = CASES[k]!;
    pdfs.set(k, await renderDocumentPdf(c.input, { template: c.template }));
  }
  return pdfs;
}

describe('a render does not depend on earlier renders', () => {
  const runs: { order: number[]; pdfs: Map<number, Buffer> }[] = [];

  beforeAll(async () => {
    configurePdfRenderer({ threads: 1 });
    for (let first = 0; first < CASES.length; first++) {
      const order = orderStartingAt(first);
      runs.push({ order, pdfs: await renderOnFreshThread(order) });
    }
  }, 120_000);

  afterAll(async () => {
    await closePdfRenderer();
    configurePdfRenderer({ threads: DEFAULT_PDF_THREADS });
  });

  it('gives every document the bytes of its first render on a fresh thread, whatever came before', () => {
    const firstRender = CASES.map((_, k) => sha256(runs[k]!.pdfs.get(k)!));
    for (const { order, pdfs } of runs) {
      const got = order.map((k) => `${CASES[k]!.name}: ${sha256(pdfs.get(k)!)}`);
      expect(got, `rendered in the order ${order.join(', ')}`).toEqual(
        order.map((k) => `${CASES[k]!.name}: ${firstRender[k]}`),
      );
    }
    // And on this thread, in yet another order (every case after all the others, twice over).
    const again = [...CASES.keys(), ...CASES.keys()].map((k) => {
      const c = CASES[k]!;
      return `${c.name}: ${sha256(renderDocumentPdfSync(c.input, { template: c.template }))}`;
    });
    expect(again).toEqual(
      [...CASES.keys(), ...CASES.keys()].map((k) => `${CASES[k]!.name}: ${firstRender[k]}`),
    );
  });

  it('maps every character of the text layer right, also after another language was rendered', async () => {
    // The thread that started with the French document rendered the English one right after it.
    const run = runs[1]!;
    expect(run.order.slice(0, 2)).toEqual([1, 0]);
    const text = await pdfText(run.pdfs.get(0)!);
    expect(text).toContain('€93,233.54');
    expect(text).toContain('Total incl. VAT');
    expect(text).toContain('DISC.');
    expect(text).not.toMatch(/\d\+\d|DISC\+|incl\+/);
  });
});
