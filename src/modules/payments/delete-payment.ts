import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { currencyDecimals, fromMinor } from '../../shared/money.js';
import { lockDocumentRows, settleInvoices } from '../documents/index.js';
import * as repo from './payments.repository.js';
import { type Actor, allocationEvent, lockedPayment } from './payments.service.js';

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
