import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { currencyDecimals, fromMinor } from '../../shared/money.js';
import { minorOf } from './allocate.js';
import * as repo from './payments.repository.js';
import type { PaymentOut, RefundInput } from './payments.schema.js';
import { type Actor, getPayment, lockedPayment, refuse } from './payments.service.js';

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
