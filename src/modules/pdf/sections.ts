import { epcPayload } from '../../shared/epc-qr.js';
import { dec } from '../../shared/money.js';
import type { TextStyle } from './canvas.js';
import { formatter } from './format.js';
import {
  CONTENT_BOTTOM,
  CONTENT_WIDTH,
  type Ctx,
  drawLines,
  ensure,
  groupIban,
  MARGIN_X,
  RIGHT,
  style,
} from './layout.js';
import type { PdfAgeing, PdfLine, PdfOpenInvoices, PdfStatementSection } from './pdf.types.js';
import { qrMatrix } from './qr.js';

const nonZero = (v: string | null | undefined): v is string => Boolean(v) && !dec(v as string).isZero();

// ── Lines ───────────────────────────────────────────────────────────────────────────────────────
type ColumnKey = 'description' | 'quantity' | 'unitPrice' | 'discount' | 'vat' | 'amount';
interface Column {
  key: ColumnKey;
  label: string;
  x: number;
  width: number;
}

/** Space kept inside the table's edges and between two columns. */
const INSET = 6;
const GAP = 8;
const HEADER_H = 22;

function columns(ctx: Ctx): Column[] {
  const { l } = ctx;
  const discount = ctx.input.lines.some((line) => nonZero(line.discountPercent));
  const fixed: [ColumnKey, string, number][] = [
    ['quantity', l.quantity, 56],
    ['unitPrice', l.unitPrice, 62],
    ...(discount ? [['discount', l.discount, 38] as [ColumnKey, string, number]] : []),
    ['vat', l.vat, 30],
    ['amount', l.amount, 68],
  ];
  const fixedW = fixed.reduce((s, [, , w]) => s + w + GAP, 0);
  const cols: Column[] = [
    {
      key: 'description',
      label: l.description,
      x: MARGIN_X + INSET,
      width: CONTENT_WIDTH - 2 * INSET - fixedW,
    },
  ];
  let x = MARGIN_X + INSET + cols[0]!.width + GAP;
  for (const [key, label, width] of fixed) {
    cols.push({ key, label, x, width });
    x += width + GAP;
  }
  return cols;
}

function tableHeader(ctx: Ctx, cols: Column[]): void {
  const { c, theme } = ctx;
  const y = ctx.y;
  const modern = theme.template === 'modern';
  if (modern) c.rect(MARGIN_X, y, CONTENT_WIDTH, HEADER_H, theme.wash, 4);
  const head = style('semibold', 7, modern ? theme.accent : theme.muted, 0.4);
  for (const col of cols) {
    c.fitText(
      col.label.toUpperCase(),
      col.x,
      y + 7.5,
      col.width,
      head,
      col.key === 'description' ? 'left' : 'right',
    );
  }
  if (!modern) c.hline(MARGIN_X, RIGHT, y + HEADER_H, theme.accent, 1);
  ctx.y = y + HEADER_H + 2;
}

interface RowLine {
  text: string;
  style: TextStyle;
  height: number;
}

/** The description's first paragraph in the body style, the details under it smaller and muted. */
function descriptionLines(ctx: Ctx, line: PdfLine, width: number): RowLine[] {
  const { c, theme } = ctx;
  const [first = '', ...rest] = line.description.replace(/\r\n?/g, '\n').split('\n');
  const main = style('regular', 9, theme.ink);
  const detail = style('regular', 8, theme.muted);
  const out: RowLine[] = c.wrap(first, width, main).map((text) => ({ text, style: main, height: 12 }));
  if (rest.length) {
    for (const text of c.wrap(rest.join('\n'), width, detail))
      out.push({ text, style: detail, height: 10.5 });
  }
  return out;
}

const ROW_PAD_TOP = 5.5;
const ROW_PAD_BOTTOM = 3.5;

