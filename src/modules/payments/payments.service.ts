import { audit } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx, Tx } from '../../platform/db/index.js';
import { decodeKeyset, encodeKeyset } from '../../platform/db/keyset.js';
import { assertOwned, assertOwnedReferences } from '../../platform/db/owned.js';
import { AppError, notFound } from '../../shared/errors.js';
import { currencyDecimals, fromMinor } from '../../shared/money.js';
import { type DocumentRow, lockDocumentRows, settleInvoices } from '../documents/index.js';
import type { AllocationPath, AllocationRequest } from './allocate.js';
import * as repo from './payments.repository.js';
import type { PaymentListQuery, PaymentMethod, PaymentOut } from './payments.schema.js';

/**
 * Reading payments, and what the payment use cases share. Each use case has its own file, named for
 * what the user does: record-payment.ts, allocate-payment.ts, delete-payment.ts, refund-payment.ts,
 * apply-credit-note.ts.
 */

export interface Actor {
  userId: string;
}

export const refuse = (path: string, message: string) =>
  new AppError('rule_violation', message, { errors: [{ path, message }] });

// ── Reading ─────────────────────────────────────────────────────────────────────────────────────

type AllocationWithInvoice = Awaited<ReturnType<typeof repo.allocationsOf>>[number];

export function allocationOut(a: AllocationWithInvoice, sourceCurrency: string) {
  return {
    id: a.id,
    invoiceId: a.invoice_id,
    invoiceNumber: a.invoice_number,
    amount: fromMinor(a.amount_minor, currencyDecimals(a.invoice_currency)),
    invoiceCurrency: a.invoice_currency,
    sourceAmount: fromMinor(a.source_amount_minor, currencyDecimals(sourceCurrency)),
    exchangeRate: a.exchange_rate,
    createdAt: a.created_at,
  };
}

async function toPaymentsOut(
  db: DbOrTx,
  companyId: string,
  rows: (repo.PaymentRow & { contact_name: string | null })[],
): Promise<PaymentOut[]> {
  const ids = rows.map((r) => r.id);
  const allocations = await repo.allocationsOf(db, { companyId, paymentIds: ids });
  const refunds = await repo.refundsOf(db, { companyId, paymentIds: ids });
  return rows.map((r) => {
    const d = currencyDecimals(r.currency);
    const mine = allocations.filter((a) => a.payment_id === r.id);
    const back = refunds.filter((f) => f.payment_id === r.id);
    const allocated = mine.reduce((s, a) => s + a.source_amount_minor, 0);
    const refunded = back.reduce((s, f) => s + f.amount_minor, 0);
    return {
      id: r.id,
      contactId: r.contact_id,
      contactName: r.contact_name,
      date: r.payment_date,
      amount: fromMinor(r.amount_minor, d),
      currency: r.currency,
      method: r.method as PaymentMethod,
      reference: r.reference,
      note: r.note,
      allocated: fromMinor(allocated, d),
      refunded: fromMinor(refunded, d),
      unallocated: fromMinor(r.amount_minor - allocated - refunded, d),
      allocations: mine.map((a) => allocationOut(a, r.currency)),
      refunds: back.map((f) => ({
        id: f.id,
        date: f.refund_date,
        amount: fromMinor(f.amount_minor, d),
        method: f.method as PaymentMethod,
        reference: f.reference,
        note: f.note,
        createdAt: f.created_at,
      })),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}

export async function getPayment(ctx: AppContext, companyId: string, paymentId: string): Promise<PaymentOut> {
  const row = await repo.findPayment(ctx.db, { companyId, paymentId });
  if (!row) throw notFound('Payment');
  const [out] = await toPaymentsOut(ctx.db, companyId, [row]);
  if (!out) throw notFound('Payment');
  return out;
}

export async function listPayments(ctx: AppContext, companyId: string, q: PaymentListQuery) {
  await assertOwnedReferences(ctx.db, companyId, q, 'query/');
  const rows = await repo.listPayments(ctx.db, {
    companyId,
    contactId: q.contactId,
    invoiceId: q.invoiceId,
    from: q.from,
    to: q.to,
    method: q.method,
    currency: q.currency,
    direction: q.sort === 'date' ? 'asc' : 'desc',
    cursor: q.cursor ? decodeKeyset(q.cursor, q.sort) : undefined,
    limit: q.limit,
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    items: await toPaymentsOut(ctx.db, companyId, page),
    nextCursor:
      rows.length > q.limit && last
        ? encodeKeyset({ sort: q.sort, value: last.payment_date, id: last.id })
        : null,
  };
}

// ── Shared by the use cases ─────────────────────────────────────────────────────────────────────

/** The invoice's timeline entry for what a change of allocations did to it. */
export function allocationEvent(
  action: string,
  rows: readonly repo.AllocationRow[],
  extra: Record<string, unknown>,
) {
  return (invoice: DocumentRow) => {
    const mine = rows.filter((r) => r.invoice_id === invoice.id);
    const minor = mine.reduce((s, r) => s + r.amount_minor, 0);
    return {
      action,
      data: {
        amount: fromMinor(minor, currencyDecimals(invoice.currency)),
        currency: invoice.currency,
        ...extra,
      },
    };
  };
}

/** Every invoice a request names must be the company's (404 naming the field otherwise). */
export async function ownInvoices(
  db: DbOrTx,
  companyId: string,
  requests: readonly AllocationRequest[],
  path: AllocationPath,
) {
  await assertOwned(
    db,
    companyId,
    'documents',
    requests.map((r, i) => ({ id: r.invoiceId, path: path(i, 'invoiceId') })),
    'Invoice',
  );
}

/** The payment's row, locked; 404 when the company has no such payment. */
export async function lockedPayment(trx: Tx, companyId: string, paymentId: string) {
  const payment = await repo.lockPayment(trx, { companyId, paymentId });
  if (!payment) throw notFound('Payment');
  return payment;
}

/** Takes one allocation back and recomputes its invoice. */
export async function removeAllocation(
  trx: Tx,
  actor: Actor,
  companyId: string,
  allocation: repo.AllocationRow,
  now: string,
  data: Record<string, unknown>,
) {
  const invoices = await lockDocumentRows(trx, companyId, [allocation.invoice_id]);
  await repo.deleteAllocation(trx, { companyId, allocationId: allocation.id });
  await settleInvoices(trx, {
    companyId,
    invoices,
    userId: actor.userId,
    now,
    event: allocationEvent('allocation_deleted', [allocation], data),
  });
  await audit(trx, {
    companyId,
    userId: actor.userId,
    action: 'payment.allocation_deleted',
    entityType: allocation.payment_id ? 'payment' : 'credit_note',
    entityId: allocation.payment_id ?? allocation.credit_note_id,
    data: { invoiceId: allocation.invoice_id, amountMinor: allocation.amount_minor },
    at: now,
  });
}
