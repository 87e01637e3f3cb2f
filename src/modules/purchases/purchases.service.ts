import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { type DbOrTx, engineOf } from '../../platform/db/index.js';
import { assertOwned } from '../../platform/db/owned.js';
import { todayIn } from '../../shared/dates.js';
import { AppError, notFound } from '../../shared/errors.js';
import { currencyDecimals, fromMinor } from '../../shared/money.js';
import { decodeCursor, encodeCursor } from '../../shared/pagination.js';
import { normalizeSearch } from '../../shared/search.js';
import { findCompany } from '../companies/index.js';
import * as repo from './purchases.repository.js';
import type {
  PurchaseKind,
  PurchaseListQuery,
  PurchaseOut,
  PurchaseSource,
  PurchaseStatus,
  PurchaseSummaryOut,
} from './purchases.schema.js';

export interface Actor {
  userId: string;
}

/** A credit note's balance is what the supplier owes back; both are kept positive. */
export const amountDueMinor = (r: { payable_minor: number; paid_minor: number }) =>
  r.payable_minor - r.paid_minor;

export async function companyToday(ctx: AppContext, companyId: string): Promise<string> {
  const company = await findCompany(ctx.db, { companyId });
  return todayIn(company?.timezone ?? 'UTC', ctx.clock.now());
}

export async function companyCurrency(db: DbOrTx, companyId: string): Promise<string> {
  return (await findCompany(db, { companyId }))?.currency ?? 'EUR';
}

function summaryOf(r: repo.PurchaseListRow, today: string): PurchaseSummaryOut {
  const d = currencyDecimals(r.currency);
  const m = (v: number) => fromMinor(v, d);
  return {
    id: r.id,
    kind: r.kind as PurchaseKind,
    status: r.status as PurchaseStatus,
    overdue: r.status !== 'paid' && r.due_date !== null && r.due_date < today,
    source: r.source as PurchaseSource,
    syntax: r.syntax,
    supplier: r.supplier_id
      ? { id: r.supplier_id, name: r.supplier_name ?? '', vatNumber: r.supplier_vat }
      : null,
    number: r.number,
    issueDate: r.issue_date,
    dueDate: r.due_date,
    currency: r.currency,
    totals: {
      lineNetAmount: m(r.line_net_minor),
      allowanceAmount: m(r.allowance_minor),
      chargeAmount: m(r.charge_minor),
      netAmount: m(r.tax_exclusive_minor),
      vatAmount: m(r.vat_minor),
      grossAmount: m(r.tax_inclusive_minor),
      prepaidAmount: m(r.prepaid_minor),
      roundingAmount: m(r.rounding_minor),
      payableAmount: m(r.payable_minor),
      paidAmount: m(r.paid_minor),
      amountDue: m(amountDueMinor(r)),
    },
    paymentReference: r.payment_reference,
    createdAt: r.created_at,
  };
}

export async function getPurchase(
  ctx: AppContext,
  companyId: string,
  purchaseInvoiceId: string,
): Promise<PurchaseOut> {
  const key = { companyId, purchaseInvoiceId };
  const row = await repo.findPurchase(ctx.db, key);
  if (!row) throw notFound('Purchase invoice');
  const [lines, vat, payments, file, today] = await Promise.all([
    repo.listLines(ctx.db, key),
    repo.listVat(ctx.db, key),
    repo.listPayments(ctx.db, key),
    repo.findFileInfo(ctx.db, key),
    companyToday(ctx, companyId),
  ]);
  const d = currencyDecimals(row.currency);
  const m = (v: number) => fromMinor(v, d);
  return {
    ...summaryOf(row, today),
    supplierIban: row.supplier_iban,
    supplierBic: row.supplier_bic,
    buyerReference: row.buyer_reference,
    orderReference: row.order_reference,
    notes: row.notes,
    lines: lines.map((l) => ({
      id: l.id,
      lineRef: l.line_ref,
      description: l.description,
      quantity: l.quantity,
      unitCode: l.unit_code,
      unitPrice: l.unit_price,
      netAmount: m(l.net_minor),
      vatCategory: l.vat_category,
      vatRate: l.vat_rate,
    })),
    vatBreakdown: vat.map((g) => ({
      vatCategory: g.vat_category,
      vatRate: g.vat_rate,
      taxableAmount: m(g.taxable_minor),
      vatAmount: m(g.vat_minor),
      exemptionReason: g.exemption_reason,
    })),
    payments: payments.map((p) => ({
      id: p.id,
      date: p.payment_date,
      amount: m(p.amount_minor),
      method: p.method,
      reference: p.reference,
    })),
    hasOriginal: file !== undefined,
    original: file
      ? { filename: file.filename, mimeType: file.mime_type, size: Number(file.size), sha256: file.sha256 }
      : null,
    approvedAt: row.approved_at,
    updatedAt: row.updated_at,
  };
}

