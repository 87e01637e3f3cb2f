import type { DbOrTx } from '../../platform/db/index.js';
import { AppError } from '../../shared/errors.js';
import { currencyDecimals, fromMinor } from '../../shared/money.js';
import { openBalanceMinor } from './document-balance.js';
import { type InvoiceStatus, invoiceStatusForBalance } from './document-status.js';
import * as repo from './documents.repository.js';
import { recordEvent } from './lifecycle.service.js';

/**
 * Settlement of invoices: the one path by which an invoice's credited and paid amounts and its
 * status change after issue. The amounts are recomputed from SQL sums over what settles it (credit
 * notes made of it, allocations of payments and of credit notes), never incremented, inside the
 * transaction that changed those rows and under the invoice's row lock (`lockDocuments`).
 */

export interface Settlement {
  /** Credit notes made of the invoice. */
  credited: number;
  /** Allocations of payments. */
  paid: number;
  /** Allocations of free-standing credit notes. */
  applied: number;
  /** The open balance after all of them, by the one rule (document-balance.ts). */
  balance: number;
}

/** Locks documents of the company (row locks on PostgreSQL) and reads them, in id order. */
export const lockDocumentRows = (trx: DbOrTx, companyId: string, ids: readonly string[]) =>
  repo.lockDocuments(trx, { companyId, ids: [...new Set(ids)].sort() });

/** What settles each invoice now, from the sums (call it under the invoices' lock). */
export async function settlementsOf(
  trx: DbOrTx,
  companyId: string,
  invoices: readonly repo.DocumentRow[],
): Promise<Map<string, Settlement>> {
  const sums = await repo.settlementSums(trx, { companyId, invoiceIds: invoices.map((i) => i.id) });
  const out = new Map<string, Settlement>();
  for (const inv of invoices) {
    const s = sums.get(inv.id) ?? { credited: 0, paid: 0, applied: 0 };
    const balance =
      openBalanceMinor({ ...inv, credited_minor: s.credited + s.applied, paid_minor: s.paid }) ?? 0;
    out.set(inv.id, { ...s, balance });
  }
  return out;
}

export interface SettleEvent {
  /** The timeline's action: `payment_recorded`, `payment_deleted`, `credit_applied`, `credited`… */
  action: string;
  data: Record<string, unknown>;
}

/**
 * Writes each invoice's cache columns and status from the sums, and puts the change on its timeline
 * (and so in the audit log). `invoices` are the rows read under the lock, before the change.
 */
export async function settleInvoices(
  trx: DbOrTx,
  p: {
    companyId: string;
    invoices: readonly repo.DocumentRow[];
    userId: string | null;
    now: string;
    event: (invoice: repo.DocumentRow) => SettleEvent | null;
  },
): Promise<void> {
  const settlements = await settlementsOf(trx, p.companyId, p.invoices);
  for (const inv of p.invoices) {
    const s = settlements.get(inv.id);
    if (!s) continue;
    // Every path that settles checks its amount against what remains open, under this lock: a
    // negative balance here is a bug, and the transaction is rolled back rather than stored.
    if (s.balance < 0) throw new Error(`Invoice ${inv.id} would owe ${s.balance} minor units`);
    const current = inv.status as InvoiceStatus;
    let status = invoiceStatusForBalance({
      current,
      payableMinor: inv.payable_minor,
      creditedMinor: s.credited,
      paidMinor: s.paid,
      appliedCreditMinor: s.applied,
    });
    // Back to unpaid: sent or issued as it was before the payments, by its timeline.
    if ((status === 'sent' || status === 'issued') && current !== status)
      status = invoiceStatusForBalance({
        current,
        payableMinor: inv.payable_minor,
        creditedMinor: s.credited,
        paidMinor: s.paid,
        appliedCreditMinor: s.applied,
        wasSent: await repo.lastSentOrIssued(trx, { companyId: p.companyId, documentId: inv.id }),
      });
    await repo.updateDocument(trx, {
      companyId: p.companyId,
      documentId: inv.id,
      values: {
        credited_minor: s.credited + s.applied,
        paid_minor: s.paid,
        status,
        updated_at: p.now,
      },
    });
    const e = p.event(inv);
    if (e)
      await recordEvent(trx, {
        companyId: p.companyId,
        documentId: inv.id,
        kind: 'invoice',
        action: e.action,
        from: inv.status,
        to: status,
        userId: p.userId,
        at: p.now,
        data: e.data,
      });
  }
}

/**
 * An issued credit note made of an invoice reduces that invoice, inside the issuing transaction. It
 * may never take more than what remains of the invoice after its other credit notes (checked on
 * the sums, under the invoice's row lock).
 */
export async function applyCreditNoteToSource(
  trx: DbOrTx,
  p: { userId: string | null; invoiceId: string; note: repo.DocumentRow; now: string },
): Promise<void> {
  const [invoice] = await lockDocumentRows(trx, p.note.company_id, [p.invoiceId]);
  if (invoice?.kind !== 'invoice') return;
  const s = (await settlementsOf(trx, invoice.company_id, [invoice])).get(invoice.id);
  // The sums already count this note: it was issued earlier in this transaction.
  if (s && s.credited + s.applied > invoice.payable_minor)
    throw new AppError(
      'credit_exceeds_remaining',
      'The credit note is larger than what remains of the invoice',
      {
        meta: { remaining: invoice.payable_minor - (s.credited + s.applied - p.note.payable_minor) },
      },
    );
  const released = s ? await releaseOverCredit(trx, invoice, s) : 0;
  await settleInvoices(trx, {
    companyId: invoice.company_id,
    invoices: [invoice],
    userId: p.userId,
    now: p.now,
    event: () => ({
      action: 'credited',
      data: {
        creditNote: p.note.number,
        creditNoteId: p.note.id,
        ...(released > 0
          ? {
              releasedToCredit: fromMinor(released, currencyDecimals(invoice.currency)),
              currency: invoice.currency,
            }
          : {}),
      },
    }),
  });
}

/**
 * A credit note made of an invoice that was already (partly) paid takes off more than what remains
 * open: the invoice would owe a negative amount. What was paid beyond what is now owed goes back to
 * the customer's credit instead — the newest allocations first, shrunk or removed — so that the money
 * stays the customer's (usable on a later invoice or refunded, on the statement as credit) and the
 * invoice's balance never goes below zero. Returns what was released, in the invoice's minor units.
 *
 * This writes `payment_allocations`, the payments module's table, because the credit note is issued
 * here, inside the documents module's transaction and under the invoice's row lock; the payments
 * module reads its allocations back from the table and needs no notice.
 */
async function releaseOverCredit(trx: DbOrTx, invoice: repo.DocumentRow, s: Settlement): Promise<number> {
  const over = s.credited + s.applied + s.paid - invoice.payable_minor;
  let excess = over;
  if (excess <= 0) return 0;
  for (const a of await repo.allocationsOfInvoice(trx, {
    companyId: invoice.company_id,
    invoiceId: invoice.id,
  })) {
    if (excess <= 0) break;
    const take = Math.min(excess, a.amount_minor);
    const amount = a.amount_minor - take;
    const source =
      amount === 0 ? 0 : Math.round((a.source_amount_minor * amount) / Math.max(a.amount_minor, 1));
    await repo.shrinkAllocation(trx, {
      companyId: invoice.company_id,
      allocationId: a.id,
      amount,
      source,
    });
    excess -= take;
  }
  return over - excess;
}
