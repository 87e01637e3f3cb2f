import { Decimal, moneyString } from '../../../../src/shared/money';

/** A product's unit price (excl. VAT) as a VAT-inclusive price, with the 4 decimals a price may carry. */
export function withVat(priceExcl: string, rate: string): string {
  return new Decimal(priceExcl)
    .times(new Decimal(100).plus(new Decimal(rate)))
    .dividedBy(100)
    .toDecimalPlaces(4, Decimal.ROUND_HALF_UP)
    .toFixed();
}

/** a − b, as a money string. */
export const minus = (a: string, b: string): string => moneyString(new Decimal(a).minus(new Decimal(b)));

/** total × percent / 100, rounded to cents (a preview: the server computes the real amount). */
export const percentOf = (total: string, percent: string): string =>
  moneyString(new Decimal(total).times(new Decimal(percent)).dividedBy(100));

export const isPositive = (v: string): boolean => new Decimal(v).greaterThan(0);

/** a > b */
export const greaterThan = (a: string, b: string): boolean => new Decimal(a).greaterThan(new Decimal(b));
