import type { AppContext } from '../../platform/context.js';
import { assertOwned } from '../../platform/db/owned.js';
import { toScaled } from '../../shared/decimal.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { Decimal, dec, fromMinor, moneyString } from '../../shared/money.js';
import type { Language } from '../../shared/schemas.js';
import { type ResolvedLine, rowToLine } from './document-content.js';
import type { DocumentKind } from './document-status.js';
import { documentText } from './document-texts.js';
import { amountDecimals, type VatCategory } from './document-totals.js';
import * as repo from './documents.repository.js';
import type { CreditNoteFromInput, DocumentOut, InvoiceFromInput } from './documents.schema.js';
import {
  type Actor,
  companyOf,
  companyToday,
  findOfKind,
  getDocument,
  saveNew,
} from './documents.service.js';

/** A new draft of `kind` that takes over the source's customer, terms and texts. */
function draftFrom(
  source: repo.DocumentRow,
  kind: DocumentKind,
  today: string,
  actorId: string,
  now: string,
): repo.DocumentRow {
  return {
    ...source,
    id: newId(),
    kind,
    status: 'draft',
    number: null,
    sequence: null,
    sequence_period: null,
    source_id: source.id,
    billing_type: 'standard',
    issue_date: today,
    due_date: null,
    valid_until: null,
    payment_reference: null,
    payment_reference_seq: null,
    credited_minor: 0,
    paid_minor: 0,
    seller: null,
    buyer: null,
    content_hash: null,
    previous_hash: null,
    chain_index: null,
    issued_at: null,
    search_text: '',
    created_by: actorId,
    created_at: now,
    updated_at: now,
  };
}

const copyLines = (rows: repo.LineRow[]): ResolvedLine[] =>
  rows.map((r) => ({ ...rowToLine(r), sourceLineId: r.id }));

function conflict(code: 'already_converted' | 'draft_pending', message: string, existingId?: string): never {
  throw new AppError(code, message, existingId ? { meta: { existingId } } : {});
}

async function context(ctx: AppContext, companyId: string) {
  const company = await companyOf(ctx, companyId);
  return { company, today: companyToday(ctx, company), now: ctx.clock.now().toISOString() };
}

export async function orderFromQuote(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  quoteId: string,
): Promise<DocumentOut> {
  const quote = await findOfKind(ctx.db, companyId, 'quote', quoteId);
  if (quote.status !== 'accepted')
    throw new AppError('invalid_transition', 'Only an accepted quote can become an order', {
      meta: { documentStatus: quote.status },
    });
  const derived = await repo.listDerived(ctx.db, { companyId, sourceId: quoteId });
  const existing = derived.find((d) => d.kind === 'order' && d.status !== 'cancelled');
  if (existing) conflict('already_converted', 'This quote already has an order', existing.id);
  const { company, today, now } = await context(ctx, companyId);
  const lines = await repo.listLines(ctx.db, { companyId, documentIds: [quoteId] });
  const row = draftFrom(quote, 'order', today, actor.userId, now);
  await saveNew(ctx, actor, {
    row,
    lines: copyLines(lines),
    company,
    contactName: undefined,
    action: 'created',
    data: { from: quote.number },
  });
  return getDocument(ctx, companyId, 'order', row.id);
}

/** Splits an amount including VAT over VAT groups in proportion to their gross; the last takes the rest. */
function splitGross(
  groups: repo.VatRow[],
  total: Decimal,
  decimals: number,
): { group: repo.VatRow; gross: string }[] {
  const grossOf = (g: repo.VatRow) => g.taxable_minor + g.vat_minor;
  const all = groups.reduce((s, g) => s + grossOf(g), 0);
  let left = total;
  return groups.map((g, i) => {
    const share =
      i === groups.length - 1 || all === 0
        ? left
        : total.times(grossOf(g)).dividedBy(all).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
    left = left.minus(share);
    return { group: g, gross: moneyString(share, decimals) };
  });
}

const groupLine = (
  g: repo.VatRow,
  description: string,
  quantity: string,
  unitPrice: string,
): ResolvedLine => ({
  productId: null,
  sourceLineId: null,
  description,
  quantity,
  unitCode: 'C62',
  unitPrice,
  discountPercent: '0',
  vatCategory: g.category as VatCategory,
  vatRate: g.rate,
  exemptionReason: g.category === 'S' ? null : g.exemption_reason,
});

/**
 * An invoice from an accepted quote or a confirmed order: the full invoice (a final one when
 * deposits were issued, deducting each of them per VAT rate), or a deposit invoice for a
 * percentage or an amount including VAT, split over the source's VAT rates.
 */
