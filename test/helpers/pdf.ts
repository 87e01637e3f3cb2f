import jsQRModule from 'jsqr';
import { getDocument, OPS, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Reads PDFs back in tests as a reader's viewer shows them, with npm packages only (no poppler):
 * pdfjs-dist for the text of each page and for page images (drawn on @napi-rs/canvas, which pdfjs loads
 * itself), jsQR for QR codes.
 */

// jsqr is CommonJS whose typings declare an ES default export: under NodeNext the function is `.default`.
const jsQR = jsQRModule.default;

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `a` then `b`, as PDF composes matrices (row vectors: p' = p × a × b). */
function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[1] * b[2],
    a[0] * b[1] + a[1] * b[3],
    a[2] * b[0] + a[3] * b[2],
    a[2] * b[1] + a[3] * b[3],
    a[4] * b[0] + a[5] * b[2] + b[4],
    a[4] * b[1] + a[5] * b[3] + b[5],
  ];
}

const translate = (x: number, y: number): Matrix => [1, 0, 0, 1, x, y];

/** One glyph placed on the page: its text, where its baseline starts and ends, its size, in points. */
interface Glyph {
  text: string;
  x: number;
  y: number;
  endX: number;
  endY: number;
  size: number;
  angle: number;
  /** Which text-showing operation drew it. */
  run: number;
}

async function withPdf<T>(pdf: Uint8Array, use: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // A copy: pdfjs takes the buffer over, and a Node Buffer may share its memory with others.
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    return await use(doc);
  } finally {
    await doc.destroy();
  }
}

const numbers = (args: unknown): number[] => (Array.isArray(args) ? args.map(Number) : []);
const matrixArg = (args: unknown[]): Matrix => {
  const m = args.length === 6 ? args : Array.from(args[0] as ArrayLike<number>);
  return m.map(Number) as Matrix;
};

/**
 * The glyphs a page draws, from its operator list: the text state is followed as the PDF spec
 * defines it (9.4), so letter-spaced labels keep their letters together and real spaces are the
 * font's space glyphs. pdfjs's own getTextContent() guesses spaces from gaps instead, and turns a
 * tracked "CLIENT" into "C L I E N T".
 */
