import PDFDocument from 'pdfkit';
import { Canvas, luminance, parseHexColor, tint } from './canvas.js';
import { checkFacturx, makeFacturx } from './facturx.js';
import { type FontName, fonts } from './fonts.js';
import { formatter } from './format.js';
import { firstPageHead, footer, runningHead, watermark } from './headers.js';
import { type PdfImage, pdfImageOf } from './images.js';
import { documentTitle, LABELS } from './labels.js';
import type { Ctx, Theme } from './layout.js';
import type { PdfDocumentInput, PdfRenderOptions, PdfTemplate } from './pdf.types.js';
import {
  closingTexts,
  introText,
  linesTable,
  openInvoicesTable,
  paymentBlock,
  statementSections,
  summary,
} from './sections.js';
import { reportWarning } from './settings.js';

const DEFAULT_ACCENT = '#1F4E79';

function theme(template: PdfTemplate, accentColor: string | null | undefined): Theme {
  const accent = parseHexColor(accentColor) ?? DEFAULT_ACCENT;
  return {
    template,
    accent,
    wash: tint(accent, 0.07),
    onAccent: luminance(accent) > 0.5 ? '#111827' : '#FFFFFF',
    ink: '#111827',
    text: '#374151',
    muted: '#6B7280',
    rule: '#E5E7EB',
  };
}

/** 'YYYY-MM-DD' → that day at 00:00 UTC: the PDF's creation date, so that the same input gives the same bytes. */
function dayInstant(date: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** A Buffer again: Buffers arrive in a worker thread as plain Uint8Arrays (structured clone). */
export const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** What a render gives: the bytes, and what was left out (a damaged logo), for the caller to log. */
export interface PdfRenderResult {
  pdf: Buffer;
  warnings: string[];
}

/**
 * The logo checked before anything is drawn (never decoded: see images.ts). A logo that fails the
 * check never breaks the document: it is drawn without it, and the failure is reported.
 */
function logoOf(input: PdfDocumentInput, warnings: string[], pdfa: boolean): PdfImage | null {
  if (!input.logo) return null;
  try {
    const image = pdfImageOf(asBuffer(input.logo.data));
    // PDF/A (ISO 19005-3 § 6.2.4.3): device colours must match the output intent, sRGB here.
    if (pdfa && image.components === 4) throw new RangeError('a CMYK image cannot go into a PDF/A file');
    return image;
  } catch (e) {
    warnings.push(`logo left out: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

/**
 * The document as PDF bytes, computed synchronously (CPU only, no I/O after the fonts' first load),
 * with the warnings of the render. Runs in the renderer's worker threads (pool.ts); benches and the
 * worker itself call it directly.
 *
 * Deterministic: the same input and options give the same bytes, because the creation date is the
 * issue date, the file identifier is derived from the document information (PDFKit: MD5 of title,
 * dates…), font subsets are tagged from their order of use, and images go in as they are stored.
 */
export function renderDocumentPdfReport(
  input: PdfDocumentInput,
  options: PdfRenderOptions = {},
): PdfRenderResult {
  const warnings: string[] = [];
  const template = options.template ?? 'classic';
  const facturx = options.facturx ?? null;
  if (facturx) checkFacturx(facturx);
  const l = LABELS[input.language];
  const f = formatter(input.language, input.currency);
  const title = input.title?.trim() || documentTitle(input.kind, input.language, input.seller.country);
  const created = dayInstant(input.issueDate);
  const author = input.seller.legalName?.trim() || input.seller.name;
  const info: PDFKit.DocumentInfo = {
    Title: `${title} ${input.number ?? l.draft}`,
    Author: author,
    Creator: 'Facturex',
    Producer: 'Facturex',
    CreationDate: created,
    ModDate: created,
  };
  if (input.subject) info.Subject = input.subject;
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    size: 'A4',
    margin: 0,
    pdfVersion: '1.7',
    lang: f.locale,
    displayTitle: true,
    info,
    // No default font: PDFKit would otherwise parse Helvetica's metrics for every document (≈ 1 ms).
    font: null as unknown as string,
    // PDF/A-3b: pdfaid in the XMP and an sRGB output intent (PDFKit); the rest in facturx.ts.
    ...(facturx ? { subset: 'PDF/A-3b' as const } : {}),
  });
  const set = fonts();
  for (const name of Object.keys(set) as FontName[]) {
    // PDFKit takes an already parsed fontkit font as well as a file (PDFFontFactory.open), which its
    // typings leave out; sharing the parsed font across documents is what makes a render fast.
    doc.registerFont(name, set[name] as unknown as Buffer);
  }
  const c = new Canvas(doc);
  if (facturx) c.missingGlyphs = new Set();
  const ctx: Ctx = {
    c,
    input,
    logo: logoOf(input, warnings, facturx !== null),
    f,
    l,
    theme: theme(template, input.accentColor),
    title,
    y: 0,
    newPage: () => {
      addPage();
      runningHead(ctx);
    },
    relatedTitle: (kind) => documentTitle(kind, input.language, input.seller.country),
  };
  const addPage = () => {
    doc.addPage({ size: 'A4', margin: 0 });
    c.reset();
    if (input.number === null) watermark(ctx);
  };

  addPage();
  firstPageHead(ctx);
  introText(ctx);
  if (input.statement) statementSections(ctx, input.statement);
  else if (input.openInvoices) openInvoicesTable(ctx, input.openInvoices);
  else {
    linesTable(ctx);
    summary(ctx);
  }
  paymentBlock(ctx);
  closingTexts(ctx);

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    c.reset();
    footer(ctx, i + 1, range.count);
  }
  if (facturx) makeFacturx(doc, facturx);
  if (c.missingGlyphs?.size) {
    const list = [...c.missingGlyphs].map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
    // Drawn all the same: the invoice stays readable but for those characters, and a PDF/A validator
    // rejects the file (no .notdef glyph in PDF/A); the caller's log tells which characters.
    warnings.push(`characters the fonts lack, drawn as .notdef (not PDF/A-conformant): ${list.join(' ')}`);
  }
  doc.end();
  return { pdf: collect(doc), warnings };
}

/** The document as PDF bytes, rendered on the calling thread; warnings go to the renderer's log. */
export function renderDocumentPdfSync(input: PdfDocumentInput, options: PdfRenderOptions = {}): Buffer {
  const { pdf, warnings } = renderDocumentPdfReport(input, options);
  for (const w of warnings) reportWarning(input, w);
  return pdf;
}

/** PDFKit pushes every byte synchronously into its readable side when nothing waits on an image. */
function collect(doc: PDFKit.PDFDocument): Buffer {
  const chunks: Buffer[] = [];
  for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) {
    chunks.push(chunk);
  }
  const pdf = Buffer.concat(chunks);
  if (!pdf.subarray(-8).toString('latin1').includes('%%EOF')) {
    throw new Error('PDF rendering did not complete synchronously');
  }
  return pdf;
}
