import { describe, expect, it } from 'vitest';
import { certainMatches, type OpenInvoice, type ReferencedTransaction } from './reconcile-rules.js';

const invoice = (over: Partial<OpenInvoice> = {}): OpenInvoice => ({
  id: 'inv-1',
  number: 'F-2026-00012',
  contactId: 'c-1',
  currency: 'EUR',
  status: 'sent',
  openMinor: 12_100,
  ...over,
});
const tx = (
  id: string,
  amountMinor: number,
  over: Partial<ReferencedTransaction> = {},
): ReferencedTransaction => ({
  id,
  amountMinor,
  currency: 'EUR',
  structuredReference: '090933755493',
  ...over,
});
const byRef = (...invoices: Array<[string, OpenInvoice]>) => new Map(invoices);

describe('certain matches by structured reference', () => {
  it('pays the invoice the reference names, in full or in part', () => {
    const refs = byRef(['090933755493', invoice()]);
    expect(certainMatches([tx('t1', 12_100)], refs)).toEqual([
      {
        transactionId: 't1',
        invoiceId: 'inv-1',
        contactId: 'c-1',
        amountMinor: 12_100,
        evidence: {
          rule: 'structured_reference',
          reference: '090933755493',
          invoiceNumber: 'F-2026-00012',
          partial: false,
        },
      },
    ]);
    expect(certainMatches([tx('t1', 5_000)], refs)[0]?.evidence.partial).toBe(true);
  });

  it('lets several transfers share one invoice up to its balance, and leaves the one beyond it', () => {
    const refs = byRef(['090933755493', invoice()]);
    const m = certainMatches([tx('a', 6_000), tx('b', 6_100), tx('c', 1)], refs);
    expect(m.map((x) => [x.transactionId, x.amountMinor, x.evidence.partial])).toEqual([
      ['a', 6_000, true],
      ['b', 6_100, false],
    ]);
  });

  it('leaves for a person: more than the balance, another currency, money out, a paid or cancelled invoice, an unknown reference', () => {
    expect(certainMatches([tx('t', 12_101)], byRef(['090933755493', invoice()]))).toEqual([]);
    expect(certainMatches([tx('t', 100, { currency: 'USD' })], byRef(['090933755493', invoice()]))).toEqual(
      [],
    );
    expect(certainMatches([tx('t', -100)], byRef(['090933755493', invoice()]))).toEqual([]);
    for (const status of ['paid', 'cancelled', 'draft'])
      expect(certainMatches([tx('t', 100)], byRef(['090933755493', invoice({ status })]))).toEqual([]);
    expect(
      certainMatches(
        [tx('t', 100, { structuredReference: '010806817183' })],
        byRef(['090933755493', invoice()]),
      ),
    ).toEqual([]);
  });

  it('matches an RF creditor reference the same way', () => {
    const refs = byRef(['RF18539007547034', invoice()]);
    expect(certainMatches([tx('t', 100, { structuredReference: 'RF18539007547034' })], refs)).toHaveLength(1);
  });
});
