import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/index.js';
import { assertOwned } from '../../platform/db/owned.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { currencyDecimals, fromMinor } from '../../shared/money.js';
import { lockDocumentRows, readDocumentOfKind, settleInvoices } from '../documents/index.js';
import { type AllocationPath, allocationPath, buildAllocations, minorOf } from './allocate.js';
import * as repo from './payments.repository.js';
import type { PaymentOut, RecordInvoicePaymentInput, RecordPaymentInput } from './payments.schema.js';
import { type Actor, allocationEvent, getPayment, ownInvoices, refuse } from './payments.service.js';

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
  /**
   * More work that must commit with the payment or not at all (a bank transaction recorded as matched
   * to it, whose unique key then keeps a second run from paying twice), run last in its transaction.
   */
  alsoInTransaction?: (trx: Tx, paymentId: string) => Promise<void>,
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
    if (alsoInTransaction) await alsoInTransaction(trx, id);
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
