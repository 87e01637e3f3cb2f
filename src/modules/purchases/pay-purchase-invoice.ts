import { audit } from '../../platform/audit.js';
import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { canonicalDecimal } from '../../shared/decimal.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { currencyDecimals, fromMinor, toMinor } from '../../shared/money.js';
import * as repo from './purchases.repository.js';
import type { PurchaseOut, PurchasePaymentInput } from './purchases.schema.js';
import { type Actor, amountDueMinor, getPurchase, lockedPurchase, refuseState } from './purchases.service.js';

/**
 * `POST …/purchase-invoices/{id}/payments`: money paid to the supplier (or, for a credit note,
 * received back) against an approved purchase invoice, in its currency. The status becomes `paid`
 * when the payments cover what the supplier asks (BT-115); more than that is refused.
 */
export async function payPurchase(
  ctx: AppContext,
  actor: Actor,
  companyId: string,
  purchaseInvoiceId: string,
  input: PurchasePaymentInput,
): Promise<PurchaseOut> {
  const now = nowIso(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await lockedPurchase(trx, companyId, purchaseInvoiceId);
    if (row.status !== 'to_pay')
      throw refuseState(
        'Only an approved purchase invoice still to pay takes a payment (it is {status})',
        row.status,
      );
    const d = currencyDecimals(row.currency);
    let scaled: number;
    try {
      scaled = toMinor(canonicalDecimal(input.amount), d);
    } catch {
      throw new AppError('validation_failed', 'More decimals than {currency} has', {
        params: { currency: row.currency },
        errors: [{ path: 'amount', message: 'More decimals than {currency} has' }],
      });
    }
    const due = amountDueMinor(row);
    if (scaled > due)
      throw new AppError('rule_violation', 'The payment is more than the {due} left to pay', {
        params: { due: fromMinor(Math.max(due, 0), d) },
        errors: [{ path: 'amount', message: 'The payment is more than the {due} left to pay' }],
      });
    const paid = row.paid_minor + scaled;
    const status = paid >= row.payable_minor ? 'paid' : 'to_pay';
    const paymentId = newId();
    await repo.insertPayment(trx, {
      id: paymentId,
      company_id: companyId,
      purchase_invoice_id: purchaseInvoiceId,
      payment_date: input.date,
      amount_minor: scaled,
      method: input.method,
      reference: input.reference ?? null,
      created_by: actor.userId,
      created_at: now,
    });
    await repo.updatePurchase(trx, {
      companyId,
      purchaseInvoiceId,
      values: { paid_minor: paid, status, updated_at: now },
    });
    await audit(trx, {
      companyId,
      userId: actor.userId,
      action: 'purchase_invoice.payment_recorded',
      entityType: 'purchase_invoice',
      entityId: purchaseInvoiceId,
      data: {
        purchasePaymentId: paymentId,
        date: input.date,
        amount: fromMinor(scaled, d),
        currency: row.currency,
        status,
      },
      at: now,
    });
  });
  return getPurchase(ctx, companyId, purchaseInvoiceId);
}
