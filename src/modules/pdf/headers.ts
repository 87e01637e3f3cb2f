import { PAGE_HEIGHT, PAGE_WIDTH } from './canvas.js';
import {
  CONTENT_WIDTH,
  type Ctx,
  drawLines,
  groupIban,
  MARGIN_X,
  metaRows,
  partyLines,
  RIGHT,
  style,
} from './layout.js';

/*
 * What changes between the two templates: the head of the first page, the running head of the
 * following ones and the footer. "classic" is a letter: logo and seller top left and right, title
 * and dates on the left, the customer's address on the right where a window envelope shows it.
 * "modern" opens with a band of the accent colour carrying the title, sets seller, customer and dates
 * side by side and states the amount due in large figures before the lines.
 */

const TOP = 40;

/** Draws the logo fitted in (maxW × maxH) with its top-left or top-right corner at (x, y); returns its size. */
function drawLogo(ctx: Ctx, x: number, y: number, maxW: number, maxH: number, anchor: 'left' | 'right') {
  const image = ctx.logo;
  if (!image) return null;
  const scale = Math.min(maxW / image.width, maxH / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  ctx.c.doc.image(image.data, anchor === 'left' ? x : x - w, y, { width: w, height: h });
  return { w, h };
}

const numberText = (ctx: Ctx): string => ctx.input.number ?? ctx.l.draft;

function classicHead(ctx: Ctx): void {
  const { c, input, theme } = ctx;
  // Seller, top right.
  const sellerWidth = 260;
  const sellerX = RIGHT - sellerWidth;
  let sellerH = drawLines(
    ctx,
    [input.seller.name],
    sellerX,
    TOP,
    sellerWidth,
    style('semibold', 10, theme.ink),
    13,
    'right',
  );
  const sellerStyle = style('regular', 8, theme.muted);
  sellerH += drawLines(
    ctx,
    partyLines(ctx, input.seller, sellerWidth, sellerStyle),
    sellerX,
    TOP + sellerH + 1,
    sellerWidth,
    sellerStyle,
    10.5,
    'right',
  );
  // Logo, or the trade name set large, top left.
  const logo = drawLogo(ctx, MARGIN_X, TOP, 190, 64, 'left');
  const brandH =
    logo?.h ??
    drawLines(
      ctx,
      [input.seller.name],
      MARGIN_X,
      TOP,
      sellerX - MARGIN_X - 20,
      style('semibold', 16, theme.accent),
      20,
    );
  let y = TOP + Math.max(sellerH, brandH) + 22;

  // Title, number and dates on the left; the customer on the right.
  const leftW = 250;
  const boxX = MARGIN_X + leftW + 20;
  const boxW = RIGHT - boxX;
  const top = y;
  c.text(ctx.title, MARGIN_X, y - 3, style('semibold', 24, theme.ink));
  y += 28;
  c.fitText(numberText(ctx), MARGIN_X, y, leftW, style('semibold', 11, theme.accent));
  y += 22;
  for (const [label, value] of metaRows(ctx)) {
    // A long label ("Date de livraison / prestation") wraps in its column rather than under the value.
    const labelH = drawLines(ctx, [label], MARGIN_X, y, 96, style('regular', 8.5, theme.muted), 12);
    const valueH = drawLines(
      ctx,
      [value],
      MARGIN_X + 100,
      y,
      leftW - 100,
      style('regular', 8.5, theme.ink),
      12,
    );
    y += Math.max(labelH, valueH);
  }

  const pad = 12;
  let by = top + pad;
  c.text(ctx.l.to.toUpperCase(), boxX + pad, by, style('semibold', 7, theme.muted, 0.8));
  by += 14;
  by += drawLines(
    ctx,
    [input.buyer.name],
    boxX + pad,
    by,
    boxW - 2 * pad,
    style('semibold', 10.5, theme.ink),
    14,
  );
  by += 1;
  by += drawLines(
    ctx,
    partyLines(ctx, input.buyer, null),
    boxX + pad,
    by,
    boxW - 2 * pad,
    style('regular', 9, theme.text),
    12,
  );
  const boxH = by - top + pad - 3;
  c.strokeRect(boxX, top, boxW, boxH, theme.rule, 0.75, 4);
  ctx.y = Math.max(y, top + boxH) + 20;
  subjectLine(ctx);
}

function modernHead(ctx: Ctx): void {
  const { c, input, theme } = ctx;
  const band = 108;
  c.rect(0, 0, PAGE_WIDTH, band, theme.accent);
  c.text(ctx.title, MARGIN_X, 30, style('semibold', 26, theme.onAccent));
  c.fitText(numberText(ctx), MARGIN_X, 66, 260, style('regular', 11, theme.onAccent));
  const image = ctx.logo;
  if (image) {
    // A white card keeps any logo readable on any accent colour.
    const pad = 10;
    const scale = Math.min(150 / image.width, 52 / image.height);
    const w = image.width * scale + 2 * pad;
    const h = image.height * scale + 2 * pad;
    c.rect(RIGHT - w, (band - h) / 2, w, h, '#FFFFFF', 6);
    drawLogo(ctx, RIGHT - pad, (band - h) / 2 + pad, 150, 52, 'right');
  } else {
    drawLines(
      ctx,
      [input.seller.name],
      RIGHT - 220,
      44,
      220,
      style('semibold', 14, theme.onAccent),
      18,
      'right',
    );
  }

  // From, to, and the dates, side by side.
  const top = band + 22;
  const gap = 18;
  const metaW = 150;
  const partyW = (CONTENT_WIDTH - metaW - 2 * gap) / 2;
  const label = style('semibold', 7, theme.muted, 0.8);
  const column = (x: number, title: string, party: typeof input.seller, contact: boolean) => {
    c.text(title.toUpperCase(), x, top, label);
    let h = 14;
    h += drawLines(ctx, [party.name], x, top + h, partyW, style('semibold', 9.5, theme.ink), 13);
    const text = style('regular', 8.5, theme.text);
    h += drawLines(
      ctx,
      partyLines(ctx, party, contact ? partyW : null, text),
      x,
      top + h + 1,
      partyW,
      text,
      11.5,
    );
    return h;
  };
  const sellerH = column(MARGIN_X, ctx.l.from, input.seller, true);
  const buyerH = column(MARGIN_X + partyW + gap, ctx.l.to, input.buyer, false);
  const metaX = RIGHT - metaW;
  let metaH = 0;
  for (const [name, value] of metaRows(ctx)) {
    c.text(name.toUpperCase(), metaX, top + metaH, label);
    metaH += 11;
    metaH += drawLines(ctx, [value], metaX, top + metaH, metaW, style('regular', 9, theme.ink), 12);
    metaH += 5;
  }
  let y = top + Math.max(sellerH, buyerH, metaH) + 18;

  // The figure the reader looks for first.
  const hero = heroAmount(ctx);
  if (hero) {
    const big = style('semibold', 20, theme.accent);
    const w = c.text(hero.amount, MARGIN_X, y, big);
    if (hero.caption) {
      const small = style('regular', 10, theme.muted);
      c.fitText(hero.caption, MARGIN_X + w + 10, y + 8.5, RIGHT - MARGIN_X - w - 10, small);
    }
    y += 34;
  }
  ctx.y = y;
  subjectLine(ctx);
}

/** "1 234,50 €" and "à payer avant le 12 février 2026" (invoices), the validity of a quote… */
function heroAmount(ctx: Ctx): { amount: string; caption: string | null } | null {
  const { input, f, l } = ctx;
  const { totals } = input;
  const amount = totals.due ?? input.payment?.amount ?? totals.taxInclusive;
  const due = input.payment?.dueDate ?? input.dueDate;
  let caption: string | null = null;
  if ((input.kind === 'invoice' || input.kind === 'reminder') && due)
    caption = `${l.payBy.toLowerCase()} ${f.date(due)}`;
  else if (input.kind === 'quote' && input.validUntil)
    caption = `${l.validUntil.toLowerCase()} ${f.date(input.validUntil)}`;
  return { amount: f.money(amount), caption };
}

/** "OBJET  Accompagnement du projet…": the label in small capitals on the subject's first baseline. */
function subjectLine(ctx: Ctx): void {
  const subject = ctx.input.subject?.trim();
  if (!subject) return;
  const { c, theme } = ctx;
  const label = style('semibold', 7, theme.muted, 0.8);
  const w = c.text(ctx.l.subject.toUpperCase(), MARGIN_X, ctx.y + 3, label) + 10;
  ctx.y += drawLines(
    ctx,
    [subject],
    MARGIN_X + w,
    ctx.y,
    CONTENT_WIDTH - w,
    style('semibold', 10.5, theme.ink),
    14,
  );
  ctx.y += 12;
}

/** The head of the first page; leaves the cursor where the lines start. */
export function firstPageHead(ctx: Ctx): void {
  if (ctx.theme.template === 'modern') modernHead(ctx);
  else classicHead(ctx);
}

/** The running head of the following pages: what the page belongs to. */
export function runningHead(ctx: Ctx): void {
  const { c, theme, input } = ctx;
  let y = 34;
  if (theme.template === 'modern') {
    c.rect(0, 0, PAGE_WIDTH, 8, theme.accent);
    y = 30;
  }
  const left = `${ctx.title} ${numberText(ctx)} · ${ctx.l.continued}`;
  c.fitText(left, MARGIN_X, y, CONTENT_WIDTH / 2, style('semibold', 8.5, theme.ink));
  c.fitText(
    input.seller.name,
    MARGIN_X + CONTENT_WIDTH / 2,
    y,
    CONTENT_WIDTH / 2,
    style('regular', 8.5, theme.muted),
    'right',
  );
  if (theme.template === 'classic') c.hline(MARGIN_X, RIGHT, y + 18, theme.rule, 0.75);
  ctx.y = y + 34;
}

/** Seller identity and the page number "n/N", on every page. */
export function footer(ctx: Ctx, page: number, pages: number): void {
  const { c, theme, input, l } = ctx;
  const s = input.seller;
  const parts = [s.legalName?.trim() || s.name];
  if (s.vatNumber) parts.push(`${l.vatNumber} ${s.vatNumber}`);
  if (s.iban) parts.push(`IBAN ${groupIban(s.iban)}${s.bic ? ` · BIC ${s.bic}` : ''}`);
  const y = PAGE_HEIGHT - 40;
  if (theme.template === 'classic') c.hline(MARGIN_X, RIGHT, y - 9, theme.rule, 0.75);
  const pageText = `${l.page} ${page}/${pages}`;
  const pageStyle = style('semibold', 7.5, theme.template === 'modern' ? theme.accent : theme.muted);
  const pageW = c.measure(pageText, pageStyle);
  c.text(pageText, RIGHT - pageW, y, pageStyle);
  c.fitText(parts.join(' · '), MARGIN_X, y, CONTENT_WIDTH - pageW - 16, style('regular', 7.5, theme.muted));
}

/** The DRAFT mark across the page, under the content. */
export function watermark(ctx: Ctx): void {
  const { c } = ctx;
  const text = ctx.l.draft;
  const mark = style('semibold', 96, '#111827', 2);
  const w = c.measure(text, mark);
  const doc = c.doc;
  doc.save();
  doc.rotate(-35, { origin: [PAGE_WIDTH / 2, PAGE_HEIGHT / 2] });
  doc.fillOpacity(0.06);
  c.text(text, PAGE_WIDTH / 2 - w / 2, PAGE_HEIGHT / 2 - 58, mark);
  doc.restore();
  c.reset();
}
