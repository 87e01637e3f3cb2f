import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The one decimal type for money, quantities and rates (never JS numbers: 0.1 + 0.2 !== 0.3).
 *
 * A private clone of decimal.js: the library's default precision is 20 significant digits, which
 * would silently round a product such as 999999999999.999 (quantity) × 9999.9999 (unit price). 50
 * digits cover every product the documents need (12 integer + 3 decimal digits × 12 + 4, × a
 * discount factor), so the only rounding is the explicit one below.
 */
export const Decimal: typeof DecimalJs = DecimalJs.clone({
  precision: 50,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = DecimalJs;

export const dec = (v: string | Decimal): Decimal => new Decimal(v);

/**
 * Rounds half away from zero (1.005 → 1.01, -1.005 → -1.01): the commercial rounding that
 * EN 16931 and Belgian and French invoicing practice expect (decimal.js ROUND_HALF_UP).
 */
export const roundMoney = (d: string | Decimal, decimals = 2): Decimal =>
  dec(d).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);

/** "12.5" → "12.50", rounded half away from zero; never "-0.00" (a zero amount has no sign on a document). */
export function moneyString(d: string | Decimal, decimals = 2): string {
  const s = (typeof d === 'string' ? new Decimal(d) : d).toFixed(decimals, Decimal.ROUND_HALF_UP);
  return s.charCodeAt(0) === 45 && NEGATIVE_ZERO.test(s) ? s.slice(1) : s;
}
const NEGATIVE_ZERO = /^-0(?:\.0*)?$/;

/** "12.50" → 1250: exact integer minor units for storage. Throws when `value` has more decimals. */
export function toMinor(value: string, decimals = 2): number {
  // The common case, a plain decimal string, is shifted as text (exact, and no Decimal allocated).
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) return toMinorDecimal(value, decimals);
  const [, sign = '', int = '', frac = ''] = m;
  if (frac.replace(/0+$/, '').length > decimals)
    throw new RangeError(`${value} has more than ${decimals} decimals`);
  const n = Number(`${int}${frac.padEnd(decimals, '0').slice(0, decimals)}`);
  if (!Number.isSafeInteger(n)) throw new RangeError(`${value} is too large to store exactly`);
  return sign && n !== 0 ? -n : n;
}

function toMinorDecimal(value: string, decimals: number): number {
  const scaled = dec(value).times(new Decimal(10).pow(decimals));
  if (!scaled.isInteger()) throw new RangeError(`${value} has more than ${decimals} decimals`);
  const n = scaled.toNumber();
  if (!Number.isSafeInteger(n)) throw new RangeError(`${value} is too large to store exactly`);
  return n === 0 ? 0 : n;
}

/** 1250 → "12.50" (always `decimals` decimals). */
export function fromMinor(minor: number, decimals = 2): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`${minor} is not an integer amount of minor units`);
  // Shifted as text: exact, and no Decimal allocated (amounts are read far more often than computed).
  const digits = String(Math.abs(minor)).padStart(decimals + 1, '0');
  const sign = minor < 0 ? '-' : '';
  if (decimals === 0) return `${sign}${digits}`;
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

const decimalsCache = new Map<string, number>();

/** ISO 4217 minor units as the runtime's ICU knows them: EUR → 2, JPY → 0, BHD → 3. */
export function currencyDecimals(currency: string): number {
  const code = currency.toUpperCase();
  let d = decimalsCache.get(code);
  if (d === undefined) {
    d = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
      .maximumFractionDigits as number;
    decimalsCache.set(code, d);
  }
  return d;
}

/**
 * Exact sum of amounts, as a money string. Throws instead of rounding when an input has more than
 * `decimals` decimals: totals are sums of already rounded amounts (EN 16931 BR-CO-10..15).
 */
export function sumMoney(values: readonly string[], decimals = 2): string {
  const total = values.reduce((acc, v) => acc.plus(dec(v)), new Decimal(0));
  if (total.decimalPlaces() > decimals) {
    throw new RangeError(`Cannot sum amounts with more than ${decimals} decimals exactly`);
  }
  return moneyString(total, decimals);
}
