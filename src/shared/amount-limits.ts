import { Decimal } from 'decimal.js';

/**
 * The largest values the API takes, so that every amount a document can compute is stored exactly
 * (integer minor units within 2^53 on both engines) and no input can overflow a sum. Documented in the
 * README ("Limits"). With at most 500 lines of at most MAX_LINE_AMOUNT each and VAT of at most 100 %,
 * a document's total stays below 10^13 currency units, 10^15 cents.
 */
export const AMOUNT_LIMITS = {
  /** Digits before the decimal point of a quantity (999,999,999.999). */
  quantityDigits: 9,
  /** Digits before the decimal point of a unit price (999,999,999.9999). */
  unitPriceDigits: 9,
  /** Digits before the decimal point of an amount typed as such (a deposit, a credit note's amount). */
  amountDigits: 10,
  /** quantity × unit price of one line, in absolute value. */
  maxLineAmount: '9999999999.99',
  /** A VAT rate, in percent. */
  maxVatRate: 100,
} as const;

const MAX_LINE = new Decimal(AMOUNT_LIMITS.maxLineAmount);

export const LINE_AMOUNT_MESSAGE = 'A line’s amount (quantity × unit price) may not exceed 9,999,999,999.99';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * quantity × unit price within the limit. True when either is not a decimal string: zod runs an
 * object's refinements even after one of its fields failed, and that field's own error is the answer.
 */
export const lineAmountWithinLimit = (quantity: unknown, unitPrice: unknown): boolean =>
  typeof quantity !== 'string' ||
  typeof unitPrice !== 'string' ||
  !DECIMAL.test(quantity) ||
  !DECIMAL.test(unitPrice) ||
  new Decimal(quantity).times(new Decimal(unitPrice)).abs().lessThanOrEqualTo(MAX_LINE);