function drawFigures(ctx: Ctx, cols: Column[], line: PdfLine, y: number): void {
  const { c, f, theme } = ctx;
  const num = style('regular', 9, theme.ink);
  for (const col of cols) {
    switch (col.key) {
      case 'quantity': {
        // "12,5 h": the unit muted after the figure, both ending on the column's right edge.
        // A unit too long to sit beside the figure shares its line and shrinks with it.
        const unit = line.unit?.trim();
        const unitStyle = style('regular', 8, theme.muted);
        const unitW = unit ? c.measure(unit, unitStyle) + 3 : 0;
        if (unit && unitW <= col.width * 0.55) {
          c.text(unit, col.x + col.width - unitW + 3, y + 0.9, unitStyle);
          c.fitText(f.quantity(line.quantity), col.x, y, col.width - unitW, num, 'right');
        } else {
          const text = unit ? `${f.quantity(line.quantity)} ${unit}` : f.quantity(line.quantity);
          c.fitText(text, col.x, y, col.width, num, 'right');
        }
        break;
      }
      case 'unitPrice':
        c.fitText(f.unitPrice(line.unitPrice), col.x, y, col.width, num, 'right');
        break;
      case 'discount':
        if (nonZero(line.discountPercent))
          c.fitText(f.percent(line.discountPercent), col.x, y, col.width, num, 'right');
        break;
      case 'vat':
        c.fitText(line.vatRate ? f.percent(line.vatRate) : '—', col.x, y, col.width, num, 'right');
        break;
      case 'amount':
        c.fitText(f.money(line.net), col.x, y, col.width, num, 'right');
        break;
      case 'description':
        break;
    }
  }
}

/** The lines table; it breaks across pages row by row (a very long description line by line), header repeated. */
export function linesTable(ctx: Ctx): void {
  const { c, theme } = ctx;
  const cols = columns(ctx);
  const desc = cols[0]!;
  ensure(ctx, HEADER_H + 40);
  tableHeader(ctx, cols);
  for (const line of ctx.input.lines) {
    let rows = descriptionLines(ctx, line, desc.width);
    const height = (rs: RowLine[]) => ROW_PAD_TOP + rs.reduce((s, r) => s + r.height, 0) + ROW_PAD_BOTTOM;
    let first = true;
    while (rows.length > 0) {
      if (ctx.y + height(rows) > CONTENT_BOTTOM) {
        // What fits on this page, if at least two lines do; else the whole row starts on the next one.
        let fit = 0;
        let h = ROW_PAD_TOP + ROW_PAD_BOTTOM;
        while (fit < rows.length && ctx.y + h + rows[fit]!.height <= CONTENT_BOTTOM) h += rows[fit++]!.height;
        if (fit < 2 || fit === rows.length) {
          ctx.newPage();
          tableHeader(ctx, cols);
          continue;
        }
        drawRow(ctx, cols, line, rows.slice(0, fit), first);
        rows = rows.slice(fit);
        first = false;
        ctx.newPage();
        tableHeader(ctx, cols);
        continue;
      }
      drawRow(ctx, cols, line, rows, first);
      rows = [];
    }
  }
  if (theme.template === 'classic') c.hline(MARGIN_X, RIGHT, ctx.y - 0.5, theme.rule, 0.75);
  ctx.y += 14;
}

function drawRow(ctx: Ctx, cols: Column[], line: PdfLine, rows: RowLine[], figures: boolean): void {
  const { c, theme } = ctx;
  const desc = cols[0]!;
  let y = ctx.y + ROW_PAD_TOP;
  if (figures) drawFigures(ctx, cols, line, y);
  for (const row of rows) {
    c.text(row.text, desc.x, y, row.style);
    y += row.height;
  }
  ctx.y = y + ROW_PAD_BOTTOM;
  c.hline(MARGIN_X, RIGHT, ctx.y, theme.rule, 0.5);
}

// ── VAT breakdown and totals ─────────────────────────────────────────────────────────────────────
const TOTALS_W = 236;

interface TotalRow {
  label: string;
  value: string;
  strong?: boolean;
}

