/**
 * Which bank transactions settle which invoices for certain: the first rule of reconciliation, by
 * structured communication or RF creditor reference. Pure: the service loads the transactions and
 * the invoices their references name, and applies what this decides.
 *
 * A match is certain when the money came in, the reference names an open invoice of the company in
 * the same currency, and the amount does not exceed what is left to pay on it (several transfers for
 * one invoice each take their part; a partial payment is recorded as such). A transfer larger than
 * the balance, in another currency, or for an invoice already paid is left for a person to decide.
 */

export interface ReferencedTransaction {
  id: string;
  amountMinor: number;
  currency: string;
  /** Normalised: 12 digits, or RF… */
  structuredReference: string;
}

export interface OpenInvoice {
  id: string;
  number: string | null;
  contactId: string | null;
  currency: string;
  status: string;
  /** What is left to pay, in minor units of its currency. */
  openMinor: number;
}

export interface CertainMatch {
  transactionId: string;
  invoiceId: string;
  contactId: string;
  amountMinor: number;
  evidence: {
    rule: 'structured_reference';
    reference: string;
    invoiceNumber: string | null;
    partial: boolean;
  };
}

const OPEN = new Set(['issued', 'sent', 'partially_paid']);

export function certainMatches(
  transactions: readonly ReferencedTransaction[],
  invoiceByReference: ReadonlyMap<string, OpenInvoice>,
): CertainMatch[] {
  const left = new Map<string, number>();
  const matches: CertainMatch[] = [];
  for (const t of transactions) {
    if (t.amountMinor <= 0) continue;
    const invoice = invoiceByReference.get(t.structuredReference);
    if (!invoice?.contactId || !OPEN.has(invoice.status) || invoice.currency !== t.currency) continue;
    const open = left.get(invoice.id) ?? invoice.openMinor;
    if (t.amountMinor > open) continue;
    left.set(invoice.id, open - t.amountMinor);
    matches.push({
      transactionId: t.id,
      invoiceId: invoice.id,
      contactId: invoice.contactId,
      amountMinor: t.amountMinor,
      evidence: {
        rule: 'structured_reference',
        reference: t.structuredReference,
        invoiceNumber: invoice.number,
        partial: t.amountMinor < open,
      },
    });
  }
  return matches;
}
