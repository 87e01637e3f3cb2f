import { unitPriceFormat } from '../../../src/shared/locale-format';
import { currentLocale } from './i18n';

/**
 * Money arrives as a decimal string ("1234.50"); Intl formats the string itself, so no binary float
 * ever touches the amount.
 */
export function formatMoney(amount: string, currency: string, locale = currentLocale()): string {
  const value = amount.trim() as Intl.StringNumericLiteral;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** A unit price as the PDF and the customer's page write it: up to 4 decimals, at least the currency's. */
export function formatUnitPrice(price: string, currency: string, locale = currentLocale()): string {
  try {
    return unitPriceFormat(locale, currency)(price.trim());
  } catch {
    return `${price} ${currency}`;
  }
}

/** A calendar date `YYYY-MM-DD`, formatted without going through a time zone. */
export function formatDate(date: string, locale = currentLocale()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  const [, y, m, d] = match;
  // Noon UTC, formatted in UTC: the calendar day cannot shift.
  const instant = Date.UTC(Number(y), Number(m) - 1, Number(d), 12);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(instant);
}

/** An instant (ISO 8601 UTC), shown in the browser's time zone. */
export function formatDateTime(instant: string, locale = currentLocale()): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** An instant as a date and time in a given IANA time zone (the company's): "3 décembre 2026 à 10:42". */
export function formatDateTimeIn(instant: string, timeZone: string, locale = currentLocale()): string {
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(time);
  } catch {
    return formatDateTime(instant, locale);
  }
}

export function regionName(code: string, locale = currentLocale()): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function currencyName(code: string, locale = currentLocale()): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}
