import { electronicFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';
import { checkVAT, countries } from 'jsvat';
import { z } from 'zod';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const currencies = new Set(Intl.supportedValuesOf('currency'));
const timeZones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

/** ISO 3166-1 alpha-2 country code, upper-case. */
export const CountryCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine(
    (v) => /^[A-Z]{2}$/.test(v) && regionNames.of(v) !== undefined,
    'Unknown country code (ISO 3166-1 alpha-2)',
  );

export const CurrencyCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine((v) => /^[A-Z]{3}$/.test(v) && currencies.has(v), 'Unknown currency code (ISO 4217)');

export const TimeZone = z.string().refine((v) => timeZones.has(v), 'Unknown time zone (IANA name expected)');

/** EU VAT number: normalised (no spaces or dots, upper-case) and checked by format and check digits. */
export const VatNumber = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s.-]/g, '').toUpperCase())
  .refine((v) => checkVAT(v, countries).isValid, 'Invalid VAT number (format or check digits)');

/** Belgian enterprise number (KBO/BCE): 10 digits starting with 0 or 1, mod-97 check on the last two. */
export function isValidBelgianEnterpriseNumber(digits: string): boolean {
  if (!/^[01]\d{9}$/.test(digits)) return false;
  const body = Number(digits.slice(0, 8));
  return 97 - (body % 97) === Number(digits.slice(8));
}

/**
 * The enterprise number inside a Belgian VAT number: `BE0123456749` → `0123456749` (KBO/BCE, checked);
 * null for any other value. Old nine-digit numbers gain their leading 0.
 */
export function belgianEnterpriseNumberOfVat(vatNumber: string | null | undefined): string | null {
  const m = /^BE([01]?\d{9})$/.exec((vatNumber ?? '').replace(/[\s.-]/g, '').toUpperCase());
  if (!m?.[1]) return null;
  const ten = m[1].length === 9 ? `0${m[1]}` : m[1];
  return isValidBelgianEnterpriseNumber(ten) ? ten : null;
}

/** `0123456749` → `0123.456.749`, the way a Belgian enterprise number is printed. */
export const formatBelgianEnterpriseNumber = (digits: string): string =>
  /^\d{10}$/.test(digits) ? `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` : digits;

export const EnterpriseNumber = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s.-]/g, '').replace(/^BE/i, ''))
  .refine((v) => /^[0-9A-Z]{5,20}$/i.test(v), 'Invalid enterprise number');

export const Iban = z
  .string()
  .trim()
  .transform((v) => electronicFormatIBAN(v) ?? v)
  .refine((v) => isValidIBAN(v), 'Invalid IBAN (ISO 13616 check digits)');

export const Bic = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine((v) => isValidBIC(v), 'Invalid BIC');

/** French SIREN: 9 digits with a Luhn check digit. */
export function isValidSiren(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(digits[8 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Normalises an enterprise number for its country and checks it where the rule is known:
 * Belgium (KBO/BCE, mod 97) and France (SIREN, Luhn). Returns null when it is invalid.
 */
export function normalizeEnterpriseNumber(country: string | null | undefined, raw: string): string | null {
  const compact = raw.replace(/[\s.-]/g, '').toUpperCase();
  if (country === 'BE') {
    const digits = compact.replace(/^BE/, '');
    const ten = digits.length === 9 ? `0${digits}` : digits;
    return isValidBelgianEnterpriseNumber(ten) ? ten : null;
  }
  if (country === 'FR') {
    const digits = compact.replace(/^FR/, '');
    return isValidSiren(digits) ? digits : null;
  }
  return /^[0-9A-Z]{4,20}$/.test(compact) ? compact : null;
}
