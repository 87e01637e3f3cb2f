import { nowIso } from '../../platform/clock.js';
import type { AppContext } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/db/constraints.js';
import { AppError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { currencyDecimals, fromMinor } from '../../shared/money.js';
import {
  findInvoicesByPaymentReference,
  formatStructuredCommunication,
  openBalanceMinor,
} from '../documents/index.js';
import { recordPayment } from '../payments/index.js';
import * as repo from './banking.repository.js';
import { certainMatches, type OpenInvoice } from './reconcile-rules.js';

/** How a reference is stored on an invoice: "+++090/9337/55493+++" for the 12 digits, RF… as is. */
const storedForm = (reference: string) =>
  /^\d{12}$/.test(reference) ? formatStructuredCommunication(reference) : reference;

/**
 * Applies the certain matches among an import's incoming transactions that are not reconciled yet:
 * for each, a payment by bank transfer is recorded on the invoice (its status, and the reminders that
 * follow it, change with it) together with the match, in one transaction. The match's unique key per
 * transaction makes a second run, or a second worker, record nothing more. Answers how many matched.
 */
export async function reconcileImport(
  ctx: AppContext,
  p: { companyId: string; importId: string },
): Promise<number> {
  const found = await repo.unmatchedReferencedTransactions(ctx.db, p);
  if (found.transactions.length === 0 || !found.actorId) return 0;
  const references = [...new Set(found.transactions.map((t) => t.structured_reference))];
  const invoices = await findInvoicesByPaymentReference(ctx.db, {
    companyId: p.companyId,
    references: references.map(storedForm),
  });
  const byReference = new Map<string, OpenInvoice>();
  for (const i of invoices) {
    const reference = i.payment_reference?.replace(/[^0-9A-Z]/gi, '').toUpperCase() ?? '';
    byReference.set(reference, {
      id: i.id,
      number: i.number,
      contactId: i.contact_id,
      currency: i.currency,
      status: i.status,
      openMinor: openBalanceMinor(i) ?? 0,
    });
  }
  const matches = certainMatches(
    found.transactions.map((t) => ({
      id: t.id,
      amountMinor: Number(t.amount_minor),
      currency: t.currency,
      structuredReference: t.structured_reference,
    })),
    byReference,
  );
  const byId = new Map(found.transactions.map((t) => [t.id, t]));
  let matched = 0;
  for (const m of matches) {
    const t = byId.get(m.transactionId);
    if (!t) continue;
    try {
      await recordPayment(
        ctx,
        { userId: found.actorId },
        p.companyId,
        {
          contactId: m.contactId,
          date: t.booking_date,
          amount: fromMinor(m.amountMinor, currencyDecimals(t.currency)),
          currency: t.currency,
          method: 'bank_transfer',
          reference: (t.bank_reference ?? storedForm(t.structured_reference)).slice(0, 140),
          note: t.counterparty_name ? `${t.counterparty_name}`.slice(0, 500) : undefined,
          unallocated: 'refuse',
          allocations: [
            { invoiceId: m.invoiceId, amount: fromMinor(m.amountMinor, currencyDecimals(t.currency)) },
          ],
        },
        undefined,
        (trx, paymentId) =>
          repo.insertMatch(trx, {
            id: newId(),
            company_id: p.companyId,
            transaction_id: t.id,
            payment_id: paymentId,
            invoice_id: m.invoiceId,
            kind: 'auto',
            rule: m.evidence.rule,
            evidence: JSON.stringify(m.evidence),
            created_by: null,
            created_at: nowIso(ctx.clock),
          }),
      );
      matched++;
    } catch (e) {
      // Reconciled meanwhile by another run (the unique key rolled this payment back), or the
      // invoice changed since it was read (paid, cancelled): nothing recorded, nothing to retry.
      if (isUniqueViolation(e) || e instanceof AppError) {
        ctx.log.info(
          { transactionId: t.id, reason: e instanceof Error ? e.message : String(e) },
          'bank match skipped',
        );
        continue;
      }
      throw e;
    }
  }
  return matched;
}