function totalRows(ctx: Ctx): { rows: TotalRow[]; emphasis: TotalRow } {
  const { input, f, l } = ctx;
  const t = input.totals;
  const france = input.seller.country?.toUpperCase() === 'FR' ? 'FR' : 'other';
  const rows: TotalRow[] = [];
  if (nonZero(t.allowance)) {
    rows.push({ label: l.subtotal, value: f.money(t.linesNet) });
    const pct = nonZero(t.allowancePercent) ? ` ${f.percent(t.allowancePercent)}` : '';
    rows.push({ label: `${l.allowance}${pct}`, value: f.money(dec(t.allowance).negated().toFixed()) });
  }
  rows.push({ label: l.totalExcl[france], value: f.money(t.taxExclusive) });
  rows.push({ label: l.vatLine, value: f.money(t.vat) });
  const total: TotalRow = { label: l.totalIncl[france], value: f.money(t.taxInclusive), strong: true };
  const settled = nonZero(t.paid) || nonZero(t.credited);
  const showDue = t.due != null && (settled || !dec(t.due).equals(dec(t.taxInclusive)));
  if (!showDue) return { rows, emphasis: total };
  rows.push(total);
  if (nonZero(t.paid)) rows.push({ label: l.paid, value: f.money(dec(t.paid).negated().toFixed()) });
  if (nonZero(t.credited))
    rows.push({ label: l.credited, value: f.money(dec(t.credited).negated().toFixed()) });
  return { rows, emphasis: { label: l.due, value: f.money(t.due!), strong: true } };
}

/** "TVA en EUR : 21,00 € (1 USD = 0,9215 EUR)" for a document in a foreign currency, else null. */
function vatInCurrencyLine(ctx: Ctx): string | null {
  const v = ctx.input.totals.vatInAccountingCurrency;
  if (!v) return null;
  const values: Record<string, string> = {
    currency: v.currency,
    amount: formatter(ctx.input.language, v.currency).money(v.amount),
    from: ctx.input.currency,
    rate: ctx.f.rate(v.exchangeRate),
  };
  return ctx.l.vatInCurrency.replace(/\{(\w+)\}/g, (all, k: string) => values[k] ?? all);
}

function vatBreakdownHeight(ctx: Ctx, width: number): number {
  if (ctx.input.vat.length === 0) return 0;
  const mention = style('regular', 7.5, ctx.theme.muted);
  let h = 16 + 16;
  for (const v of ctx.input.vat) {
    h += 15;
    if (v.exemption) h += ctx.c.wrap(v.exemption, width, mention).length * 10 + 3;
  }
  const inCurrency = vatInCurrencyLine(ctx);
  if (inCurrency) h += ctx.c.wrap(inCurrency, width, style('regular', 8.5, ctx.theme.text)).length * 11 + 4;
  return h;
}

function drawVatBreakdown(ctx: Ctx, x: number, y: number, width: number): void {
  const { c, f, l, theme, input } = ctx;
  if (input.vat.length === 0) return;
  const label = style('semibold', 7, theme.muted, 0.8);
  c.text(l.vatSummary.toUpperCase(), x, y, label);
  y += 16;
  const colW = (width - 80) / 2;
  const head = style('regular', 7.5, theme.muted);
  c.text(l.rate, x, y, head);
  c.text(l.taxable, x + 80, y, head, 'right', colW);
  c.text(l.vat, x + 80 + colW, y, head, 'right', colW);
  c.hline(x, x + width, y + 12, theme.rule, 0.5);
  y += 16;
  const cell = style('regular', 8.5, theme.text);
  const mention = style('regular', 7.5, theme.muted);
  for (const v of input.vat) {
    const rate = v.category === 'S' ? f.percent(v.rate) : `${f.percent(v.rate)} (${v.category})`;
    c.text(rate, x, y, cell);
    c.fitText(f.money(v.taxable), x + 80, y, colW, cell, 'right');
    c.fitText(f.money(v.vat), x + 80 + colW, y, colW, cell, 'right');
    y += 15;
    if (v.exemption) y += drawLines(ctx, [v.exemption], x, y - 2, width, mention, 10) + 3;
  }
  const inCurrency = vatInCurrencyLine(ctx);
  if (inCurrency) {
    c.hline(x, x + width, y - 3, theme.rule, 0.5);
    drawLines(ctx, [inCurrency], x, y + 2, width, cell, 11);
  }
}

