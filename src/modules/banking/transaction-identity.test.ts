import { describe, expect, it } from 'vitest';
import type { ParsedTransaction } from './formats/types.js';
import { TransactionIdentities } from './transaction-identity.js';

const tx = (over: Partial<ParsedTransaction> = {}): ParsedTransaction => ({
  bookingDate: '2026-11-03',
  valueDate: '2026-11-03',
  amount: '-4.50',
  currency: 'EUR',
  counterpartyName: 'Café du Coin',
  counterpartyIban: null,
  counterpartyAccount: null,
  counterpartyBic: null,
  structuredReference: null,
  remittanceText: 'Carte 1234',
  bankReference: null,
  endToEndId: null,
  bankTransactionCode: 'PMNT/CCRD/POSD',
  position: 'line 1',
  ...over,
});

describe('transaction identity', () => {
  it('tells two identical payments of one day apart, and finds them again in a later file', () => {
    const first = new TransactionIdentities();
    const a = [first.next(tx()), first.next(tx())];
    expect(a[0]).not.toBe(a[1]);
    // A later statement repeating the day, with a third identical payment: only that one is new.
    const second = new TransactionIdentities();
    const b = [second.next(tx()), second.next(tx()), second.next(tx())];
    expect(b.slice(0, 2)).toEqual(a);
    expect(a).not.toContain(b[2]);
  });

  it('is the same whatever the position in the file, the value date or the transaction code', () => {
    const id = (t: ParsedTransaction) => new TransactionIdentities().next(t);
    expect(id(tx({ position: 'line 90', valueDate: '2026-11-04', bankTransactionCode: null }))).toBe(
      id(tx()),
    );
    expect(id(tx({ remittanceText: 'carte   1234' }))).toBe(id(tx()));
  });

  it('differs with the amount, the date, the reference or the counterparty', () => {
    const id = (t: ParsedTransaction) => new TransactionIdentities().next(t);
    const base = id(tx());
    for (const over of [
      { amount: '-4.51' },
      { bookingDate: '2026-11-04' },
      { bankReference: 'REF1' },
      { counterpartyIban: 'BE68539007547034' },
      { structuredReference: '010806817183' },
      { currency: 'USD' },
    ])
      expect(id(tx(over)), JSON.stringify(over)).not.toBe(base);
  });
});