async function pageGlyphs(page: PDFPageProxy): Promise<Glyph[]> {
  const { fnArray, argsArray } = await page.getOperatorList();
  const glyphs: Glyph[] = [];
  // The graphics state that q/Q save and restore, text parameters included (PDF 32000-1, 8.4.1).
  let gs = {
    ctm: IDENTITY,
    fontSize: 0,
    widthScale: 0.001,
    charSpacing: 0,
    wordSpacing: 0,
    hScale: 1,
    rise: 0,
    leading: 0,
  };
  const saved: (typeof gs)[] = [];
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  let run = 0;
  const moveText = (x: number, y: number) => {
    tlm = multiply(translate(x, y), tlm);
    tm = tlm;
  };
  for (let i = 0; i < fnArray.length; i++) {
    const args = (argsArray[i] ?? []) as unknown[];
    const [first = 0, second = 0] = numbers(args);
    switch (fnArray[i]) {
      case OPS.save:
        saved.push({ ...gs });
        break;
      case OPS.restore:
        gs = saved.pop() ?? gs;
        break;
      case OPS.transform:
        gs.ctm = multiply(matrixArg(args), gs.ctm);
        break;
      case OPS.paintFormXObjectBegin:
        saved.push({ ...gs });
        if (args[0]) gs.ctm = multiply(matrixArg(args), gs.ctm);
        break;
      case OPS.paintFormXObjectEnd:
        gs = saved.pop() ?? gs;
        break;
      case OPS.beginText:
        tm = IDENTITY;
        tlm = IDENTITY;
        break;
      case OPS.setTextMatrix:
        tm = matrixArg(args);
        tlm = tm;
        break;
      case OPS.moveText:
        moveText(first, second);
        break;
      case OPS.setLeadingMoveText:
        gs.leading = -second;
        moveText(first, second);
        break;
      case OPS.nextLine:
        moveText(0, -gs.leading);
        break;
      case OPS.setLeading:
        gs.leading = first;
        break;
      case OPS.setCharSpacing:
        gs.charSpacing = first;
        break;
      case OPS.setWordSpacing:
        gs.wordSpacing = first;
        break;
      case OPS.setHScale:
        gs.hScale = first / 100;
        break;
      case OPS.setTextRise:
        gs.rise = first;
        break;
      case OPS.setFont: {
        const name = String(args[0]);
        const font = page.commonObjs.has(name)
          ? (page.commonObjs.get(name) as { fontMatrix?: number[] })
          : undefined;
        gs.fontSize = Number(args[1]);
        gs.widthScale = font?.fontMatrix?.[0] ?? 0.001;
        break;
      }
      case OPS.showText: {
        run++;
        const { ctm, fontSize, widthScale, charSpacing, wordSpacing, hScale, rise } = gs;
        for (const g of (args[0] ?? []) as Array<
          number | { unicode: string; width: number; isSpace: boolean }
        >) {
          if (typeof g === 'number') {
            // TJ adjustments are in thousandths of the font size, subtracted from the advance.
            tm = multiply(translate((-g / 1000) * fontSize * hScale, 0), tm);
            continue;
          }
          const width = g.width * widthScale * fontSize * hScale;
          const start = multiply(multiply([fontSize * hScale, 0, 0, fontSize, 0, rise], tm), ctm);
          // The glyph's own end (without the spacing after it), where a visible gap starts.
          const end = multiply(multiply(translate(width, rise), tm), ctm);
          glyphs.push({
            text: g.unicode,
            x: start[4],
            y: start[5],
            endX: end[4],
            endY: end[5],
            size: Math.hypot(start[2], start[3]),
            angle: Math.round((Math.atan2(start[1], start[0]) * 180) / Math.PI),
            run,
          });
          tm = multiply(translate(width + (charSpacing + (g.isSpace ? wordSpacing : 0)) * hScale, 0), tm);
        }
        break;
      }
    }
  }
  return glyphs;
}

/** Along one direction: where a glyph starts, ends, and which baseline it sits on. */
interface Placed extends Glyph {
  u: number;
  endU: number;
  v: number;
}

/**
 * A page's text, one line per run of glyphs that sit on one baseline without a column's gap, lines
 * from the top of the page down and, on one row, from left to right. Words are separated by the
 * space glyphs the PDF draws, or by a space where two runs meet with a visible gap.
 */
