import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx, Tx } from '../../platform/db/index.js';
import { decodeKeyset, encodeKeyset } from '../../platform/db/keyset.js';
import { assertOwned } from '../../platform/db/owned.js';
import { AppError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { currencyDecimals, fromMinor } from '../../shared/money.js';
import {
  type DocumentRow,
  lockDocumentRows,
  readDocumentOfKind,
  recordDocumentEvent,
  settleInvoices,
} from '../documents/index.js';
import {
  type AllocationPath,
  type AllocationRequest,
  allocationPath,
  buildAllocations,
  minorOf,
} from './allocate.js';
import * as repo from './payments.repository.js';
import type {
  AllocateInput,
  ApplyCreditNoteInput,
  CreditNoteAllocationsOut,
  PaymentListQuery,
  PaymentMethod,
  PaymentOut,
  RecordInvoicePaymentInput,
  RecordPaymentInput,
  RefundInput,
} from './payments.schema.js';

export interface Actor {
  userId: string;
}

const refuse = (path: string, message: string) =>
  new AppError('rule_violation', message, { errors: [{ path, message }] });

// ── Reading ─────────────────────────────────────────────────────────────────────────────────────

type AllocationWithInvoice = Awaited<ReturnType<typeof repo.allocationsOf>>[number];

function allocationOut(a: AllocationWithInvoice, sourceCurrency: string) {
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
  if (q.contactId)
    await assertOwned(
      ctx.db,
      companyId,
      'contacts',
      [{ id: q.contactId, path: 'query/contactId' }],
      'Contact',
    );
  if (q.invoiceId)
    await assertOwned(
      ctx.db,
      companyId,
      'documents',
      [{ id: q.invoiceId, path: 'query/invoiceId' }],
      'Invoice',
    );
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

// ── Recording ───────────────────────────────────────────────────────────────────────────────────

/** The invoice's timeline entry for what a change of allocations did to it. */
function allocationEvent(
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

async function ownInvoices(
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

/**
 * Records a payment received from a customer and allocates it to their open invoices, in one
 * transaction under the invoices' row locks: all of it or nothing. A payment larger than its
 * allocations is refused unless the request keeps the rest as the customer's credit.
 */
export async function recordPayment(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  input: RecordPaymentInput,
  path: AllocationPath = allocationPath,
): Promise<PaymentOut> {
  await assertOwned(ctx.db, companyId, 'contacts', [{ id: input.contactId, path: 'contactId' }], 'Contact');
  await ownInvoices(ctx.db, companyId, input.allocations, path);
  const amountMinor = minorOf(input.amount, input.currency, 'amount');
  const id = newId();
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const invoices = await lockDocumentRows(
      trx,
      companyId,
      input.allocations.map((a) => a.invoiceId),
    );
    const { rows, usedMinor } = await buildAllocations(trx, {
      companyId,
      source: {
        kind: 'payment',
        id,
        contactId: input.contactId,
        currency: input.currency,
        date: input.date,
        availableMinor: amountMinor,
      },
      requests: input.allocations,
      invoices,
      userId: actor.userId,
      now,
      path,
    });
    const unallocated = amountMinor - usedMinor;
    if (unallocated > 0 && input.unallocated !== 'credit')
      throw new AppError(
        'rule_violation',
        'The payment is larger than what it settles: keep the rest as the customer’s credit explicitly',
        {
          errors: [
            {
              path: 'amount',
              message:
                'The payment is larger than what it settles: keep the rest as the customer’s credit explicitly',
            },
          ],
          meta: { unallocated: fromMinor(unallocated, currencyDecimals(input.currency)) },
        },
      );
    await repo.insertPayment(trx, {
      id,
      company_id: companyId,
      contact_id: input.contactId,
      payment_date: input.date,
      amount_minor: amountMinor,
      currency: input.currency,
      method: input.method,
      reference: input.reference ?? null,
      note: input.note ?? null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await repo.insertAllocations(trx, rows);
    await settleInvoices(trx, {
      companyId,
      invoices: invoices.filter((i) => rows.some((r) => r.invoice_id === i.id)),
      userId: actor.userId,
      now,
      event: allocationEvent('payment_recorded', rows, {
        paymentId: id,
        method: input.method,
        reference: input.reference ?? null,
        paymentAmount: input.amount,
        paymentCurrency: input.currency,
      }),
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'payment.created',
      entityType: 'payment',
      entityId: id,
      data: {
        contactId: input.contactId,
        date: input.date,
        amount: input.amount,
        currency: input.currency,
        method: input.method,
        invoices: rows.map((r) => r.invoice_id),
        unallocated: fromMinor(unallocated, currencyDecimals(input.currency)),
      },
      at: now,
    });
  });
  return getPayment(ctx, companyId, id);
}

/** Where the single-invoice route's fields are: the invoice is the URL's, the rest the body's. */
const invoicePath: AllocationPath = (_i, field) => (field === 'invoiceId' ? 'documentId' : field);

/** `POST …/invoices/{id}/payments`: a payment of one invoice, by its customer and in its currency by default. */
export async function recordInvoicePayment(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  invoiceId: string,
  input: RecordInvoicePaymentInput,
): Promise<PaymentOut> {
  const invoice = await readDocumentOfKind(ctx.db, companyId, 'invoice', invoiceId);
  if (!invoice.contact_id)
    throw refuse('documentId', 'Only an issued invoice that is not paid or cancelled can be settled');
  return recordPayment(
    ctx,
    actor,
    companyId,
    {
      contactId: invoice.contact_id,
      date: input.date,
      amount: input.amount,
      currency: input.currency ?? invoice.currency,
      method: input.method,
      reference: input.reference,
      note: input.note,
      unallocated: input.unallocated,
      // With the rest kept as credit, the invoice takes its balance; otherwise the whole amount,
      // refused above the balance.
      allocations: [
        {
          invoiceId,
          ...(input.unallocated === 'credit' ? {} : { amount: input.amount }),
          ...(input.exchangeRate ? { exchangeRate: input.exchangeRate } : {}),
        },
      ],
    },
    invoicePath,
  );
}

async function lockedPayment(trx: Tx, companyId: string, paymentId: string) {
  const payment = await repo.lockPayment(trx, { companyId, paymentId });
  if (!payment) throw notFound('Payment');
  return payment;
}

/** Allocates what remains of a payment (the customer's credit) to more invoices of that customer. */
export async function allocatePayment(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  paymentId: string,
  input: AllocateInput,
): Promise<PaymentOut> {
  const path: AllocationPath = (i, field) => `allocations/${i}/${field === 'date' ? 'invoiceId' : field}`;
  await ownInvoices(ctx.db, companyId, input.allocations, path);
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const payment = await lockedPayment(trx, companyId, paymentId);
    const invoices = await lockDocumentRows(
      trx,
      companyId,
      input.allocations.map((a) => a.invoiceId),
    );
    const used = await repo.usedOf(trx, { companyId, paymentId });
    const { rows } = await buildAllocations(trx, {
      companyId,
      source: {
        kind: 'payment',
        id: paymentId,
        contactId: payment.contact_id,
        currency: payment.currency,
        date: payment.payment_date,
        availableMinor: payment.amount_minor - used.allocated - used.refunded,
      },
      requests: input.allocations,
      invoices,
      userId: actor.userId,
      now,
      path,
    });
    await repo.insertAllocations(trx, rows);
    await settleInvoices(trx, {
      companyId,
      invoices: invoices.filter((i) => rows.some((r) => r.invoice_id === i.id)),
      userId: actor.userId,
      now,
      event: allocationEvent('payment_allocated', rows, { paymentId, method: payment.method }),
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'payment.allocated',
      entityType: 'payment',
      entityId: paymentId,
      data: { allocations: rows.map((r) => ({ invoiceId: r.invoice_id, amountMinor: r.amount_minor })) },
      at: now,
    });
  });
  return getPayment(ctx, companyId, paymentId);
}

/** Takes an allocation back: the invoice's balance and status are recomputed, the payment's credit grows. */
export async function deletePaymentAllocation(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  paymentId: string,
  allocationId: string,
): Promise<PaymentOut> {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const payment = await lockedPayment(trx, companyId, paymentId);
    const allocation = await repo.findAllocation(trx, { companyId, allocationId });
    if (!allocation || allocation.payment_id !== paymentId) throw notFound('Allocation');
    await removeAllocation(trx, actor, companyId, allocation, now, { paymentId, method: payment.method });
  });
  return getPayment(ctx, companyId, paymentId);
}

