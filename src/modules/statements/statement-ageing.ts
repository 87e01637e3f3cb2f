import { daysBetween } from '../../shared/dates.js';

/**
 * Ageing of open amounts: how many whole days past its due date an invoice is on the statement's
 * date, and which bucket that puts it in. An invoice due today is not overdue yet; one without a due
 * date is due on its issue date.
 */
export const AGEING_BUCKETS = ['notDue', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

/** Whole days overdue on `asOf` (0 when not yet due). */
export function daysOverdue(invoice: { dueDate: string | null; issueDate: string }, asOf: string): number {
  return Math.max(0, daysBetween(invoice.dueDate ?? invoice.issueDate, asOf));
}

export function ageingBucket(days: number): AgeingBucket {
  if (days <= 0) return 'notDue';
  if (days <= 30) return 'days1to30';
  if (days <= 60) return 'days31to60';
  if (days <= 90) return 'days61to90';
  return 'over90';
}