export async function invoiceFrom(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  kind: 'quote' | 'order',
  sourceId: string,
  input: InvoiceFromInput,
): Promise<DocumentOut> {
  const source = await findOfKind(ctx.db, companyId, kind, sourceId);
  const ready = kind === 'quote' ? source.status === 'accepted' : source.status === 'confirmed';
  if (!ready)
    throw new AppError(
      'invalid_transition',
      kind === 'quote' ? 'Only an accepted quote can be invoiced' : 'Only a confirmed order can be invoiced',
      { meta: { documentStatus: source.status } },
    );
  const derived = await repo.listDerived(ctx.db, { companyId, sourceId });
  if (kind === 'quote') {
    const order = derived.find((d) => d.kind === 'order' && d.status !== 'cancelled');
    if (order) conflict('already_converted', 'This quote has an order: invoice the order', order.id);
  }
  const invoices = derived.filter((d) => d.kind === 'invoice' && d.status !== 'cancelled');
  const draft = invoices.find((d) => d.status === 'draft');
  if (draft)
    conflict('draft_pending', 'A draft invoice of this document exists: issue or delete it first', draft.id);
  const full = invoices.find((d) => d.billing_type !== 'deposit');
  if (full) conflict('already_converted', 'This document is already invoiced', full.id);
  const deposits = invoices.filter((d) => d.billing_type === 'deposit');

  const { company, today, now } = await context(ctx, companyId);
  const lang = source.language as Language;
  const ref = source.number ?? '';
  const d = amountDecimals(source.currency);
  const row = draftFrom(source, 'invoice', today, actor.userId, now);
  let lines: ResolvedLine[];
  if (input.type === 'full') {
    lines = copyLines(await repo.listLines(ctx.db, { companyId, documentIds: [sourceId] }));
    for (const dep of deposits) {
      for (const g of await repo.listVat(ctx.db, { companyId, documentId: dep.id })) {
        const amount = row.prices_include_vat ? g.taxable_minor + g.vat_minor : g.taxable_minor;
        lines.push(
          groupLine(
            g,
            documentText('depositDeduction', lang, { ref: dep.number ?? '' }),
            '-1',
            fromMinor(amount, d),
          ),
        );
      }
    }
    row.billing_type = deposits.length > 0 ? 'final' : 'standard';
  } else {
    const groups = await repo.listVat(ctx.db, { companyId, documentId: sourceId });
    const total = dec(fromMinor(source.tax_inclusive_minor, d));
    const already = deposits.reduce(
      (s, x) => s.plus(dec(fromMinor(x.tax_inclusive_minor, d))),
      new Decimal(0),
    );
    const wanted =
      input.percent !== undefined
        ? total.times(dec(input.percent)).dividedBy(100).toDecimalPlaces(d, Decimal.ROUND_HALF_UP)
        : dec(input.amount ?? '0');
    if (wanted.lte(0) || already.plus(wanted).gt(total))
      throw new AppError('deposit_exceeds_total', 'The deposits would exceed the total of the document', {
        errors: [
          {
            path: input.percent !== undefined ? 'percent' : 'amount',
            message: 'The deposits would exceed the total of the document',
          },
        ],
        meta: { total: moneyString(total, d), alreadyDeposited: moneyString(already, d) },
      });
    const description =
      input.percent !== undefined
        ? documentText('depositPercent', lang, { pct: input.percent, ref })
        : documentText('depositAmount', lang, { ref });
    // Deposit invoices are entered VAT included, so the amount asked is exactly what the customer pays.
    lines = splitGross(groups, wanted, d)
      .filter((s) => !dec(s.gross).isZero())
      .map((s) => groupLine(s.group, description, '1', s.gross));
    row.billing_type = 'deposit';
    row.prices_include_vat = 1;
    row.discount_e2 = 0;
    // A deposit is not the supply: its invoice's own date is the payment's (KB nr. 1 art. 5, § 1, 7°),
    // so the order's date of supply does not carry over.
    row.delivery_date = null;
  }
  await saveNew(ctx, actor, {
    row,
    lines,
    company,
    contactName: undefined,
    action: 'created',
    data: { from: source.number, type: input.type },
  });
  return getDocument(ctx, companyId, 'invoice', row.id);
}

/**
 * A credit note for an issued invoice: all of it, selected lines (with a quantity up to what is not
 * yet credited), or an amount including VAT split over the invoice's VAT rates. It may not exceed
 * what remains of the invoice; issuing it reduces the invoice's balance.
 */
