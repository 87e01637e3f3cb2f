import type { TFunction } from 'i18next';
import { parseTypedNumber, type TypedNumber } from '../../../../src/shared/typed-number';
import { currentLanguage, currentLocale } from '../../lib/i18n';
import { decimalSeparator } from '../catalog/catalog-format';

export type ParsedDecimal = TypedNumber;

/** What a numeric field holds, for the one message each kind says when the text is not a number. */
export type NumberFieldKind = 'amount' | 'quantity' | 'percent';

/**
 * What the user typed ("120,50 €", "1 250,5", "1.250,50", "12.5", "-3") as the API's decimal string
 * ("12.50" style: a dot, no grouping), read by the one shared parser (src/shared/typed-number.ts);
 * anything else is refused, never cleaned up.
 */
export function parseDecimal(
  text: string,
  opts: { maxDecimals: number; allowNegative?: boolean },
): ParsedDecimal {
  return parseTypedNumber(text, { ...opts, language: currentLanguage() });
}

/** The field's message for a text that does not parse (the same for every field of a kind). */
export function numberFieldError(
  t: TFunction,
  parsed: ParsedDecimal,
  kind: NumberFieldKind,
  maxDecimals: number,
): string | null {
  if (parsed.ok) return null;
  switch (parsed.reason) {
    case 'empty':
      return t('validation.required');
    case 'decimals':
      return t('numbers.decimals', { count: maxDecimals });
    case 'negative':
      return t('numbers.negative');
    case 'format':
      return t(`numbers.invalid.${kind}`);
  }
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
