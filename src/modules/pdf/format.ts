import { unitPriceFormat } from '../../shared/locale-format.js';
import type { PdfDecimal, PdfLanguage } from './pdf.types.js';

/**
 * Numbers, amounts and dates as the document's reader writes them. Decimal strings go to Intl as
 * strings, which formats them exactly (Intl.NumberFormat v3): no float ever touches an amount.
 */
const LOCALES: Record<PdfLanguage, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-GB', de: 'de-BE' };

export interface Formatter {
  locale: string;
  money(value: PdfDecimal): string;
  /** Unit prices keep up to 4 decimals ("0.0125"), never fewer than the currency's (`unitPriceFormat`). */
  unitPrice(value: PdfDecimal): string;
  quantity(value: PdfDecimal): string;
  percent(value: PdfDecimal): string;
  /** An exchange rate, with its up to 6 decimals. */
  rate(value: PdfDecimal): string;
  /** 'YYYY-MM-DD' → "12 janvier 2026", "12 januari 2026", "12 January 2026", "12. Januar 2026". */
  date(value: string): string;
  country(code: string): string;
}

const cache = new Map<string, Formatter>();

// Intl's typings accept numbers only; the runtime (Node ≥ 19) takes decimal strings and keeps them exact.
type StringFormat = (value: string) => string;
const exact = (nf: Intl.NumberFormat): StringFormat => nf.format as unknown as StringFormat;

export function formatter(language: PdfLanguage, currency: string): Formatter {
  const key = `${language}|${currency}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const locale = LOCALES[language];
  const money = exact(new Intl.NumberFormat(locale, { style: 'currency', currency }));
  // The customer's page and the app write unit prices by the same rule.
  const unitPrice = unitPriceFormat(locale, currency);
  const quantity = exact(new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }));
  const percent = exact(
    new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 2 }),
  );
  const rate = exact(new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }));
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const f: Formatter = {
    locale,
    money,
    unitPrice,
    quantity,
    percent,
    rate,
    date: (value) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!m) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${value}`);
      // A calendar date, not an instant: read and printed in UTC so that no time zone shifts the day.
      return dates.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    },
    country: (code) => regions.of(code.toUpperCase()) ?? code,
  };
  cache.set(key, f);
  return f;
}
