import type { Language } from './schemas.js';

/**
 * How amounts, quantities and dates are written for a customer in their language (documents, public
 * pages, e-mails). Belgian conventions for fr/nl/de ("1.234,50 €", "27 november 2026"), Irish English
 * for en (euro first, day before month).
 */
export function localeFormatters(language: Language, currency: string) {
  const locale = language === 'en' ? 'en-IE' : `${language}-BE`;
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 });
  const date = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : locale, {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  return {
    // Decimal strings are exact; Intl only lays them out (amounts fit a double's 15 significant digits).
    money: (v: string) => money.format(Number(v)),
    number: (v: string) => number.format(Number(v)),
    date: (v: string | null) => (v ? date.format(new Date(`${v}T00:00:00Z`)) : null),
  };
}