/** VAT breakdown on the left, totals on the right, kept together on one page. */
export function summary(ctx: Ctx): void {
  const { c, theme } = ctx;
  const totalsX = RIGHT - TOTALS_W;
  const vatW = totalsX - MARGIN_X - 28;
  const { rows, emphasis } = totalRows(ctx);
  const totalsH = rows.length * 18 + 14 + 30;
  ensure(ctx, Math.max(totalsH, vatBreakdownHeight(ctx, vatW)) + 8);
  const top = ctx.y;
  drawVatBreakdown(ctx, MARGIN_X, top, vatW);

  let y = top;
  for (const row of rows) {
    const s = style(
      row.strong ? 'semibold' : 'regular',
      row.strong ? 9.5 : 9,
      row.strong ? theme.ink : theme.text,
    );
    c.text(row.label, totalsX, y, s);
    c.fitText(row.value, totalsX + 110, y, TOTALS_W - 110, s, 'right');
    y += 18;
  }
  y += 2;
  drawEmphasis(ctx, totalsX, y, emphasis);
  y += 30;
  ctx.y = Math.max(y, top + vatBreakdownHeight(ctx, vatW)) + 12;
}

/** The figure the reader pays, 30 points high, under the totals: a band (modern) or a rule (classic). */
function drawEmphasis(ctx: Ctx, totalsX: number, y: number, emphasis: TotalRow): void {
  const { c, theme } = ctx;
  if (theme.template === 'modern') {
    c.rect(totalsX - 10, y, TOTALS_W + 10, 30, theme.accent, 5);
    const s = style('semibold', 11, theme.onAccent);
    c.fitText(emphasis.label, totalsX, y + 8.5, 120, s);
    c.fitText(emphasis.value, totalsX + 110, y + 8.5, TOTALS_W - 120, s, 'right');
  } else {
    c.hline(totalsX, RIGHT, y, theme.ink, 0.75);
    const s = style('semibold', 11.5, theme.accent);
    c.fitText(emphasis.label, totalsX, y + 9, 120, s);
    c.fitText(emphasis.value, totalsX + 110, y + 9, TOTALS_W - 110, s, 'right');
  }
}

// ── Open invoices (reminders) ────────────────────────────────────────────────────────────────────
interface OpenColumn {
  label: string;
  x: number;
  width: number;
  align: 'left' | 'right';
}

function openColumns(ctx: Ctx): OpenColumn[] {
  const { l } = ctx;
  const fixed: [string, number][] = [
    [l.issueDate, 70],
    [l.dueDate, 70],
    [l.daysLate, 70],
    [l.amount, 72],
    [l.open, 72],
  ];
  const fixedW = fixed.reduce((s, [, w]) => s + w + GAP, 0);
  const first = CONTENT_WIDTH - 2 * INSET - fixedW;
  const cols: OpenColumn[] = [
    { label: ctx.relatedTitle('invoice'), x: MARGIN_X + INSET, width: first, align: 'left' },
  ];
  let x = MARGIN_X + INSET + first + GAP;
  for (const [label, width] of fixed) {
    cols.push({ label, x, width, align: 'right' });
    x += width + GAP;
  }
  return cols;
}

function openHeader(ctx: Ctx, cols: OpenColumn[]): void {
  const { c, theme } = ctx;
  const y = ctx.y;
  const modern = theme.template === 'modern';
  if (modern) c.rect(MARGIN_X, y, CONTENT_WIDTH, HEADER_H, theme.wash, 4);
  const head = style('semibold', 7, modern ? theme.accent : theme.muted, 0.4);
  for (const col of cols) c.fitText(col.label.toUpperCase(), col.x, y + 7.5, col.width, head, col.align);
  if (!modern) c.hline(MARGIN_X, RIGHT, y + HEADER_H, theme.accent, 1);
  ctx.y = y + HEADER_H + 2;
}

