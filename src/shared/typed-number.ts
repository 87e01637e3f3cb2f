/**
 * What a person types into an amount, price, quantity or percentage field, read as the API's decimal
 * string ("1250.5": a dot, no grouping, no sign unless allowed). The one parser of every numeric
 * field of the web app, so "120,50 €", "1 250,50", "1.250,50", "120.5" and "1,250.50" mean the same
 * thing everywhere, and anything else is refused, never cleaned up: `abc12,5x` is not 12,5.
 *
 * Accepted:
 * - either decimal mark, whatever the language: the numeric keypad of a Belgian keyboard types a dot;
 * - thousands grouped by spaces (also no-break and narrow no-break spaces, as copied from a PDF or a
 *   bank statement), apostrophes, or the mark that is not the decimal one, in groups of three digits;
 * - one currency sign or code before or after the figure ("€ 120", "120,50 €", "120 EUR");
 * - a leading minus (also the typographic "−") where negatives are allowed.
 *
 * How a lone mark is read: with both marks present the last one is the decimal mark. A single mark
 * is the decimal mark ("12,5", "12.5"), except the language's own thousands mark followed by exactly
 * three digits ("1.250" in French or Dutch, "1,250" in English: 1250), as people of that language
 * read it. Fields show the value read when they are left ("1250"), so a surprise shows at once.
 */

export type TypedNumberLanguage = 'fr' | 'nl' | 'en' | 'de';

export interface TypedNumberOptions {
  /** Decimals allowed after trailing zeros are dropped ("12.50" has one). */
  maxDecimals: number;
  allowNegative?: boolean;
  /** The UI language: decides only how a lone thousands mark is read (see above). */
  language?: TypedNumberLanguage;
}

export type TypedNumber =
  | { ok: true; value: string }
  | { ok: false; reason: 'empty' | 'format' | 'decimals' | 'negative' };

/** Spaces people and programs put between groups of digits. */
const SPACES = /[\s\u00a0\u202f\u2009\u2007]/g;
const CURRENCY = /^(?:€|eur|euros?|\$|usd|£|gbp|chf)/i;
const CURRENCY_END = /(?:€|eur|euros?|\$|usd|£|gbp|chf)$/i;

/** The thousands mark a language writes with a single mark ("1.250" in French and Dutch). */
const GROUP_MARK: Record<TypedNumberLanguage, string> = { fr: '.', nl: '.', de: '.', en: ',' };

export function parseTypedNumber(text: string, opts: TypedNumberOptions): TypedNumber {
  let s = text.replace(SPACES, ' ').trim();
  if (s === '') return { ok: false, reason: 'empty' };

  let negative = false;
  let currency = false;
  const takeSign = () => {
    if (!negative && /^[-−]/.test(s)) {
      negative = true;
      s = s.slice(1).trim();
    }
  };
  const takeCurrency = () => {
    if (currency) return;
    const start = CURRENCY.exec(s);
    if (start) {
      currency = true;
      s = s.slice(start[0].length).trim();
      return;
    }
    const end = CURRENCY_END.exec(s);
    if (end) {
      currency = true;
      s = s.slice(0, s.length - end[0].length).trim();
    }
  };
  // "-120 €", "€ -120", "-€120": the sign and one currency sign, in either order.
  takeSign();
  takeCurrency();
  takeSign();
  takeCurrency();

  // Digits, marks and group separators only: a letter or a stray symbol refuses the whole text.
  if (!/^[\d.,' ’]*$/.test(s) || !/\d/.test(s)) return { ok: false, reason: 'format' };

  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let decimalMark: ',' | '.' | null = null;
  if (lastComma !== -1 && lastDot !== -1) decimalMark = lastComma > lastDot ? ',' : '.';
  else if (lastComma !== -1 || lastDot !== -1) {
    const mark = lastComma !== -1 ? ',' : '.';
    const count = s.split(mark).length - 1;
    const after = s.slice(s.lastIndexOf(mark) + 1);
    const groupLike = /^\d{3}$/.test(after);
    if (count > 1) decimalMark = null;
    else if (groupLike && GROUP_MARK[opts.language ?? 'fr'] === mark) decimalMark = null;
    else decimalMark = mark;
  }

  let whole = s;
  let decimals = '';
  if (decimalMark) {
    const at = s.lastIndexOf(decimalMark);
    whole = s.slice(0, at);
    decimals = s.slice(at + 1);
    if (!/^\d*$/.test(decimals)) return { ok: false, reason: 'format' };
  }
  whole = whole.trim();
  if (whole !== '') {
    // Groups of three after the first, whatever separates them; the separators must not be mixed.
    const separators = new Set(whole.match(/[^\d]/g) ?? []);
    if (separators.size > 1 || separators.has(decimalMark ?? '')) return { ok: false, reason: 'format' };
    const groups = whole.split(/[^\d]/);
    const first = groups[0] ?? '';
    if (groups.length > 1) {
      if (!/^\d{1,3}$/.test(first) || groups.slice(1).some((g) => !/^\d{3}$/.test(g)))
        return { ok: false, reason: 'format' };
    } else if (!/^\d+$/.test(first)) return { ok: false, reason: 'format' };
    whole = groups.join('');
  }
  if (whole === '' && decimals === '') return { ok: false, reason: 'format' };

  const digits = (whole || '0').replace(/^0+(?=\d)/, '');
  const fraction = decimals.replace(/0+$/, '');
  if (fraction.length > opts.maxDecimals) return { ok: false, reason: 'decimals' };
  const isZero = /^0+$/.test(digits) && fraction === '';
  if (negative && !isZero && !opts.allowNegative) return { ok: false, reason: 'negative' };
  return { ok: true, value: `${negative && !isZero ? '-' : ''}${digits}${fraction ? `.${fraction}` : ''}` };
}
