import type { DbOrTx } from '../../platform/db/index.js';
import { AppError, type FieldError } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { currencyDecimals, dec, fromMinor, moneyString, toMinor } from '../../shared/money.js';
import { type DocumentRow, settlementsOf } from '../documents/index.js';
import type { AllocationRow } from './payments.repository.js';

/** Invoices that can still be settled: issued and neither paid nor cancelled. */
const OPEN_STATUSES: readonly string[] = ['issued', 'sent', 'partially_paid'];

/** Where a problem about allocation `i` points in the request that made it. */
export type AllocationPath = (i: number, field: 'invoiceId' | 'amount' | 'exchangeRate' | 'date') => string;

export const allocationPath: AllocationPath = (i, field) =>
  field === 'date' ? 'date' : `allocations/${i}/${field}`;

/** What gives the money: a payment, or a free-standing credit note of the customer. */
export interface AllocationSource {
  kind: 'payment' | 'credit_note';
  id: string;
  contactId: string;
  currency: string;
  /** The payment's date (a payment cannot settle an invoice issued after it); null for a credit note. */
  date: string | null;
  /** What it can still give, in minor units of its currency. */
  availableMinor: number;
}

export interface AllocationRequest {
  invoiceId: string;
  amount?: string | undefined;
  exchangeRate?: string | undefined;
}

const refuse = (path: string, message: string, meta?: Record<string, string | number | null>) =>
  new AppError('rule_violation', message, { errors: [{ path, message }], ...(meta ? { meta } : {}) });

/** "12.345" in a currency of 2 decimals is a 400 naming the field, not a 500. */
export function minorOf(amount: string, currency: string, path: string): number {
  try {
    return toMinor(amount, currencyDecimals(currency));
  } catch {
    const message = 'More decimals than the currency has';
    throw new AppError('validation_failed', message, { errors: [{ path, message }] });
  }
}

/**
 * Converts minor units of one currency into another at `rate` (units of `to` per unit of `from`),
 * in decimal arithmetic, rounded half away from zero to the minor unit of `to`: the one rounding of
 * a foreign-currency payment, stated in the README.
 */
export function convertMinor(minor: number, from: string, to: string, rate: string): number {
  const toDecimals = currencyDecimals(to);
  const value = dec(fromMinor(minor, currencyDecimals(from))).times(dec(rate));
  return toMinor(moneyString(value, toDecimals), toDecimals);
}

/**
 * Checks and builds the allocations of one request against invoices read under their row lock
 * (`lockDocumentRows`): every rule about the invoice (kind, status, customer, date, currency) and
 * the amounts — never above the invoice's open balance (recomputed from the sums, counting the
 * request's earlier allocations), never above what the source can still give. Throws before
 * anything is written; returns the rows to insert and what they take from the source.
 */
export async function buildAllocations(
  trx: DbOrTx,
  p: {
    companyId: string;
    source: AllocationSource;
    requests: readonly AllocationRequest[];
    invoices: readonly DocumentRow[];
    userId: string;
    now: string;
    path: AllocationPath;
  },
): Promise<{ rows: AllocationRow[]; usedMinor: number }> {
  const byId = new Map(p.invoices.map((i) => [i.id, i]));
  const settlements = await settlementsOf(trx, p.companyId, p.invoices);
  const balances = new Map([...settlements].map(([id, s]) => [id, s.balance]));
  const src = p.source;
  const rows: AllocationRow[] = [];
  let used = 0;
  const errors: FieldError[] = [];
  for (const [i, r] of p.requests.entries()) {
    const invoice = byId.get(r.invoiceId);
    if (invoice?.kind !== 'invoice') throw refuse(p.path(i, 'invoiceId'), 'Only invoices can be paid');
    if (!OPEN_STATUSES.includes(invoice.status))
      throw refuse(
        p.path(i, 'invoiceId'),
        'Only an issued invoice that is not paid or cancelled can be settled',
        { invoiceStatus: invoice.status },
      );
    if (invoice.contact_id !== src.contactId)
      throw refuse(p.path(i, 'invoiceId'), 'The invoice is addressed to another customer');
    if (src.date !== null && src.date < invoice.issue_date)
      throw refuse(p.path(i, 'date'), 'The payment is dated before the invoice’s issue date', {
        issueDate: invoice.issue_date,
      });
    const foreign = invoice.currency !== src.currency;
    if (foreign && src.kind === 'credit_note')
      throw refuse(p.path(i, 'invoiceId'), 'The credit note and the invoice are in different currencies');
    if (foreign && !r.exchangeRate)
      throw refuse(
        p.path(i, 'exchangeRate'),
        'A payment in another currency than the invoice needs an exchange rate',
        { invoiceCurrency: invoice.currency, paymentCurrency: src.currency },
      );
    const rate = foreign ? (r.exchangeRate as string) : null;
    const toInvoice = (m: number) => (rate ? convertMinor(m, src.currency, invoice.currency, rate) : m);
    const balance = balances.get(invoice.id) ?? 0;
    let sourceMinor: number;
    let invoiceMinor: number;
    if (r.amount !== undefined) {
      sourceMinor = minorOf(r.amount, src.currency, p.path(i, 'amount'));
      invoiceMinor = toInvoice(sourceMinor);
      if (invoiceMinor > balance)
        throw refuse(p.path(i, 'amount'), 'The amount is larger than the invoice’s open balance', {
          openBalance: fromMinor(balance, currencyDecimals(invoice.currency)),
        });
    } else {
      // The invoice's balance, or what remains of the source if that is less.
      const remaining = src.availableMinor - used;
      const remainingOnInvoice = remaining > 0 ? toInvoice(remaining) : 0;
      if (remainingOnInvoice <= balance) {
        sourceMinor = remaining;
        invoiceMinor = remainingOnInvoice;
      } else {
        invoiceMinor = balance;
        // What the balance costs in the source's currency, rounded as any conversion is.
        sourceMinor = rate
          ? Math.min(
              remaining,
              convertMinor(balance, invoice.currency, src.currency, dec('1').div(rate).toString()),
            )
          : balance;
      }
    }
    if (invoiceMinor <= 0 || sourceMinor <= 0)
      throw refuse(
        p.path(i, r.amount === undefined ? 'invoiceId' : 'amount'),
        balance <= 0 ? 'This invoice has nothing left to pay' : 'Nothing is left to allocate',
      );
    used += sourceMinor;
    if (used > src.availableMinor)
      errors.push({
        path: p.path(i, 'amount'),
        message: 'The allocations are larger than what is left to allocate',
      });
    balances.set(invoice.id, balance - invoiceMinor);
    rows.push({
      id: newId(),
      company_id: p.companyId,
      payment_id: src.kind === 'payment' ? src.id : null,
      credit_note_id: src.kind === 'credit_note' ? src.id : null,
      invoice_id: invoice.id,
      amount_minor: invoiceMinor,
      source_amount_minor: sourceMinor,
      exchange_rate: rate,
      created_by: p.userId,
      created_at: p.now,
    });
  }
  if (errors.length > 0)
    throw new AppError('rule_violation', 'The allocations are larger than what is left to allocate', {
      errors,
      meta: { available: fromMinor(src.availableMinor, currencyDecimals(src.currency)) },
    });
  return { rows, usedMinor: used };
}