/**
 * A reminder's body: one row per open invoice (number, dates, days late, total, still due), then the
 * fee when there is one and the amount to pay, emphasised like an invoice's total.
 */
export function openInvoicesTable(ctx: Ctx, open: PdfOpenInvoices): void {
  const { c, f, l, theme } = ctx;
  const cols = openColumns(ctx);
  const ROW_H = 22;
  ensure(ctx, HEADER_H + ROW_H + 4);
  openHeader(ctx, cols);
  const cell = style('regular', 9, theme.ink);
  const strong = style('semibold', 9, theme.ink);
  const days = new Intl.NumberFormat(f.locale, { style: 'unit', unit: 'day', unitDisplay: 'long' });
  const small = style('regular', 7.5, theme.muted);
  for (const invoice of open.invoices) {
    const reference = invoice.reference?.trim() || null;
    const rowH = reference ? ROW_H + 10 : ROW_H;
    if (ctx.y + rowH > CONTENT_BOTTOM) {
      ctx.newPage();
      openHeader(ctx, cols);
    }
    const y = ctx.y + ROW_PAD_TOP;
    const values = [
      invoice.number,
      f.date(invoice.issueDate),
      invoice.dueDate ? f.date(invoice.dueDate) : '—',
      invoice.daysLate != null ? days.format(invoice.daysLate) : '—',
      f.money(invoice.total),
      f.money(invoice.due),
    ];
    cols.forEach((col, i) => {
      c.fitText(values[i] ?? '', col.x, y, col.width, i === 0 || i === 5 ? strong : cell, col.align);
    });
    const first = cols[0];
    if (reference && first) c.fitText(reference, first.x, y + 11, first.width, small);
    ctx.y = y + 12 + (reference ? 10 : 0) + ROW_PAD_BOTTOM;
    c.hline(MARGIN_X, RIGHT, ctx.y, theme.rule, 0.5);
  }
  if (open.invoices.length === 0) {
    ctx.y += ROW_PAD_TOP;
    c.text(l.noOpenItems, MARGIN_X + INSET, ctx.y, style('regular', 9, theme.muted));
    ctx.y += 12 + ROW_PAD_BOTTOM;
  }
  ctx.y += 14;

  const totalsX = RIGHT - TOTALS_W;
  const rows: TotalRow[] = [];
  if (nonZero(open.fee)) rows.push({ label: l.fee, value: f.money(open.fee) });
  if (nonZero(open.interest)) rows.push({ label: l.interest, value: f.money(open.interest) });
  if (nonZero(open.damages)) rows.push({ label: l.damages, value: f.money(open.damages) });
  if (nonZero(open.credit)) rows.push({ label: l.credit, value: f.money(dec(open.credit).neg().toFixed()) });
  ensure(ctx, rows.length * 18 + 2 + 30 + 12);
  let y = ctx.y;
  for (const row of rows) {
    const s = style('regular', 9, theme.text);
    c.text(row.label, totalsX, y, s);
    c.fitText(row.value, totalsX + 110, y, TOTALS_W - 110, s, 'right');
    y += 18;
  }
  y += 2;
  drawEmphasis(ctx, totalsX, y, { label: l.due, value: f.money(open.total), strong: true });
  ctx.y = y + 30 + 16;
}

// ── Statement of account ─────────────────────────────────────────────────────────────────────────

