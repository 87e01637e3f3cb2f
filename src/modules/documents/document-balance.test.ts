import { describe, expect, it } from 'vitest';
import { hasBalance, openBalanceMinor } from './document-balance.js';

const row = (kind: string, status: string, payable: number, credited: number, paid: number) => ({
  kind,
  status,
  payable_minor: payable,
  credited_minor: credited,
  paid_minor: paid,
});

describe('open balance', () => {
  it.each([
    [row('invoice', 'issued', 12100, 0, 0), 12100],
    [row('invoice', 'sent', 12100, 2100, 0), 10000],
    [row('invoice', 'partially_paid', 12100, 2100, 5000), 5000],
    [row('invoice', 'paid', 12100, 0, 12100), 0],
    [row('invoice', 'cancelled', 12100, 12100, 0), 0],
    [row('invoice', 'draft', 12100, 0, 0), null],
    [row('credit_note', 'issued', 12100, 0, 0), null],
    [row('quote', 'sent', 12100, 0, 0), null],
  ] as const)('%o → %s', (input, expected) => {
    expect(openBalanceMinor(input)).toBe(expected);
    expect(hasBalance(input)).toBe(expected !== null);
  });
});
