import type { Language } from './schemas.js';

// Intl's typings accept numbers only; the runtime (Node ≥ 19, current browsers: Intl.NumberFormat v3)
// takes decimal strings and lays them out exactly, so no binary float ever touches an amount.
type StringFormat = (value: string) => string;
const exact = (nf: Intl.NumberFormat): StringFormat => nf.format.bind(nf) as unknown as StringFormat;

const unitPriceFormats = new Map<string, StringFormat>();

/**
 * The one rule for writing a unit price, wherever the customer or the user reads it (PDF, the
 * customer's page, the app): the precision it is stored with, up to 4 decimals ("33,333 €",
 * "0,0125 €"), never fewer than the currency's ("12,50 €"). Rounding a unit price to cents would
 * show "1,5 × 33,33 € = 50,00 €", a line that does not add up.
 */
export function unitPriceFormat(locale: string, currency: string): StringFormat {
  const key = `${locale}|${currency}`;
  const hit = unitPriceFormats.get(key);
  if (hit) return hit;
  const digits =
    new Intl.NumberFormat(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
    2;
  const format = exact(
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: Math.max(digits, 4),
    }),
  );
  unitPriceFormats.set(key, format);
  return format;
}

/** A unit price as a decimal string ("33.3330") in `locale`: see `unitPriceFormat`. */
export const formatUnitPrice = (value: string, currency: string, locale: string): string =>
  unitPriceFormat(locale, currency)(value.trim());

const formatters = new Map<string, ReturnType<typeof makeFormatters>>();

/**
 * How amounts, quantities and dates are written for a customer in their language (documents, public
 * pages, e-mails). Belgian conventions for fr/nl/de ("1.234,50 €", "27 november 2026"), Irish English
 * for en (euro first, day before month).
 */
export function localeFormatters(language: Language, currency: string) {
  // Intl formatters cost ~0.1 ms each to make: one set per language and currency, made once.
  const key = `${language}|${currency}`;
  let f = formatters.get(key);
  if (!f) {
    f = makeFormatters(language, currency);
    formatters.set(key, f);
  }
  return f;
}

function makeFormatters(language: Language, currency: string) {
  const locale = language === 'en' ? 'en-IE' : `${language}-BE`;
  const money = exact(new Intl.NumberFormat(locale, { style: 'currency', currency }));
  const number = exact(new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }));
  const date = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : locale, {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  return {
    money: (v: string) => money(v),
    unitPrice: unitPriceFormat(locale, currency),
    number: (v: string) => number(v),
    date: (v: string | null) => (v ? date.format(new Date(`${v}T00:00:00Z`)) : null),
  };
}
