import type { Canvas, TextStyle } from './canvas.js';
import { PAGE_HEIGHT, PAGE_WIDTH } from './canvas.js';
import type { FontName } from './fonts.js';
import type { Formatter } from './format.js';
import type { PdfImage } from './images.js';
import type { Labels } from './labels.js';
import type { PdfDocumentInput, PdfParty, PdfTemplate } from './pdf.types.js';

export const MARGIN_X = 48;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
export const RIGHT = PAGE_WIDTH - MARGIN_X;
/** Content ends above this line; the footer lives below it. */
export const CONTENT_BOTTOM = PAGE_HEIGHT - 54;

export interface Theme {
  template: PdfTemplate;
  accent: string;
  /** The accent barely visible: table header and payment backgrounds. */
  wash: string;
  /** Text on an accent background: white, or near-black on a light accent. */
  onAccent: string;
  ink: string;
  text: string;
  muted: string;
  rule: string;
}

/** What every section of the renderer shares: the canvas, the input, words, formats and the cursor. */
export interface Ctx {
  c: Canvas;
  input: PdfDocumentInput;
  /** The logo as checked before the layout, or null (none, or left out because it is damaged). */
  logo: PdfImage | null;
  f: Formatter;
  l: Labels;
  theme: Theme;
  title: string;
  /** Vertical cursor on the current page: where the next block starts. */
  y: number;
  /** Adds a page (watermark and running header drawn) and puts the cursor under its header. */
  newPage(): void;
  /** Title of another kind of document in this document's language ("Facture" for a credit note's invoice). */
  relatedTitle(kind: PdfDocumentInput['kind']): string;
}

export const style = (font: FontName, size: number, color: string, tracking?: number): TextStyle =>
  tracking === undefined ? { font, size, color } : { font, size, color, tracking };

/** Leaves room for `height` points, starting a page when the current one has less. */
export function ensure(ctx: Ctx, height: number): void {
  if (ctx.y + height > CONTENT_BOTTOM) ctx.newPage();
}

/** "BE68539007547034" → "BE68 5390 0754 7034". */
export const groupIban = (iban: string): string =>
  iban
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');

/** The lines of a party block under its name: legal name, address, country, identifiers, contact. */
export function partyLines(
  ctx: Ctx,
  party: PdfParty,
  contactWidth: number | null,
  contactStyle?: TextStyle,
): string[] {
  const { f, l } = ctx;
  const lines: string[] = [];
  if (party.legalName && party.legalName.trim() !== party.name.trim()) lines.push(party.legalName);
  for (const line of party.addressLines ?? []) if (line.trim()) lines.push(line);
  // Always the country, the seller's too: an invoice carries each party's full address (Belgian KB
  // nr. 1 art. 5, § 1, 3° and 5°), and a PDF travels further than the customer who first reads it.
  if (party.country) lines.push(f.country(party.country));
  if (party.vatNumber) lines.push(`${l.vatNumber} ${party.vatNumber}`);
  if (party.enterpriseNumber) {
    const country = party.country?.toUpperCase();
    const label =
      country === 'BE'
        ? l.enterpriseNumber.BE
        : country === 'FR'
          ? l.enterpriseNumber.FR
          : l.enterpriseNumber.other;
    lines.push(`${label} ${party.enterpriseNumber}`);
  }
  if (contactWidth !== null && contactStyle) {
    // E-mail, phone and website share a line while they fit, separated by middle dots.
    let line = '';
    for (const item of [party.email, party.phone, party.website]) {
      if (!item?.trim()) continue;
      const joined = line ? `${line} · ${item}` : item;
      if (line && ctx.c.measure(joined, contactStyle) > contactWidth) {
        lines.push(line);
        line = item;
      } else line = joined;
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** A block of wrapped lines at (x, y); returns its height. */
export function drawLines(
  ctx: Ctx,
  lines: readonly string[],
  x: number,
  y: number,
  width: number,
  textStyle: TextStyle,
  lineHeight: number,
  align: 'left' | 'right' = 'left',
): number {
  let h = 0;
  for (const line of lines) {
    for (const piece of ctx.c.wrap(line, width, textStyle)) {
      ctx.c.text(piece, x, y + h, textStyle, align, width);
      h += lineHeight;
    }
  }
  return h;
}

/** The date rows of the document's head: issue, delivery, due, validity, references. */
export function metaRows(ctx: Ctx): [string, string][] {
  const { input, f, l } = ctx;
  const rows: [string, string][] = [[l.issueDate, f.date(input.issueDate)]];
  // The date of supply, only when it differs from the issue date (KB nr. 1 art. 5, § 1, 7°).
  if (input.deliveryDate && input.deliveryDate !== input.issueDate)
    rows.push([l.deliveryDate, f.date(input.deliveryDate)]);
  if (input.dueDate) rows.push([l.dueDate, f.date(input.dueDate)]);
  if (input.validUntil) rows.push([l.validUntil, f.date(input.validUntil)]);
  if (input.buyerReference) rows.push([l.buyerReference, input.buyerReference]);
  for (const related of input.related ?? []) {
    const date = related.issueDate ? ` ${l.of} ${f.date(related.issueDate)}` : '';
    rows.push([ctx.relatedTitle(related.kind), `${related.number}${date}`]);
  }
  return rows;
}
