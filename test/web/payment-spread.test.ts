import { describe, expect, it } from 'vitest';
import { oldestFirst, spreadOldestFirst } from '../../web/src/features/payments/spread.js';

const inv = (id: string, issueDate: string, number: string, balance: string) => ({
  id,
  issueDate,
  number,
  balance,
});

describe('spreading one payment over several invoices', () => {
  const open = oldestFirst([
    inv('c', '2026-03-01', 'F-2026-0010', '50.00'),
    inv('a', '2026-01-15', 'F-2026-0002', '100.00'),
    inv('b', '2026-01-15', 'F-2026-0001', '30.50'),
  ]);

  it('orders the invoices by issue date, then by number', () => {
    expect(open.map((i) => i.id)).toEqual(['b', 'a', 'c']);
  });

  it.each([
    ['180.50', ['30.50', '100.00', '50.00'], '0.00'],
    ['100', ['30.50', '69.50', '0.00'], '0.00'],
    ['10.01', ['10.01', '0.00', '0.00'], '0.00'],
    ['200.00', ['30.50', '100.00', '50.00'], '19.50'],
    ['0', ['0.00', '0.00', '0.00'], '0.00'],
  ])('%s → %j, %s left over', (amount, allocations, excess) => {
    expect(spreadOldestFirst(amount, open)).toEqual({ allocations, excess });
  });

  it('keeps the currency’s decimals', () => {
    expect(spreadOldestFirst('1.5', [inv('x', '2026-01-01', '1', '2.000')], 3)).toEqual({
      allocations: ['1.500'],
      excess: '0.000',
    });
  });
});
