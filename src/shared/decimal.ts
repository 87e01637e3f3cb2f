import { Decimal } from 'decimal.js';
import { z } from 'zod';

/**
 * Decimal strings as the API carries them: digits, an optional dot and decimals ("12.50"). No
 * exponent ("1e3"), no comma ("12,50"), no sign unless allowed: the UI converts the locale's format.
 */
export const decimalString = (opts: { maxDecimals: number; allowNegative?: boolean }) =>
  z
    .string()
    .trim()
    .refine(
      (v) =>
        new RegExp(`^${opts.allowNegative ? '-?' : ''}\\d{1,12}(\\.\\d{1,${opts.maxDecimals}})?$`).test(v),
      opts.allowNegative
        ? `A decimal number with at most ${opts.maxDecimals} decimals, such as 12.50`
        : `A positive decimal number with at most ${opts.maxDecimals} decimals, such as 12.50`,
    );

/** "12.5" with scale 4 → 125000 (exact, via decimal arithmetic). */
export function toScaled(value: string, scale: number): number {
  const n = new Decimal(value).times(new Decimal(10).pow(scale));
  if (!n.isInteger()) throw new Error(`${value} has more than ${scale} decimals`);
  return n.toNumber();
}

/** 125000 with scale 4 → "12.50" (at least `minDecimals`, trailing zeros beyond trimmed). */
export function fromScaled(value: number, scale: number, minDecimals = 2): string {
  const d = new Decimal(value).dividedBy(new Decimal(10).pow(scale));
  const fixed = d.toFixed(scale);
  const [int, frac = ''] = fixed.split('.');
  const trimmed = frac.replace(/0+$/, '').padEnd(minDecimals, '0');
  return trimmed ? `${int}.${trimmed}` : `${int}`;
}

/** Canonical form of a decimal string: "05.50" → "5.5", "21.0" → "21". */
export const canonicalDecimal = (value: string): string => new Decimal(value).toString();
