/// <reference types="pdfkit" />
import { FONT_NAMES, type FontName, fonts } from './fonts.js';

/** A4 in PostScript points (1/72 inch). */
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;

export interface TextStyle {
  font: FontName;
  size: number;
  color: string;
  /** Extra space between letters, in points (small upper-case labels). */
  tracking?: number;
}

export type Align = 'left' | 'right' | 'center';

/**
 * Widths of measured strings, shared by every render of the process: a width depends only on the
 * font (always the same files, see fonts.ts), the size, the tracking and the text, and documents
 * measure the same labels, names and words again and again. Emptied when full.
 */
const widths = new Map<string, number>();
const WIDTHS_MAX = 50_000;

/**
 * Drawing primitives over PDFKit with explicit coordinates: every text is one line at a known place
 * (the renderer wraps and paginates itself), so nothing moves or adds a page behind its back. Font,
 * size and colour are only re-set when they change, which keeps content streams small.
 */
export class Canvas {
  private font: FontName | null = null;
  private size = 0;
  private fill = '';
  /**
   * When set (PDF/A renders), the characters drawn that the fonts lack: PDFKit draws them as the
   * .notdef glyph, which PDF/A forbids (ISO 19005-3 § 6.2.11.8).
   */
  missingGlyphs: Set<number> | null = null;

  constructor(readonly doc: PDFKit.PDFDocument) {
    // Every font is selected once up front, in one order: the PDF's font resources are then numbered
    // the same whichever text happens to be measured or drawn first (measuring may hit the cache).
    for (const name of FONT_NAMES) doc.font(name);
  }

  private use(style: TextStyle): void {
    this.selectFont(style);
    this.color(style.color);
  }

  /** Font and size only: measuring needs them, and (unlike a colour) they write nothing to the page. */
  private selectFont(style: TextStyle): void {
    if (style.font !== this.font) {
      this.doc.font(style.font);
      this.font = style.font;
    }
    if (style.size !== this.size) {
      this.doc.fontSize(style.size);
      this.size = style.size;
    }
  }

  private color(color: string): void {
    if (color !== this.fill) {
      this.doc.fillColor(color);
      this.fill = color;
    }
  }

  /** After switching pages PDFKit keeps its state but a new content stream starts from defaults. */
  reset(): void {
    this.font = null;
    this.size = 0;
    this.fill = '';
  }

  measure(text: string, style: TextStyle): number {
    const key = `${style.font}|${style.size}|${style.tracking ?? 0}|${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      this.selectFont(style);
      w = this.doc.widthOfString(text, { characterSpacing: style.tracking ?? 0 });
      if (widths.size >= WIDTHS_MAX) widths.clear();
      widths.set(key, w);
    }
    return w;
  }

  /** One line of text whose top is at `y`; aligned within [x, x + width] when a width is given. */
  text(text: string, x: number, y: number, style: TextStyle, align: Align = 'left', width = 0): number {
    if (!text) return 0;
    const w = this.measure(text, style);
    const left = align === 'right' ? x + width - w : align === 'center' ? x + (width - w) / 2 : x;
    this.use(style);
    if (this.missingGlyphs) this.checkGlyphs(text, style.font);
    this.doc.text(text, left, y, { lineBreak: false, characterSpacing: style.tracking ?? 0 });
    return w;
  }

  private checkGlyphs(text: string, font: FontName): void {
    const f = fonts()[font];
    for (const ch of text) {
      const cp = ch.codePointAt(0) as number;
      if (!f.hasGlyphForCodePoint(cp)) this.missingGlyphs?.add(cp);
    }
  }

  /** One line that must not overflow `width`: the font shrinks (down to 70 %) and then the text is cut. */
  fitText(text: string, x: number, y: number, width: number, style: TextStyle, align: Align = 'left'): void {
    const w = this.measure(text, style);
    if (w <= width) {
      this.text(text, x, y, style, align, width);
      return;
    }
    const size = Math.max(style.size * 0.7, (style.size * width) / w);
    const smaller = { ...style, size };
    const line = this.measure(text, smaller) <= width ? text : this.ellipsis(text, width, smaller);
    // Keep the baseline where the full-size text would have it.
    const drop = (style.size - size) * 0.97;
    this.text(line, x, y + drop, smaller, align, width);
  }

  private ellipsis(text: string, width: number, style: TextStyle): string {
    let cut = text;
    while (cut.length > 1 && this.measure(`${cut}…`, style) > width) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  }

  /**
   * Lines of at most `width` points: paragraphs split on line breaks, words kept whole unless one is
   * wider than the line by itself (a long URL, an IBAN without spaces), which is then cut anywhere.
   */
  wrap(text: string, width: number, style: TextStyle): string[] {
    const lines: string[] = [];
    for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
      const words = paragraph.split(/ +/).filter((w) => w !== '');
      if (words.length === 0) {
        lines.push('');
        continue;
      }
      const space = this.measure(' ', style);
      let line = '';
      let lineWidth = 0;
      for (const word of words) {
        let w = this.measure(word, style);
        let rest = word;
        if (w > width) {
          // Cut the word into pieces that fit, the first one after what the line already holds.
          if (line) {
            lines.push(line);
            line = '';
            lineWidth = 0;
          }
          while (w > width) {
            let n = rest.length - 1;
            while (n > 1 && this.measure(rest.slice(0, n), style) > width) n--;
            lines.push(rest.slice(0, n));
            rest = rest.slice(n);
            w = this.measure(rest, style);
          }
        }
        if (!line) {
          line = rest;
          lineWidth = w;
        } else if (lineWidth + space + w <= width) {
          line += ` ${rest}`;
          lineWidth += space + w;
        } else {
          lines.push(line);
          line = rest;
          lineWidth = w;
        }
      }
      if (line) lines.push(line);
    }
    return lines;
  }

  rect(x: number, y: number, w: number, h: number, color: string, radius = 0): void {
    if (radius > 0) this.doc.roundedRect(x, y, w, h, radius);
    else this.doc.rect(x, y, w, h);
    this.doc.fill(color);
    this.fill = color;
  }

  strokeRect(x: number, y: number, w: number, h: number, color: string, lineWidth: number, radius = 0): void {
    if (radius > 0) this.doc.roundedRect(x, y, w, h, radius);
    else this.doc.rect(x, y, w, h);
    this.doc.lineWidth(lineWidth).stroke(color);
  }

  hline(x1: number, x2: number, y: number, color: string, lineWidth = 0.5): void {
    this.doc.moveTo(x1, y).lineTo(x2, y).lineWidth(lineWidth).stroke(color);
  }
}

/** '#1f4e79' → '#1F4E79'; anything else → null. */
export function parseHexColor(value: string | null | undefined): string | null {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(value?.trim() ?? '');
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return `#${hex.toUpperCase()}`;
}

/** `color` mixed with white: 0 = white, 1 = the colour. */
export function tint(color: string, amount: number): string {
  const n = Number.parseInt(color.slice(1), 16);
  const mix = (c: number) => Math.round(255 - (255 - c) * amount);
  const rgb = [mix((n >> 16) & 255), mix((n >> 8) & 255), mix(n & 255)];
  return `#${rgb
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}

/** Relative luminance (WCAG), to pick white or dark text on an accent background. */
export function luminance(color: string): number {
  const n = Number.parseInt(color.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}
