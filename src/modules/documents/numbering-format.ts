/**
 * Document number formats such as `F-{YYYY}-{SEQ:5}` → "F-2026-00042".
 *
 * Numbers must be unique and sequential per company and series (BE: AR n° 1 TVA, art. 5, § 1er, 1°;
 * FR: CGI annexe II, art. 242 nonies A, "numéro unique basé sur une séquence chronologique et
 * continue"). The counter restarts
 * only when the format shows what tells two periods apart: a format with a year restarts every year;
 * a format without one never restarts (a monthly or yearly restart without the period in the number
 * would print F-1 twice). {MM} does not restart the counter: numbers keep counting within the year.
 * The number is unique because every token but {SEQ} has a fixed width, so the sequence can be read
 * back from the number.
 */

export type Token =
  | { kind: 'literal'; text: string }
  | { kind: 'year4' }
  | { kind: 'year2' }
  | { kind: 'month' }
  /** `pad` 0: no padding ({SEQ}); 1..10: left-padded with zeros ({SEQ:5}). */
  | { kind: 'seq'; pad: number };

export type ParsedNumberFormat = { ok: true; tokens: Token[] } | { ok: false; message: string };

export type DocumentKind = 'quote' | 'order' | 'invoice' | 'credit_note';

export const DEFAULT_NUMBER_FORMATS: Readonly<Record<DocumentKind, string>> = {
  quote: 'Q-{YYYY}-{SEQ:4}',
  order: 'O-{YYYY}-{SEQ:4}',
  invoice: 'F-{YYYY}-{SEQ:5}',
  credit_note: 'CN-{YYYY}-{SEQ:5}',
};

export const MAX_LITERAL_CHARS = 20;
const LITERAL = /^[A-Za-z0-9_/.-]$/;

export function parseNumberFormat(format: string): ParsedNumberFormat {
  const tokens: Token[] = [];
  let literal = '';
  let literalChars = 0;
  const flush = () => {
    if (literal) tokens.push({ kind: 'literal', text: literal });
    literal = '';
  };
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c === '{') {
      const end = format.indexOf('}', i);
      if (end < 0) return { ok: false, message: 'A "{" is not closed by a "}"' };
      const name = format.slice(i + 1, end);
      const token = readToken(name);
      if (!token)
        return {
          ok: false,
          message: 'Unknown token in the format: use {YYYY}, {YY}, {MM}, {SEQ} or {SEQ:n}',
        };
      if ('message' in token) return { ok: false, message: token.message };
      flush();
      tokens.push(token);
      i = end;
    } else if (c === '}') {
      return { ok: false, message: 'A "}" has no opening "{"' };
    } else if (LITERAL.test(c)) {
      literal += c;
      literalChars++;
    } else {
      return {
        ok: false,
        message: 'A character is not allowed: use letters, digits, "-", "_", "/" and "." around the tokens',
      };
    }
  }
  flush();
  if (literalChars > MAX_LITERAL_CHARS) {
    return { ok: false, message: `At most ${MAX_LITERAL_CHARS} characters besides the tokens` };
  }
  const seqs = tokens.filter((t) => t.kind === 'seq').length;
  if (seqs !== 1) {
    return {
      ok: false,
      message: seqs === 0 ? 'The format needs a {SEQ} token' : 'Only one {SEQ} token is allowed',
    };
  }
  return { ok: true, tokens };
}

function readToken(name: string): Token | { message: string } | null {
  switch (name) {
    case 'YYYY':
      return { kind: 'year4' };
    case 'YY':
      return { kind: 'year2' };
    case 'MM':
      return { kind: 'month' };
    case 'SEQ':
      return { kind: 'seq', pad: 0 };
  }
  const m = /^SEQ:(\d+)$/.exec(name);
  if (!m) return null;
  const pad = Number(m[1]);
  return pad >= 1 && pad <= 10
    ? { kind: 'seq', pad }
    : { message: 'The padding of {SEQ:n} is 1 to 10 digits' };
}

