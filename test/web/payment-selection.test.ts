import { describe, expect, it } from 'vitest';
import { paymentSelectionProblem } from '../../web/src/features/payments/selection.js';

const inv = (contactId: string | null, currency: string) => ({
  id: `${contactId}-${currency}`,
  number: 'F-2026-00001',
  issueDate: '2026-11-01',
  currency,
  balance: '10.00',
  contactId,
  contactName: contactId,
  status: 'issued' as const,
});

describe('which open invoices one payment can settle', () => {
  it.each([
    ['one invoice', [inv('a', 'EUR')], null],
    ['one customer, one currency', [inv('a', 'EUR'), inv('a', 'EUR')], null],
    ['two customers', [inv('a', 'EUR'), inv('b', 'EUR'), inv('b', 'EUR')], { reason: 'customers', count: 2 }],
    [
      'one customer, two currencies (named in order)',
      [inv('a', 'USD'), inv('a', 'EUR')],
      { reason: 'currencies', currencies: ['EUR', 'USD'] },
    ],
    ['customers before currencies', [inv('a', 'USD'), inv('b', 'EUR')], { reason: 'customers', count: 2 }],
  ])('%s', (_name, invoices, expected) => {
    expect(paymentSelectionProblem(invoices)).toEqual(expected);
  });
});
