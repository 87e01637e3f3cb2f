/**
 * Reading the cells of an imported spreadsheet into the values the API takes. Lenient where a
 * spreadsheet is (decimal commas, "oui"/"ja", country names); anything not understood is passed on
 * unchanged, so the API's own validation refuses it with its usual message.
 */

/** Lower case, accents and everything but letters and digits removed. */
export const wordKey = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', 'oui', 'o', 'ja', 'j', 'x', 'vrai', 'waar', 'wahr']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', 'non', 'nee', 'nein', 'faux', 'onwaar', 'falsch']);

/** "oui", "ja", "1", "x" → true; "non", "nee", "0" → false; anything else unchanged. */
export function readBoolean(value: string): boolean | string {
  const k = wordKey(value);
  if (TRUE_WORDS.has(k)) return true;
  if (FALSE_WORDS.has(k)) return false;
  return value;
}

/** A whole number ("30", "30 jours", "30 dagen"); anything else unchanged. */
export function readInteger(value: string): number | string {
  const m = /^\s*(\d{1,9})\s*(d|days?|j|jours?|dagen|dag|tage?)?\s*$/i.exec(value);
  return m?.[1] ? Number(m[1]) : value;
}

/**
 * A decimal as the API writes it ("1234.5"), from spreadsheet forms: "1 234,50", "1.234,50",
 * "1,234.50", "12,5 %", "€ 12.50". The last separator is the decimal one when both appear; a lone
 * comma is decimal. Anything else unchanged.
 */
export function readDecimal(value: string): string {
  const compact = value.replace(/[\s\u00A0\u202F€$£%]|EUR/gi, '');
  if (!/^-?[\d.,']+$/.test(compact)) return value;
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  let out = compact.replace(/'/g, '');
  if (lastComma >= 0 && lastDot >= 0) {
    out = lastComma > lastDot ? out.replace(/\./g, '').replace(',', '.') : out.replace(/,/g, '');
  } else if (lastComma >= 0) {
    out = (out.match(/,/g) ?? []).length === 1 ? out.replace(',', '.') : out.replace(/,/g, '');
  }
  return out;
}

/** A list cell: "a|b", "a; b", "a, b" or one per line. */
export const readList = (value: string, separators = /[|;,\n]/): string[] =>
  value
    .split(separators)
    .map((v) => v.trim())
    .filter(Boolean);

/** A word among synonyms (`{customer: ['client', 'klant']}`), by its normal form; else unchanged. */
export function readChoice<T extends string>(
  value: string,
  choices: Record<T, readonly string[]>,
): T | string {
  const k = wordKey(value);
  for (const [choice, words] of Object.entries(choices) as [T, readonly string[]][]) {
    if (wordKey(choice) === k || words.some((w) => wordKey(w) === k)) return choice;
  }
  return value;
}

let countryNames: Map<string, string> | undefined;

/** "Belgique", "België", "Belgium", "Belgien" or "be" → "BE"; anything else unchanged. */
export function readCountry(value: string): string {
  if (/^[A-Za-z]{2}$/.test(value.trim())) return value.trim().toUpperCase();
  if (!countryNames) {
    countryNames = new Map();
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const names = ['en', 'fr', 'nl', 'de'].map((l) => new Intl.DisplayNames([l], { type: 'region' }));
    for (const a of letters) {
      for (const b of letters) {
        const code = a + b;
        // Deprecated codes (DD, FX, YU…) canonicalise to their successor, whose name they share.
        if (new Intl.Locale(`und-${code}`).region !== code) continue;
        for (const dn of names) {
          let name: string | undefined;
          try {
            name = dn.of(code);
          } catch {
            name = undefined;
          }
          if (name && name !== code && !countryNames.has(wordKey(name)))
            countryNames.set(wordKey(name), code);
        }
      }
    }
  }
  return countryNames.get(wordKey(value)) ?? value;
}

/** "€" and "euro" → "EUR"; anything else unchanged. */
export const readCurrency = (value: string): string =>
  value.trim() === '€' || wordKey(value) === 'euro' || wordKey(value) === 'euros' ? 'EUR' : value;
