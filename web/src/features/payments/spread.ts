import { Decimal } from '../../../../src/shared/money.js';

export interface OpenItem {
  id: string;
  issueDate: string;
  number: string | null;
  /** What is left to pay, as a decimal string ("120.50"). */
  balance: string;
}

/** Oldest first: by issue date, then by number (the series' order within a day). */
export function oldestFirst<T extends Pick<OpenItem, 'issueDate' | 'number'>>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => a.issueDate.localeCompare(b.issueDate) || (a.number ?? '').localeCompare(b.number ?? ''),
  );
}

/**
 * One amount spread over open invoices, oldest first: each takes its whole balance while the amount
 * lasts, the next one what remains, the rest nothing. Returns decimal strings with the currency's
 * decimals, in the order given (call `oldestFirst` first), and what is left over.
 */
export function spreadOldestFirst(
  amount: string,
  items: readonly OpenItem[],
  decimals = 2,
): { allocations: string[]; excess: string } {
  let left = new Decimal(amount);
  const allocations = items.map((item) => {
    const take = Decimal.min(Decimal.max(left, 0), new Decimal(item.balance));
    left = left.minus(take);
    return take.toFixed(decimals);
  });
  return { allocations, excess: Decimal.max(left, 0).toFixed(decimals) };
}

/** The sum of decimal strings (empty or unreadable parts count as zero: the fields judge those). */
export function sumOf(values: readonly string[], decimals = 2): string {
  return values
    .reduce((total, v) => {
      try {
        return total.plus(new Decimal(v === '' ? '0' : v));
      } catch {
        return total;
      }
    }, new Decimal(0))
    .toFixed(decimals);
}

/** a − b as a decimal string. */
export const difference = (a: string, b: string, decimals = 2): string =>
  new Decimal(a).minus(new Decimal(b)).toFixed(decimals);

export const isMore = (a: string, b: string): boolean => new Decimal(a).greaterThan(new Decimal(b));
export const isZero = (a: string): boolean => new Decimal(a).isZero();
