import { Decimal } from 'decimal.js';
import { z } from 'zod';

/**
 * Decimal strings as the API carries them: digits, an optional dot and decimals ("12.50"). No
 * exponent ("1e3"), no comma ("12,50"), no sign unless allowed: the UI converts the locale's format.
 */
export const decimalString = (opts: {
  maxDecimals: number;
  allowNegative?: boolean;
  /**
   * Digits before the decimal point (leading zeros aside). The default keeps the value times
   * 10^maxDecimals within 2^53, so that storing it as a scaled integer is exact and never overflows.
   */
  maxIntegerDigits?: number;
}) => {
  const maxDigits = opts.maxIntegerDigits ?? Math.min(12, 15 - opts.maxDecimals);
  const shape = new RegExp(`^${opts.allowNegative ? '-?' : ''}\\d+(\\.\\d{1,${opts.maxDecimals}})?$`);
  return z
    .string()
    .trim()
    .refine(
      (v) => shape.test(v),
      opts.allowNegative
        ? `A decimal number with at most ${opts.maxDecimals} decimals, such as 12.50`
        : `A positive decimal number with at most ${opts.maxDecimals} decimals, such as 12.50`,
    )
    .refine(
      // Judges only well-formed values, so that a malformed one gets the format message alone.
      (v) =>
        !shape.test(v) ||
        (v.replace(/^-/, '').split('.')[0] ?? '').replace(/^0+(?=\d)/, '').length <= maxDigits,
      `At most ${maxDigits} digits before the decimal point`,
    );
};

/**
 * "12.5" with scale 4 → 125000. Exact: the decimal string is shifted as text (no binary float ever
 * holds the value), then read as an integer; more decimals than `scale` is an error.
 */
export function toScaled(value: string, scale: number): number {
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!m) {
    // Anything else (exponent forms) goes through decimal arithmetic.
    const n = new Decimal(value).times(new Decimal(10).pow(scale));
    if (!n.isInteger()) throw new Error(`${value} has more than ${scale} decimals`);
    return n.toNumber();
  }
  const [, sign = '', int = '', frac = ''] = m;
  if (frac.replace(/0+$/, '').length > scale) throw new Error(`${value} has more than ${scale} decimals`);
  const digits = `${int}${frac.padEnd(scale, '0').slice(0, scale)}`.replace(/^0+(?=\d)/, '');
  const n = Number.parseInt(digits || '0', 10);
  if (!Number.isSafeInteger(n)) throw new Error(`${value} is too large`);
  return sign && n !== 0 ? -n : n;
}

/** 125000 with scale 4 → "12.50" (at least `minDecimals`, trailing zeros beyond trimmed). Exact, as text. */
export function fromScaled(value: number, scale: number, minDecimals = 2): string {
  if (!Number.isSafeInteger(value)) throw new Error(`${value} is not an integer`);
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value)).padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  const frac = digits
    .slice(digits.length - scale)
    .replace(/0+$/, '')
    .padEnd(minDecimals, '0');
  return frac ? `${sign}${int}.${frac}` : `${sign}${int}`;
}

/** Canonical form of a decimal string: "05.50" → "5.5", "21.0" → "21". */
export const canonicalDecimal = (value: string): string => new Decimal(value).toString();
