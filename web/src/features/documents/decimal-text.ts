import { currentLocale } from '../../lib/i18n';
import { decimalSeparator } from '../catalog/catalog-format';

export type ParsedDecimal =
  | { ok: true; value: string }
  | { ok: false; reason: 'empty' | 'format' | 'decimals' | 'negative' };

/**
 * What the user typed ("12,50", "1 250,5", "1.250,50", "12.5", "-3") as the API's decimal string
 * ("12.50" style: a dot, no grouping). Both separators are accepted whatever the UI language: the
 * numeric keypad of a Belgian keyboard types a dot. With both present, the last one is the decimal
 * separator; one repeated separator is a thousands separator.
 */
export function parseDecimal(
  text: string,
  opts: { maxDecimals: number; allowNegative?: boolean },
): ParsedDecimal {
  let s = text.trim().replace(/[\s\u00a0\u202f'’]/g, '');
  if (s === '') return { ok: false, reason: 'empty' };
  let negative = false;
  if (s.startsWith('-') || s.startsWith('−')) {
    negative = true;
    s = s.slice(1);
  }
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma !== -1 && lastDot !== -1) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    s = s.split(group).join('').replace(decimal, '.');
  } else if (lastComma !== -1 || lastDot !== -1) {
    const sep = lastComma !== -1 ? ',' : '.';
    const count = s.split(sep).length - 1;
    s = count > 1 ? s.split(sep).join('') : s.replace(sep, '.');
  }
  const match = /^(\d*)(?:\.(\d*))?$/.exec(s);
  if (!match || (match[1] === '' && !match[2])) return { ok: false, reason: 'format' };
  const whole = (match[1] || '0').replace(/^0+(?=\d)/, '');
  const decimals = (match[2] ?? '').replace(/0+$/, '');
  if (decimals.length > opts.maxDecimals) return { ok: false, reason: 'decimals' };
  const isZero = /^0*$/.test(whole) && decimals === '';
  if (negative && !isZero && !opts.allowNegative) return { ok: false, reason: 'negative' };
  const value = `${negative && !isZero ? '-' : ''}${whole}${decimals ? `.${decimals}` : ''}`;
  return { ok: true, value };
}

/** "12.5" → "12,50" (fr, nl) with at least `minDecimals` decimals: how a field shows a stored value. */
export function decimalToText(value: string | null | undefined, minDecimals = 0, locale = currentLocale()) {
  if (value === null || value === undefined || value === '') return '';
  const negative = value.startsWith('-');
  const [whole = '0', decimals = ''] = value.replace(/^-/, '').split('.');
  const trimmed = decimals.replace(/0+$/, '').padEnd(minDecimals, '0');
  const sep = decimalSeparator(locale);
  return `${negative ? '-' : ''}${whole}${trimmed ? `${sep}${trimmed}` : ''}`;
}

/** The text of a field reformatted on blur ("12.5" → "12,50"); left as typed when it does not parse. */
export function normaliseDecimalText(
  text: string,
  opts: { maxDecimals: number; allowNegative?: boolean; minDecimals?: number },
): string {
  const parsed = parseDecimal(text, opts);
  return parsed.ok ? decimalToText(parsed.value, opts.minDecimals ?? 0) : text;
}

/** "12.5" → "12.50", "12" → "12.00": amounts and prices travel with at least two decimals. */
export function withCents(value: string): string {
  const [whole, decimals = ''] = value.split('.');
  return `${whole}.${decimals.padEnd(2, '0')}`;
}
