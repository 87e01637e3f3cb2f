import { currencyName, regionName } from '../../lib/format';

/** The markets the product is built for first, then the rest of the EU, then common neighbours. */
export const PRIMARY_COUNTRIES = ['BE', 'FR', 'NL', 'DE', 'LU'] as const;
export const OTHER_EU_COUNTRIES = [
  'AT',
  'BG',
  'CY',
  'CZ',
  'DK',
  'EE',
  'ES',
  'FI',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LV',
  'MT',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;
export const NON_EU_COUNTRIES = ['CH', 'GB', 'IS', 'LI', 'MC', 'NO', 'US', 'CA'] as const;

export const CURRENCIES = [
  'EUR',
  'CHF',
  'CZK',
  'DKK',
  'GBP',
  'HUF',
  'NOK',
  'PLN',
  'RON',
  'SEK',
  'USD',
] as const;

export interface GroupedOptions {
  group: string;
  items: { value: string; label: string }[];
}

function byLabel(a: { label: string }, b: { label: string }): number {
  return a.label.localeCompare(b.label);
}

export function countryOptions(labels: { primary: string; eu: string; other: string }): GroupedOptions[] {
  const item = (code: string) => ({ value: code, label: `${regionName(code)} (${code})` });
  return [
    { group: labels.primary, items: PRIMARY_COUNTRIES.map(item) },
    { group: labels.eu, items: OTHER_EU_COUNTRIES.map(item).sort(byLabel) },
    { group: labels.other, items: NON_EU_COUNTRIES.map(item).sort(byLabel) },
  ];
}

export function currencyOptions(): { value: string; label: string }[] {
  return CURRENCIES.map((code) => ({ value: code, label: `${code} — ${currencyName(code)}` }));
}

export const DEFAULT_TIMEZONE = 'Europe/Brussels';

export function timezoneOptions(): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const all = new Set([DEFAULT_TIMEZONE, 'UTC', ...zones]);
  return [...all].sort((a, b) => a.localeCompare(b));
}

/** Sensible defaults for a new company of that country. */
export function defaultsForCountry(country: string): { timezone: string; currency: string } {
  const zones: Record<string, string> = {
    BE: 'Europe/Brussels',
    FR: 'Europe/Paris',
    NL: 'Europe/Amsterdam',
    DE: 'Europe/Berlin',
    LU: 'Europe/Luxembourg',
    CH: 'Europe/Zurich',
    GB: 'Europe/London',
  };
  const currencies: Record<string, string> = {
    CH: 'CHF',
    GB: 'GBP',
    CZ: 'CZK',
    DK: 'DKK',
    HU: 'HUF',
    NO: 'NOK',
    PL: 'PLN',
    RO: 'RON',
    SE: 'SEK',
    US: 'USD',
  };
  return { timezone: zones[country] ?? DEFAULT_TIMEZONE, currency: currencies[country] ?? 'EUR' };
}