export async function creditNoteFrom(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  invoiceId: string,
  input: CreditNoteFromInput,
): Promise<DocumentOut> {
  const invoice = await findOfKind(ctx.db, companyId, 'invoice', invoiceId);
  if (invoice.status === 'draft' || invoice.status === 'cancelled')
    throw new AppError(
      'invalid_transition',
      invoice.status === 'draft'
        ? 'A draft invoice is deleted, not credited'
        : 'This invoice is already fully credited',
      { meta: { documentStatus: invoice.status } },
    );
  const derived = await repo.listDerived(ctx.db, { companyId, sourceId: invoiceId });
  const notes = derived.filter((x) => x.kind === 'credit_note');
  const draft = notes.find((x) => x.status === 'draft');
  if (draft)
    conflict(
      'draft_pending',
      'A draft credit note of this invoice exists: issue or delete it first',
      draft.id,
    );
  const { company, today, now } = await context(ctx, companyId);
  const d = amountDecimals(invoice.currency);
  const lang = invoice.language as Language;
  const remainingMinor = invoice.payable_minor - invoice.credited_minor;
  const row = draftFrom(invoice, 'credit_note', today, actor.userId, now);
  row.payment_terms_days = null;
  if (input.reason) row.notes = input.reason;
  const invoiceLines = await repo.listLines(ctx.db, { companyId, documentIds: [invoiceId] });
  let lines: ResolvedLine[];
  if (input.mode === 'full') {
    if (invoice.credited_minor > 0)
      throw new AppError(
        'credit_exceeds_remaining',
        'Part of this invoice is already credited: credit lines or an amount',
        {
          meta: { remaining: fromMinor(remainingMinor, d) },
        },
      );
    lines = copyLines(invoiceLines);
  } else if (input.mode === 'lines') {
    const creditedQty = new Map<string, number>();
    const issuedNotes = notes.filter((x) => x.status !== 'draft').map((x) => x.id);
    for (const l of await repo.listLines(ctx.db, { companyId, documentIds: issuedNotes }))
      if (l.source_line_id)
        creditedQty.set(l.source_line_id, (creditedQty.get(l.source_line_id) ?? 0) + l.quantity_e3);
    const chosen = input.lines.map((sel, i) => ({ id: sel.lineId, path: `lines/${i}/lineId` }));
    await assertOwned(ctx.db, companyId, 'document_lines', chosen, 'Line');
    const errors: { path: string; message: string }[] = [];
    lines = input.lines.flatMap((sel, i) => {
      const line = invoiceLines.find((l) => l.id === sel.lineId);
      if (!line) {
        errors.push({ path: `lines/${i}/lineId`, message: 'Not a line of this invoice' });
        return [];
      }
      const left = Math.abs(line.quantity_e3) - Math.abs(creditedQty.get(line.id) ?? 0);
      const wanted = sel.quantity === undefined ? left : toScaled(sel.quantity, 3);
      if (wanted <= 0 || wanted > left) {
        errors.push({
          path: `lines/${i}/quantity`,
          message: 'More than what remains to credit on this line',
        });
        return [];
      }
      const signed = line.quantity_e3 < 0 ? -wanted : wanted;
      return [
        {
          ...rowToLine(line),
          sourceLineId: line.id,
          quantity: new Decimal(signed).dividedBy(1000).toString(),
        },
      ];
    });
    if (errors.length > 0)
      throw new AppError('credit_exceeds_remaining', errors[0]?.message ?? 'Invalid lines', { errors });
  } else {
    const amount = dec(input.amount);
    if (amount.lte(0) || amount.gt(dec(fromMinor(remainingMinor, d))))
      throw new AppError(
        'credit_exceeds_remaining',
        'The credit note is larger than what remains of the invoice',
        {
          errors: [{ path: 'amount', message: 'The credit note is larger than what remains of the invoice' }],
          meta: { remaining: fromMinor(remainingMinor, d) },
        },
      );
    const groups = await repo.listVat(ctx.db, { companyId, documentId: invoiceId });
    lines = splitGross(groups, amount, d)
      .filter((s) => !dec(s.gross).isZero())
      .map((s) =>
        groupLine(s.group, documentText('creditAmount', lang, { ref: invoice.number ?? '' }), '1', s.gross),
      );
    row.prices_include_vat = 1;
    row.discount_e2 = 0;
  }
  await saveNew(ctx, actor, {
    row,
    lines,
    company,
    contactName: undefined,
    action: 'created',
    data: { from: invoice.number, mode: input.mode },
    check: (columns) => {
      if (columns.payable_minor > remainingMinor)
        throw new AppError(
          'credit_exceeds_remaining',
          'The credit note is larger than what remains of the invoice',
          {
            meta: { remaining: fromMinor(remainingMinor, d) },
          },
        );
    },
  });
  return getDocument(ctx, companyId, 'credit_note', row.id);
}