async function removeAllocation(
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

/** Deletes a payment: its allocations go with it and every invoice it settled is recomputed. */
export async function deletePayment(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  paymentId: string,
): Promise<void> {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const payment = await lockedPayment(trx, companyId, paymentId);
    const allocations = await repo.allocationsOf(trx, { companyId, paymentIds: [paymentId] });
    const invoices = await lockDocumentRows(
      trx,
      companyId,
      allocations.map((a) => a.invoice_id),
    );
    await repo.deletePayment(trx, { companyId, paymentId });
    await settleInvoices(trx, {
      companyId,
      invoices,
      userId: actor.userId,
      now,
      event: allocationEvent('payment_deleted', allocations, { paymentId, method: payment.method }),
    });
    const d = currencyDecimals(payment.currency);
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'payment.deleted',
      entityType: 'payment',
      entityId: paymentId,
      data: {
        contactId: payment.contact_id,
        date: payment.payment_date,
        amount: fromMinor(payment.amount_minor, d),
        currency: payment.currency,
        invoices: invoices.map((i) => i.id),
      },
      at: now,
    });
  });
}

/** Pays back part of a payment's unallocated remainder (the customer's credit): a refund movement. */
export async function refundPayment(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  paymentId: string,
  input: RefundInput,
): Promise<PaymentOut> {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const payment = await lockedPayment(trx, companyId, paymentId);
    const amountMinor = minorOf(input.amount, payment.currency, 'amount');
    if (input.date < payment.payment_date) throw refuse('date', 'The refund is dated before the payment');
    const used = await repo.usedOf(trx, { companyId, paymentId });
    const available = payment.amount_minor - used.allocated - used.refunded;
    if (amountMinor > available)
      throw new AppError('rule_violation', 'The refund is larger than the payment’s unallocated credit', {
        errors: [{ path: 'amount', message: 'The refund is larger than the payment’s unallocated credit' }],
        meta: { unallocated: fromMinor(available, currencyDecimals(payment.currency)) },
      });
    const id = newId();
    await repo.insertRefund(trx, {
      id,
      company_id: companyId,
      payment_id: paymentId,
      refund_date: input.date,
      amount_minor: amountMinor,
      method: input.method,
      reference: input.reference ?? null,
      note: input.note ?? null,
      created_by: actor.userId,
      created_at: now,
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'payment.refunded',
      entityType: 'payment',
      entityId: paymentId,
      data: {
        refundId: id,
        date: input.date,
        amount: input.amount,
        currency: payment.currency,
        method: input.method,
      },
      at: now,
    });
  });
  return getPayment(ctx, companyId, paymentId);
}