function tokensOf(format: string): Token[] {
  const parsed = parseNumberFormat(format);
  if (!parsed.ok) throw new RangeError(`Invalid number format "${format}": ${parsed.message}`);
  return parsed.tokens;
}

function yearMonth(issueDate: string): { year: string; month: string } {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(issueDate);
  if (!m) throw new RangeError(`Issue date "${issueDate}" is not YYYY-MM-DD`);
  return { year: m[1]!, month: m[2]! };
}

/** `F-{YYYY}-{SEQ:5}`, 2026-03-14, 42 → "F-2026-00042". A sequence longer than its padding is not cut. */
export function formatDocumentNumber(format: string, opts: { issueDate: string; sequence: number }): string {
  if (!Number.isSafeInteger(opts.sequence) || opts.sequence < 1) {
    throw new RangeError(`Sequence ${opts.sequence} is not a positive integer`);
  }
  const { year, month } = yearMonth(opts.issueDate);
  const text = (t: Token): string => {
    if (t.kind === 'literal') return t.text;
    if (t.kind === 'seq') return String(opts.sequence).padStart(t.pad, '0');
    if (t.kind === 'month') return month;
    return t.kind === 'year4' ? year : year.slice(2);
  };
  return tokensOf(format).map(text).join('');
}

/**
 * The key of the counter a number is drawn from: the issue year ("2026") when the format shows the
 * year, else "all" (one counter for ever).
 */
export function sequencePeriod(format: string, issueDate: string): string {
  const { year } = yearMonth(issueDate);
  return tokensOf(format).some((t) => t.kind === 'year4' || t.kind === 'year2') ? year : 'all';
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** The literal text a format's numbers start with ("F-" for `F-{YYYY}-{SEQ:5}`): narrows a search. */
export function literalPrefix(format: string): string {
  const first = tokensOf(format)[0];
  return first?.kind === 'literal' ? first.text : '';
}

/**
 * The issued numbers that `format` could print again. A number is drawn from the counter of its
 * period (the year, or "all"), shared by every format of the series; a counter at L has handed out
 * 1…L in that period and goes on from L + 1. So the format prints an issued number again exactly when
 * the number reads as this format's output for some sequence above its period's counter (a changed
 * literal, a year turned into fixed text, a padding that makes "F1" read as "F01"…). Months are not
 * a period of their own: a number of any month counts, which may refuse a format that would in fact
 * never reach that month's number — "could repeat" is what is refused.
 */
export function repeatedNumbers(
  format: string,
  issued: readonly string[],
  counterOf: (period: string) => number,
): string[] {
  const tokens = tokensOf(format);
  const groups: Token['kind'][] = [];
  const pattern = tokens
    .map((t) => {
      if (t.kind === 'literal') return escapeRegex(t.text);
      groups.push(t.kind);
      if (t.kind === 'seq') return '(\\d+)';
      return t.kind === 'year4' ? '(\\d{4})' : '(\\d{2})';
    })
    .join('');
  const re = new RegExp(`^${pattern}$`);
  const repeated: string[] = [];
  for (const number of issued) {
    const m = re.exec(number);
    if (!m) continue;
    let year = '2000';
    let month = '01';
    let sequence = 0;
    let dated = false;
    groups.forEach((kind, i) => {
      const value = m[i + 1] ?? '';
      if (kind === 'seq') sequence = Number(value);
      else if (kind === 'month') month = value;
      else {
        year = kind === 'year4' ? value : `20${value}`;
        dated = true;
      }
    });
    if (!Number.isSafeInteger(sequence) || sequence < 1 || month < '01' || month > '12') continue;
    if (formatDocumentNumber(format, { issueDate: `${year}-${month}-01`, sequence }) !== number) continue;
    if (sequence > counterOf(dated ? year : 'all')) repeated.push(number);
  }
  return repeated;
}
