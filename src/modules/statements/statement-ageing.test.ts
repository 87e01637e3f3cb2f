import { describe, expect, it } from 'vitest';
import { ageingBucket, daysOverdue } from './statement-ageing.js';

describe('ageing buckets', () => {
  it.each([
    [0, 'notDue'],
    [1, 'days1to30'],
    [30, 'days1to30'],
    [31, 'days31to60'],
    [60, 'days31to60'],
    [61, 'days61to90'],
    [90, 'days61to90'],
    [91, 'over90'],
    [400, 'over90'],
  ] as const)('%i days overdue → %s', (days, bucket) => {
    expect(ageingBucket(days)).toBe(bucket);
  });

  it.each([
    ['2026-12-03', '2026-12-03', 0],
    ['2026-12-04', '2026-12-03', 0],
    ['2026-11-03', '2026-12-03', 30],
    ['2026-02-28', '2026-03-01', 1],
    ['2024-02-28', '2024-03-01', 2],
  ])('due %s, as of %s → %i days overdue', (dueDate, asOf, days) => {
    expect(daysOverdue({ dueDate, issueDate: '2020-01-01' }, asOf)).toBe(days);
  });

  it('counts from the issue date when there is no due date', () => {
    expect(daysOverdue({ dueDate: null, issueDate: '2026-11-02' }, '2026-12-03')).toBe(31);
  });
});
