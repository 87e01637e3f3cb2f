import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../shared/errors.js';
import { lockDocumentRows, settleInvoices } from '../documents/index.js';
import { type AllocationPath, buildAllocations } from './allocate.js';
import * as repo from './payments.repository.js';
import type { AllocateInput, PaymentOut } from './payments.schema.js';
import {
  type Actor,
  allocationEvent,
  getPayment,
  lockedPayment,
  ownInvoices,
  removeAllocation,
} from './payments.service.js';

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