/** The ageing summary: what is open, by how long it is overdue, in five columns. */
function ageingTable(ctx: Ctx, ageing: PdfAgeing): void {
  const { c, f, l, theme } = ctx;
  const buckets: [string, string][] = [
    [l.notDue, ageing.notDue],
    [l.days1to30, ageing.days1to30],
    [l.days31to60, ageing.days31to60],
    [l.days61to90, ageing.days61to90],
    [l.over90, ageing.over90],
  ];
  ensure(ctx, 14 + HEADER_H + 22 + 16);
  c.text(l.ageing.toUpperCase(), MARGIN_X, ctx.y, style('semibold', 7, theme.muted, 0.8));
  ctx.y += 13;
  const width = (CONTENT_WIDTH - 2 * INSET - (buckets.length - 1) * GAP) / buckets.length;
  const cols: OpenColumn[] = buckets.map(([label], i) => ({
    label,
    x: MARGIN_X + INSET + i * (width + GAP),
    width,
    align: 'right',
  }));
  openHeader(ctx, cols);
  const y = ctx.y + ROW_PAD_TOP;
  buckets.forEach(([, value], i) => {
    const col = cols[i];
    if (col) c.fitText(f.money(value), col.x, y, col.width, style('regular', 9, theme.ink), col.align);
  });
  ctx.y = y + 12 + ROW_PAD_BOTTOM;
  c.hline(MARGIN_X, RIGHT, ctx.y, theme.rule, 0.5);
  ctx.y += 22;
}

/**
 * A statement's body: per currency, its open items with the customer's credit and what remains to
 * pay, then the ageing summary. Each section formats its amounts in its own currency.
 */
export function statementSections(ctx: Ctx, sections: readonly PdfStatementSection[]): void {
  const own = ctx.f;
  for (const section of sections) {
    ctx.f = formatter(ctx.input.language, section.currency);
    if (sections.length > 1) {
      ensure(ctx, 20 + HEADER_H + 22);
      ctx.c.text(section.currency, MARGIN_X, ctx.y, style('semibold', 11, ctx.theme.accent));
      ctx.y += 20;
    }
    openInvoicesTable(ctx, section.open);
    ageingTable(ctx, section.ageing);
  }
  ctx.f = own;
}

// ── Payment ──────────────────────────────────────────────────────────────────────────────────────
const QR_SIZE = 88;

/** Amount, due date, account and reference, with the EPC QR code when the currency is the euro. */
export function paymentBlock(ctx: Ctx): void {
  const payment = ctx.input.payment;
  if (!payment) return;
  const { c, f, l, theme, input } = ctx;
  const reference = payment.reference?.trim() || null;
  const qr =
    input.currency.toUpperCase() === 'EUR'
      ? qrMatrix(
          epcPayload({
            name: payment.beneficiary,
            iban: payment.iban,
            bic: payment.bic ?? null,
            amount: payment.amount,
            reference,
            remittance: reference ? null : (payment.remittance ?? null),
          }),
        )
      : null;
  const structured = reference !== null && /^\s*(\+{3}|\*{3})?[\d\s/]+(\+{3}|\*{3})?\s*$/.test(reference);
  type Item = [label: string, value: string, strong: boolean];
  // What the payer types, on the left; whom they pay, on the right.
  const what: Item[] = [[l.amount, f.money(payment.amount), true]];
  if (payment.dueDate) what.push([l.payBy, f.date(payment.dueDate), false]);
  if (reference) what.push([structured ? l.structuredCommunication : l.communication, reference, true]);
  else if (payment.remittance) what.push([l.communication, payment.remittance, false]);
  const whom: Item[] = [
    [l.beneficiary, payment.beneficiary, false],
    ['IBAN', groupIban(payment.iban), false],
  ];
  if (payment.bic) whom.push(['BIC', payment.bic, false]);

  const pad = 12;
  const qrW = qr ? QR_SIZE + 22 : 0;
  const gap = 16;
  const colW = (CONTENT_WIDTH - 2 * pad - qrW - gap) / 2;
  const labelStyle = style('regular', 7.5, theme.muted);
  const valueStyle = (strong: boolean) => style(strong ? 'semibold' : 'regular', strong ? 10 : 9, theme.ink);
  const itemsH = (items: Item[]) =>
    items.reduce(
      (h, [, value, strong]) => h + 11 + c.wrap(value, colW, valueStyle(strong)).length * 13 + 7,
      0,
    );
  const height = Math.max(pad + 18 + Math.max(itemsH(what), itemsH(whom)) + pad - 7, qr ? QR_SIZE + 24 : 0);
  ensure(ctx, height);
  const top = ctx.y;
  if (theme.template === 'modern') c.rect(MARGIN_X, top, CONTENT_WIDTH, height, theme.wash, 6);
  else c.strokeRect(MARGIN_X, top, CONTENT_WIDTH, height, theme.rule, 0.75, 4);
  c.text(l.payment.toUpperCase(), MARGIN_X + pad, top + pad, style('semibold', 7, theme.muted, 0.8));
  const drawItems = (items: Item[], x: number) => {
    let y = top + pad + 16;
    for (const [label, value, strong] of items) {
      c.text(label, x, y, labelStyle);
      y += 10;
      y += drawLines(ctx, [value], x, y, colW, valueStyle(strong), 12.5) + 5;
    }
  };
  drawItems(what, MARGIN_X + pad);
  drawItems(whom, MARGIN_X + pad + colW + gap);

  if (qr) {
    const x = RIGHT - pad + 4 - QR_SIZE;
    const qy = top + 6;
    drawQr(ctx, qr, x, qy, QR_SIZE);
    c.text(l.scanToPay, x - 14, qy + QR_SIZE + 1, style('regular', 6.5, theme.muted), 'center', QR_SIZE + 28);
  }
  ctx.y = top + height + 18;
}