// ── Credit notes applied to invoices ────────────────────────────────────────────────────────────

export async function getCreditNoteAllocations(
  ctx: AppContext,
  companyId: string,
  creditNoteId: string,
): Promise<CreditNoteAllocationsOut> {
  const note = await readDocumentOfKind(ctx.db, companyId, 'credit_note', creditNoteId);
  const allocations = await repo.allocationsOf(ctx.db, { companyId, creditNoteId });
  const d = currencyDecimals(note.currency);
  const applied = allocations.reduce((s, a) => s + a.source_amount_minor, 0);
  const total = note.source_id ? 0 : note.payable_minor;
  return {
    creditNoteId,
    currency: note.currency,
    total: fromMinor(total, d),
    applied: fromMinor(applied, d),
    remaining: fromMinor(note.status === 'draft' ? 0 : total - applied, d),
    allocations: allocations.map((a) => allocationOut(a, note.currency)),
  };
}

/**
 * Applies a free-standing credit note of a customer (one not made of an invoice: that one already
 * reduces its invoice) to other invoices of that customer, within what remains of it.
 */
export async function applyCreditNote(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  creditNoteId: string,
  input: ApplyCreditNoteInput,
): Promise<CreditNoteAllocationsOut> {
  const path: AllocationPath = (i, field) => `allocations/${i}/${field === 'date' ? 'invoiceId' : field}`;
  await readDocumentOfKind(ctx.db, companyId, 'credit_note', creditNoteId);
  await ownInvoices(ctx.db, companyId, input.allocations, path);
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await lockDocumentRows(trx, companyId, [
      creditNoteId,
      ...input.allocations.map((a) => a.invoiceId),
    ]);
    const note = locked.find((d) => d.id === creditNoteId && d.kind === 'credit_note');
    if (!note) throw notFound('Credit note');
    if (note.status === 'draft')
      throw new AppError('invalid_transition', 'Only an issued credit note can be applied to an invoice');
    if (note.source_id)
      throw new AppError(
        'rule_violation',
        'This credit note was made of an invoice and already reduces it: it cannot be applied to another',
      );
    if (!note.contact_id) throw notFound('Credit note');
    const used = await repo.usedOf(trx, { companyId, creditNoteId });
    const invoices = locked.filter((d) => d.id !== creditNoteId);
    const { rows } = await buildAllocations(trx, {
      companyId,
      source: {
        kind: 'credit_note',
        id: creditNoteId,
        contactId: note.contact_id,
        currency: note.currency,
        date: null,
        availableMinor: note.payable_minor - used.allocated,
      },
      requests: input.allocations,
      invoices,
      userId: actor.userId,
      now,
      path,
    });
    await repo.insertAllocations(trx, rows);
    await settleInvoices(trx, {
      companyId,
      invoices: invoices.filter((i) => rows.some((r) => r.invoice_id === i.id)),
      userId: actor.userId,
      now,
      event: allocationEvent('credit_applied', rows, { creditNote: note.number, creditNoteId }),
    });
    // The credit note's own timeline says where it went (its status does not change).
    await recordDocumentEvent(trx, {
      companyId,
      documentId: creditNoteId,
      kind: 'credit_note',
      action: 'applied',
      from: note.status,
      to: note.status,
      userId: actor.userId,
      at: now,
      data: {
        invoices: invoices.filter((i) => rows.some((r) => r.invoice_id === i.id)).map((i) => i.number),
        amount: fromMinor(
          rows.reduce((s, r) => s + r.source_amount_minor, 0),
          currencyDecimals(note.currency),
        ),
      },
    });
  });
  return getCreditNoteAllocations(ctx, companyId, creditNoteId);
}

export async function deleteCreditNoteAllocation(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  creditNoteId: string,
  allocationId: string,
): Promise<CreditNoteAllocationsOut> {
  await readDocumentOfKind(ctx.db, companyId, 'credit_note', creditNoteId);
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const found = await repo.findAllocation(trx, { companyId, allocationId });
    if (!found || found.credit_note_id !== creditNoteId) throw notFound('Allocation');
    // The credit note and the invoice together, in id order like every other lock of documents.
    await lockDocumentRows(trx, companyId, [creditNoteId, found.invoice_id]);
    const allocation = await repo.findAllocation(trx, { companyId, allocationId });
    if (!allocation) throw notFound('Allocation');
    await removeAllocation(trx, actor, companyId, allocation, now, { creditNoteId });
  });
  return getCreditNoteAllocations(ctx, companyId, creditNoteId);
}
