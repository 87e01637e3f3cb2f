import { Decimal } from 'decimal.js';

/** UNCL5305 duty/tax/fee category codes that Facturex offers (EN 16931 BT-151). */
export const VAT_CATEGORIES = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O'] as const;
export type VatCategory = (typeof VAT_CATEGORIES)[number];

export const isVatCategory = (v: string): v is VatCategory =>
  (VAT_CATEGORIES as readonly string[]).includes(v);

export interface VatLabel {
  fr: string;
  nl: string;
  en: string;
  de: string;
}

export interface VatRateEntry {
  /** Canonical decimal string: "21", "5.5". */
  rate: string;
  category: VatCategory;
  label: VatLabel;
}

export interface VatRateKey {
  rate: string;
  category: string;
}

/** "5.5" → "5,5 %" (fr, de), "5,5%" (nl), "5.5%" (en). */
const pct = (rate: string, lang: keyof VatLabel) =>
  `${lang === 'en' ? rate : rate.replace('.', ',')}${lang === 'fr' || lang === 'de' ? '\u202f' : ''}%`;

const standard = (rate: string): VatRateEntry => ({
  rate,
  category: 'S',
  label: {
    fr: `TVA ${pct(rate, 'fr')}`,
    nl: `Btw ${pct(rate, 'nl')}`,
    en: `VAT ${pct(rate, 'en')}`,
    de: `USt. ${pct(rate, 'de')}`,
  },
});

const reduced = (rate: string): VatRateEntry => ({
  rate,
  category: 'S',
  label: {
    fr: `TVA taux réduit ${pct(rate, 'fr')}`,
    nl: `Btw verlaagd tarief ${pct(rate, 'nl')}`,
    en: `VAT reduced rate ${pct(rate, 'en')}`,
    de: `USt. ermäßigt ${pct(rate, 'de')}`,
  },
});

const zero: VatRateEntry = {
  rate: '0',
  category: 'Z',
  label: { fr: 'TVA 0\u202f%', nl: 'Btw 0%', en: 'VAT 0% (zero-rated)', de: 'USt. 0\u202f%' },
};

const noVat = (category: VatCategory, fr: string, nl: string, en: string, de: string): VatRateEntry => ({
  rate: '0',
  category,
  label: {
    fr: `${pct('0', 'fr')} — ${fr}`,
    nl: `${pct('0', 'nl')} — ${nl}`,
    en: `${pct('0', 'en')} — ${en}`,
    de: `${pct('0', 'de')} — ${de}`,
  },
});

/**
 * Categories that carry no VAT and exist whatever the country: the invoice states why no VAT is
 * charged (EN 16931 BR-E-10, BR-AE-10, BR-IC-10, BR-G-10, BR-O-10 ask for an exemption reason).
 * Labelled the way the web app shows them: the rate, then the reason in words.
 */
export const COMMON_VAT_ENTRIES: readonly VatRateEntry[] = [
  noVat('E', 'exonéré', 'vrijgesteld', 'exempt', 'steuerfrei'),
  noVat(
    'AE',
    'autoliquidation',
    'verlegging van heffing',
    'reverse charge',
    'Steuerschuldnerschaft des Leistungsempfängers',
  ),
  noVat(
    'K',
    'livraison intracommunautaire',
    'intracommunautaire levering',
    'intra-EU supply',
    'innergemeinschaftliche Lieferung',
  ),
  noVat('G', 'exportation hors UE', 'uitvoer buiten de EU', 'export outside the EU', 'Ausfuhr'),
  noVat(
    'O',
    'hors champ de la TVA',
    'buiten het toepassingsgebied van de btw',
    'outside the scope of VAT',
    'nicht steuerbar',
  ),
];

/** Belgian exemptions name the article of the VAT Code that grants them (art. 44). */
const BELGIAN_EXEMPT = noVat(
  'E',
  'exonéré (art. 44)',
  'vrijgesteld (art. 44)',
  'exempt (art. 44)',
  'steuerfrei (Art. 44)',
);

/** Rates in force per country (2026), standard rate first. */
export const COUNTRY_VAT_RATES: Readonly<Record<string, readonly VatRateEntry[]>> = {
  BE: [standard('21'), reduced('12'), reduced('6'), zero],
  FR: [standard('20'), reduced('10'), reduced('5.5'), reduced('2.1'), zero],
  NL: [standard('21'), reduced('9'), zero],
  DE: [standard('19'), reduced('7'), zero],
  LU: [standard('17'), reduced('14'), reduced('8'), reduced('3'), zero],
};

/** The whole table a company of `country` may choose from: its rates, then the VAT-free categories. */
export function countryVatTable(country: string): VatRateEntry[] {
  const common = COMMON_VAT_ENTRIES.map((e) => (country === 'BE' && e.category === 'E' ? BELGIAN_EXEMPT : e));
  return [...(COUNTRY_VAT_RATES[country] ?? []), ...common];
}

const sameRate = (a: string, b: string): boolean => {
  try {
    return new Decimal(a).equals(new Decimal(b));
  } catch {
    return false;
  }
};

export const sameVat = (a: VatRateKey, b: VatRateKey): boolean =>
  a.category === b.category && sameRate(a.rate, b.rate);

/** The table entry for a pair, or undefined when the country does not have it. */
export const findVatEntry = (table: readonly VatRateEntry[], key: VatRateKey): VatRateEntry | undefined =>
  table.find((e) => sameVat(e, key));

/** What a company offers: its selection (kept in table order) or, without one, the whole table. */
export function offeredVatRates(country: string, selection: readonly VatRateKey[] | null): VatRateEntry[] {
  const table = countryVatTable(country);
  const chosen = selection ? table.filter((e) => selection.some((s) => sameVat(e, s))) : [];
  // A selection from another country (the company moved) offers nothing: fall back to the table.
  return chosen.length > 0 ? chosen : table;
}

/** Reads `companies.vat_rates`; anything unreadable counts as no selection. */
export function parseVatSelection(json: string | null): VatRateKey[] | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return null;
    return value.filter(
      (v): v is VatRateKey =>
        typeof v === 'object' &&
        v !== null &&
        typeof (v as VatRateKey).rate === 'string' &&
        typeof (v as VatRateKey).category === 'string',
    );
  } catch {
    return null;
  }
}