/** The QR code as vector squares, quiet zone of 4 modules included in `size`, black on white. */
function drawQr(ctx: Ctx, qr: ReturnType<typeof qrMatrix>, x: number, y: number, size: number): void {
  const { c } = ctx;
  const doc = c.doc;
  const module = size / (qr.size + 8);
  c.rect(x, y, size, size, '#FFFFFF', 3);
  const origin = 4 * module;
  for (const run of qr.runs) {
    doc.rect(x + origin + run.col * module, y + origin + run.row * module, run.length * module, module);
  }
  doc.fill('#000000');
  c.reset();
}

// ── Texts ────────────────────────────────────────────────────────────────────────────────────────
/** A paragraph that flows from page to page line by line. */
function flow(ctx: Ctx, text: string, textStyle: TextStyle, lineHeight: number): void {
  for (const line of ctx.c.wrap(text, CONTENT_WIDTH, textStyle)) {
    ensure(ctx, lineHeight);
    ctx.c.text(line, MARGIN_X, ctx.y, textStyle);
    ctx.y += lineHeight;
  }
}

/** The letter's opening paragraphs (a reminder's), under the head. */
export function introText(ctx: Ctx): void {
  const intro = ctx.input.intro?.trim();
  if (!intro) return;
  const body = style('regular', 9.5, ctx.theme.ink);
  for (const paragraph of intro.split(/\n\s*\n/)) {
    flow(ctx, paragraph.replace(/\s*\n\s*/g, ' ').trim(), body, 14);
    ctx.y += 7;
  }
  ctx.y += 8;
}

/** Notes, payment terms and conditions, then the legal mentions, small, at the end. */
export function closingTexts(ctx: Ctx): void {
  const { input, l, theme } = ctx;
  const blocks: [string, string | null | undefined][] = [
    [l.notes, input.notes],
    [l.paymentTerms, input.paymentTerms],
    [l.conditions, input.conditions],
  ];
  for (const [label, text] of blocks) {
    if (!text?.trim()) continue;
    ensure(ctx, 14 + 2 * 12.5);
    ctx.c.text(label.toUpperCase(), MARGIN_X, ctx.y, style('semibold', 7, theme.muted, 0.8));
    ctx.y += 13;
    flow(ctx, text.trim(), style('regular', 8.5, theme.text), 12.5);
    ctx.y += 12;
  }
  const mentions = (input.legalMentions ?? []).filter((m) => m.trim());
  if (mentions.length === 0) return;
  ensure(ctx, 30);
  ctx.c.hline(MARGIN_X, RIGHT, ctx.y, theme.rule, 0.5);
  ctx.y += 10;
  for (const mention of mentions) {
    flow(ctx, mention.trim(), style('regular', 7.5, theme.muted), 10.5);
    ctx.y += 4;
  }
}