export async function listPurchases(ctx: AppContext, companyId: string, q: PurchaseListQuery) {
  if (q.supplierId)
    await assertOwned(
      ctx.db,
      companyId,
      'contacts',
      [{ id: q.supplierId, path: 'query/supplierId' }],
      'Contact',
    );
  const today = await companyToday(ctx, companyId);
  const search = q.q ? normalizeSearch(q.q) : '';
  const filter: repo.PurchaseFilter = {
    companyId,
    status: q.status,
    supplierId: q.supplierId,
    dueOnOrBefore: q.dueBefore,
    dueBefore: q.overdue ? today : undefined,
    search: search || undefined,
  };
  const rows = await repo.listPurchases(ctx.db, {
    ...filter,
    cursor: q.cursor ? decodeCursor(q.cursor) : undefined,
    limit: q.limit,
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  const summary = await repo.summarizePurchases(ctx.db, filter);
  return {
    items: page.map((r) => summaryOf(r, today)),
    nextCursor:
      rows.length > q.limit && last ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null,
    summary: {
      count: summary.count,
      toPay: summary.toPay.map((t) => ({
        currency: t.currency,
        amount: fromMinor(t.dueMinor, currencyDecimals(t.currency)),
        count: t.count,
      })),
    },
  };
}

/** The row, locked for the change, or 404. */
export async function lockedPurchase(trx: DbOrTx, companyId: string, purchaseInvoiceId: string) {
  const row = await repo.lockPurchase(trx, { companyId, purchaseInvoiceId }, engineOf(trx) === 'postgres');
  if (!row) throw notFound('Purchase invoice');
  return row;
}

export const refuseState = (message: string, status: string) =>
  new AppError('invalid_transition', message, { params: { status }, meta: { currentStatus: status } });

/** What approval needs: a supplier, its number, an issue date and at least one line. */
async function missingForApproval(trx: DbOrTx, row: repo.PurchaseRow): Promise<string[]> {
  const missing: string[] = [];
  if (!row.supplier_id) missing.push('supplierId');
  if (!row.number) missing.push('number');
  if (!row.issue_date) missing.push('issueDate');
  const lines = await repo.listLines(trx, { companyId: row.company_id, purchaseInvoiceId: row.id });
  if (lines.length === 0) missing.push('lines');
  return missing;
}

/** `to_approve → to_pay` (or straight to `paid` when nothing is left to pay). */
export async function approvePurchase(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  purchaseInvoiceId: string,
): Promise<PurchaseOut> {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await lockedPurchase(trx, companyId, purchaseInvoiceId);
    if (row.status !== 'to_approve')
      throw refuseState('Only a purchase invoice to approve can be approved (it is {status})', row.status);
    const missing = await missingForApproval(trx, row);
    if (missing.length > 0)
      throw new AppError('rule_violation', 'Complete the purchase invoice before approving it', {
        errors: missing.map((path) => ({ path, message: 'Required before approval' })),
      });
    const status: PurchaseStatus = amountDueMinor(row) <= 0 ? 'paid' : 'to_pay';
    await repo.updatePurchase(trx, {
      companyId,
      purchaseInvoiceId,
      values: { status, approved_at: now, approved_by: actor.userId, updated_at: now },
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'purchase_invoice.approved',
      entityType: 'purchase_invoice',
      entityId: purchaseInvoiceId,
      data: { status },
      at: now,
    });
  });
  return getPurchase(ctx, companyId, purchaseInvoiceId);
}

export async function deletePurchase(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  purchaseInvoiceId: string,
): Promise<void> {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await lockedPurchase(trx, companyId, purchaseInvoiceId);
    if (row.status !== 'to_approve')
      throw refuseState('Only a purchase invoice to approve can be deleted (it is {status})', row.status);
    await repo.deletePurchase(trx, { companyId, purchaseInvoiceId });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'purchase_invoice.deleted',
      entityType: 'purchase_invoice',
      entityId: purchaseInvoiceId,
      data: { number: row.number, supplierId: row.supplier_id },
      at: now,
    });
  });
}

/** The file as it was received. */
export async function purchaseOriginal(ctx: AppContext, companyId: string, purchaseInvoiceId: string) {
  const key = { companyId, purchaseInvoiceId };
  if (!(await repo.findPurchase(ctx.db, key))) throw notFound('Purchase invoice');
  const file = await repo.findFile(ctx.db, key);
  if (!file) throw notFound('Original file');
  return { content: Buffer.from(file.content), mimeType: file.mime_type, filename: file.filename };
}

/** The duplicate refusal: the same supplier document is booked once. */
export const duplicateOf = (existingId: string, number: string) =>
  new AppError('already_exists', 'This supplier’s document {number} is already booked', {
    params: { number },
    errors: [{ path: 'number', message: 'This supplier’s document {number} is already booked' }],
    meta: { existingId },
  });

export const searchTextOf = (number: string | null, supplierName: string | null) =>
  normalizeSearch(number, supplierName);