function layoutText(glyphs: Glyph[]): string {
  const byAngle = new Map<number, Placed[]>();
  for (const g of glyphs) {
    const r = (g.angle * Math.PI) / 180;
    const [cos, sin] = [Math.cos(r), Math.sin(r)];
    const placed = {
      ...g,
      u: g.x * cos + g.y * sin,
      endU: g.endX * cos + g.endY * sin,
      v: -g.x * sin + g.y * cos,
    };
    const group = byAngle.get(g.angle);
    if (group) group.push(placed);
    else byAngle.set(g.angle, [placed]);
  }
  const chunks: { text: string; x: number; y: number; size: number }[] = [];
  for (const group of byAngle.values()) {
    // Baselines: glyphs whose baselines are within a fifth of their size of each other.
    group.sort((a, b) => b.v - a.v);
    const lines: Placed[][] = [];
    for (const g of group) {
      const line = lines.at(-1);
      if (line && Math.abs(line[0]!.v - g.v) <= 0.2 * Math.min(line[0]!.size, g.size)) line.push(g);
      else lines.push([g]);
    }
    for (const line of lines) {
      line.sort((a, b) => a.u - b.u);
      let chunk: { text: string; x: number; y: number; size: number; endU: number; last: Placed } | undefined;
      for (const g of line) {
        const gap = chunk ? g.u - chunk.endU : Number.POSITIVE_INFINITY;
        const size = Math.max(g.size, chunk?.size ?? 0);
        if (!chunk || gap > size) {
          chunk = { text: g.text, x: g.x, y: g.y, size: g.size, endU: g.endU, last: g };
          chunks.push(chunk);
          continue;
        }
        // Within one run the PDF's space glyphs separate words (letter-spacing is no word gap);
        // between runs any visible gap is one.
        const wordGap = (g.run === chunk.last.run ? 0.3 : 0.1) * Math.min(g.size, chunk.last.size);
        const spaced = /\s$/.test(chunk.text) || /^\s/.test(g.text);
        chunk.text += (gap > wordGap && !spaced ? ' ' : '') + g.text;
        chunk.endU = Math.max(chunk.endU, g.endU);
        chunk.size = size;
        chunk.last = g;
      }
    }
  }
  // Reading order: rows from the top down (a row: starts within a third of the text's size), then left to right.
  chunks.sort((a, b) => b.y - a.y);
  const rows: (typeof chunks)[] = [];
  for (const c of chunks) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - c.y) <= 0.3 * Math.min(row[0]!.size, c.size)) row.push(c);
    else rows.push([c]);
  }
  return rows
    .flatMap((row) => row.sort((a, b) => a.x - b.x))
    .map((c) => `${c.text.trim()}\n`)
    .join('');
}

/** The text of each page, in reading order, one line per run of text (see layoutText). */
export function pdfPages(pdf: Uint8Array): Promise<string[]> {
  return withPdf(pdf, async (doc) => {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push(layoutText(await pageGlyphs(page)));
      page.cleanup();
    }
    return pages;
  });
}

/** The text of the whole document, pages one after the other. */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  return (await pdfPages(pdf)).join('\n');
}

export interface PageImage {
  /** RGBA, row after row from the top left. */
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

interface Canvas {
  width: number;
  height: number;
  encode(format: 'png' | 'jpeg', quality?: number): Promise<Buffer>;
}
interface CanvasContext {
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}

/** Draws one page (numbered from 1) as a viewer does, at `dpi` dots per inch, white behind. */
async function drawPage<T>(
  pdf: Uint8Array,
  pageNumber: number,
  dpi: number,
  use: (canvas: Canvas, context: CanvasContext) => Promise<T> | T,
): Promise<T> {
  return withPdf(pdf, async (doc) => {
    const page = await doc.getPage(pageNumber);
    const viewport = page.getViewport({ scale: dpi / 72 });
    // pdfjs's own canvas factory: the canvas then comes from the @napi-rs/canvas copy pdfjs polyfills
    // Path2D with (a canvas of another copy refuses that Path2D).
    const factory = doc.canvasFactory as {
      create(w: number, h: number): { canvas: Canvas; context: CanvasContext };
    };
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
    return use(canvas, context);
  });
}

/** The pixels of one page (numbered from 1), 150 dpi by default. */
export function pageImage(pdf: Uint8Array, pageNumber: number, dpi = 150): Promise<PageImage> {
  return drawPage(pdf, pageNumber, dpi, (canvas, context) => ({
    data: context.getImageData(0, 0, canvas.width, canvas.height).data,
    width: canvas.width,
    height: canvas.height,
  }));
}

/** One page (numbered from 1) as a JPEG file. */
export function pageJpeg(pdf: Uint8Array, pageNumber: number, dpi: number): Promise<Buffer> {
  return drawPage(pdf, pageNumber, dpi, (canvas) => canvas.encode('jpeg', 90));
}

/** The content of the QR code printed on a page (numbered from 1), as a scanner reads it; null when none. */
export async function qrCode(pdf: Uint8Array, pageNumber: number): Promise<string | null> {
  const image = await pageImage(pdf, pageNumber);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}
