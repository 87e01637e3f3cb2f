import { TextDecoder } from 'node:util';
import { parse as csvParser } from 'csv-parse';
import { CsvError } from 'csv-parse/sync';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { Temporal } from 'temporal-polyfill';
import {
  DELIMITERS,
  type Delimiter,
  decodeFile,
  detectDelimiter,
  SLICE,
  yieldToLoop,
} from '../../../shared/csv-text.js';
import { Decimal, dec } from '../../../shared/money.js';
import {
  type BankCsvMapping,
  type BankCsvMappingInput,
  BankCsvMappingSchema,
  type CsvColumn,
  type DateFormat,
  requiredHeaders,
} from './csv-mapping.js';
import { normalizeStructuredReference, structuredReferenceInText } from './structured-reference.js';
import {
  type ParsedBalance,
  type ParsedStatement,
  type ParsedTransaction,
  StatementFormatError,
  type StatementParser,
} from './types.js';

/*
 * Bank statements exported as CSV, read through a column mapping (csv-mapping.ts): one statement per
 * account (and per currency when the mapping says so), in the order the file first names them.
 *
 * A CSV export has no period and usually no balances: fromDate/toDate stay null, and the opening and
 * closing balances come only from a balance column whose running balances agree with the amounts
 * (oldest first or newest first, as banks differ); balances that do not agree are not trusted.
 */

/** Bank exports are small (a year of a busy account is a few MB); the bytes are held to detect the encoding. */
export const MAX_BYTES = 50 * 1024 * 1024;

/** How many rows (after `skipRows`) may stand above the header: an account's details, an export date. */
const HEADER_SEARCH_ROWS = 30;

/** A parser bound to a saved mapping. */
export const bankCsvParser =
  (mapping: BankCsvMappingInput): StatementParser =>
  (source) =>
    parseBankCsv(source, mapping);

interface CsvRecord {
  cells: string[];
  /** The line the record starts on (1 for the first line of the file). */
  line: number;
}

const fail = (template: string, params: Record<string, string | number>, position: string): never => {
  throw new StatementFormatError(template, params, position);
};

async function readBytes(source: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > MAX_BYTES)
      fail('The file is larger than {max} MB', { max: MAX_BYTES / 1024 / 1024 }, 'line 1');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

async function decode(bytes: Buffer, encoding: BankCsvMapping['encoding']): Promise<string> {
  if (bytes.length === 0) fail('The file is empty', {}, 'line 1');
  // XLSX (a zip) and XLS (an OLE compound file): banks offer them beside CSV.
  if (
    bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) ||
    (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0)
  ) {
    fail('The file is a spreadsheet, not a CSV file: save it as CSV first', {}, 'line 1');
  }
  const wrongEncoding = () =>
    fail(
      'The file is not text in {encoding}: check the encoding of the mapping',
      { encoding: encoding === 'auto' ? 'UTF-8 / Windows-1252' : encoding },
      'line 1',
    );
  let validUtf8 = true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    validUtf8 = false;
  }
  if (encoding === 'utf-8' && !validUtf8) wrongEncoding();
  const { text } = await decodeFile(bytes, encoding === 'auto' ? undefined : encoding);
  // NULs are UTF-16 read as 8-bit text; U+FFFD bytes that are not UTF-16; "Ã©" UTF-8 read as Windows-1252.
  if (text.includes('\u0000') || text.includes('\uFFFD')) wrongEncoding();
  if (encoding === 'windows-1252' && validUtf8 && /Ã[\u0080-\u00BF\u2018-\u203A\u0152-\u0178]/.test(text)) {
    wrongEncoding();
  }
  if (text.trim() === '') fail('The file is empty', {}, 'line 1');
  return text;
}

/**
 * The records from line `fromLine` on, parsed slice by slice with csv-parse's streaming parser (as
 * imports/csv-file.ts does). Lines are counted here from each record's raw text: csv-parse's own
 * count drifts after a quoted cell holding a CRLF line break.
 */
async function readRecords(text: string, delimiter: Delimiter, fromLine: number): Promise<CsvRecord[]> {
  const records: CsvRecord[] = [];
  const csv = csvParser({
    delimiter: DELIMITERS[delimiter],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    raw: true,
  });
  let failure: unknown = null;
  let line = 1;
  csv.on('data', (r: { record: string[]; raw: string }) => {
    if (line >= fromLine) records.push({ cells: r.record, line });
    // The raw text ends with (part of) its line break; the breaks before it are inside quoted cells.
    line += 1 + (r.raw.replace(/(?:\r?\n|\r)$/, '').match(/\r\n|\r|\n/g)?.length ?? 0);
  });
  csv.on('error', (err) => {
    failure ??= err;
  });
  for (let at = 0; at < text.length && !failure; ) {
    let end = Math.min(at + SLICE, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    const chunk = text.slice(at, end);
    await new Promise<void>((resolve) => csv.write(chunk, () => resolve()));
    at = end;
    await yieldToLoop();
  }
  if (!failure) {
    await new Promise<void>((resolve) => {
      csv.once('end', resolve);
      csv.once('error', () => resolve());
      csv.end();
      csv.resume();
    });
  }
  if (failure instanceof CsvError) {
    fail(
      failure.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'A quoted value is not closed'
        : 'The file cannot be read as CSV',
      {},
      `line ${line}`,
    );
  }
  if (failure) throw failure;
  return records;
}

const headerKey = (h: string) => h.trim().toLowerCase();
const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

// ── Values ──

const DATE_SHAPES: Record<DateFormat, { re: RegExp; order: 'dmy' | 'mdy' | 'ymd' }> = {
  'DD/MM/YYYY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: 'dmy' },
  'DD-MM-YYYY': { re: /^(\d{1,2})-(\d{1,2})-(\d{4})$/, order: 'dmy' },
  'DD.MM.YYYY': { re: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: 'dmy' },
  'DD/MM/YY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/, order: 'dmy' },
  'DD-MM-YY': { re: /^(\d{1,2})-(\d{1,2})-(\d{2})$/, order: 'dmy' },
  'DD.MM.YY': { re: /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/, order: 'dmy' },
  'YYYY-MM-DD': { re: /^(\d{4})-(\d{1,2})-(\d{1,2})$/, order: 'ymd' },
  'YYYY/MM/DD': { re: /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, order: 'ymd' },
  YYYYMMDD: { re: /^(\d{4})(\d{2})(\d{2})$/, order: 'ymd' },
  'MM/DD/YYYY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: 'mdy' },
  'MM-DD-YYYY': { re: /^(\d{1,2})-(\d{1,2})-(\d{4})$/, order: 'mdy' },
  'MM/DD/YY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/, order: 'mdy' },
};

/**
 * A calendar date as the format writes it, a time after it ignored ("24/02/2017 13:05", Qonto's
 * "24-02-2017 13:05:00", ISO "2017-02-24T13:05:00Z"): the date stays as written in the file. Two-digit
 * years are of this century. Null when it does not read as one.
 */
export function parseCsvDate(raw: string, format: DateFormat): string | null {
  const shape = DATE_SHAPES[format];
  const value = raw.trim().split(/[\sT]/)[0] ?? '';
  const m = shape.re.exec(value);
  if (!m) return null;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [year, month, day] =
    shape.order === 'dmy' ? [c, b, a] : shape.order === 'mdy' ? [c, a, b] : [a, b, c];
  try {
    return Temporal.PlainDate.from(
      { year: year < 100 ? 2000 + year : year, month, day },
      { overflow: 'reject' },
    ).toString();
  } catch {
    return null;
  }
}

type Separators = Pick<BankCsvMapping, 'decimalSeparator' | 'thousandsSeparator'>;

/** How the mapping expects an amount to look, for the error message: "-1.234,56". */
export const amountExample = ({ decimalSeparator: d, thousandsSeparator: t }: Separators): string =>
  `-1${t}234${d}56`;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A signed decimal string ("-1234.56") from an amount as the bank writes it: its decimal and thousands
 * separators, a sign before ("-", "+", "−") or after ("12,50-"), accounting parentheses, a currency
 * sign or code beside it. Null when it does not read as one; '' for a blank cell.
 */
export function parseCsvAmount(raw: string, sep: Separators): string | null {
  let s = raw.trim().replace(/^[€$£]\s*|\s*[€$£]$/g, '');
  s = s.replace(/^[A-Z]{3}\s+|\s+[A-Z]{3}$/g, '').trim();
  if (s === '') return '';
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = (paren[1] ?? '').trim();
  }
  const before = /^([-+\u2212])\s*(.+)$/.exec(s);
  const after = before ? null : /^(.+?)\s*([-+])$/.exec(s);
  const mark = before?.[1] ?? after?.[2];
  if (mark !== undefined) {
    if (mark !== '+') negative = !negative;
    s = (before?.[2] ?? after?.[1] ?? '').trim();
  }
  const d = escapeRe(sep.decimalSeparator);
  const t = sep.thousandsSeparator === ' ' ? '[ \\u00A0\\u202F]' : escapeRe(sep.thousandsSeparator);
  const plain = new RegExp(`^(\\d+)(?:${d}(\\d+))?$`);
  const grouped = sep.thousandsSeparator ? new RegExp(`^(\\d{1,3}(?:${t}\\d{3})+)(?:${d}(\\d+))?$`) : null;
  const m = plain.exec(s) ?? grouped?.exec(s);
  if (!m) return null;
  const int = (m[1] ?? '').replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  const amount = m[2] ? `${int}.${m[2]}` : int;
  return negative && /[1-9]/.test(amount) ? `-${amount}` : amount;
}

const negate = (amount: string): string =>
  amount.startsWith('-') ? amount.slice(1) : /[1-9]/.test(amount) ? `-${amount}` : amount;
const abs = (amount: string): string => amount.replace(/^-/, '');
const isZero = (amount: string) => !/[1-9]/.test(amount);
const decimalsOf = (amount: string) => amount.split('.')[1]?.length ?? 0;
const toAmount = (d: Decimal, ...like: string[]): string => {
  const s = d.toFixed(Math.max(2, ...like.map(decimalsOf)));
  return /^-0(?:\.0*)?$/.test(s) ? s.slice(1) : s;
};

/** "BE68 5390 0754 7034" → "BE68539007547034" when it is an IBAN; null otherwise. */
function ibanOf(value: string): string | null {
  const compact = electronicFormatIBAN(value);
  return compact && isValidIBAN(compact) ? compact : null;
}

/** A cell as a text: trimmed, the lines of a multi-line cell joined with one space; blank is null. */
function textOf(value: string): string | null {
  const t = value.trim().replace(/[ \t]*\r?\n[ \t]*/g, ' ');
  return t === '' ? null : t;
}

// An account (IBAN-shaped: country, check digits, groups) right before "BIC", and the BIC.
const ACCOUNT_AND_BIC =
  /(?:^|\s)([A-Z]{2}\d{2}(?:\s?[0-9A-Z]{4}){1,7}(?:\s?[0-9A-Z]{1,3})?)\s*BIC\s+([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)\b/;
// Words BNP Paribas Fortis writes before the account when the name comes elsewhere.
const TRANSFER_WORDS =
  /(?:^|\s)(?:VAN|NAAR|DE|À|A|EN FAVEUR DE|OVERSCHRIJVING|VIREMENT|EUROPESE|EUROPEEN|SEPA)$/;

/**
 * The counterparty in a text written as "<name> <account> BIC <bic> …" (BNP Paribas Fortis details):
 * the account and BIC always; the name only when the words before the account are not the
 * transaction's type ("EUROPESE OVERSCHRIJVING VAN").
 */
export function counterpartyInText(
  text: string,
): { name: string | null; account: string; bic: string } | null {
  const m = ACCOUNT_AND_BIC.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const before = text.slice(0, m.index).trim();
  const name = before && !TRANSFER_WORDS.test(before.toUpperCase()) ? before : null;
  return { name, account: m[1].replace(/\s+/g, ''), bic: m[2] };
}

// ── The file ──

interface Row {
  line: number;
  transactions: ParsedTransaction[];
  /** The balance after the row, as the file writes it. */
  balance: string | null;
}

interface Group {
  account: string | null;
  currency: string | null;
  position: string;
  rows: Row[];
}

/**
 * The statements of a CSV export read through `mapping` (a preset's or a saved one). Throws
 * StatementFormatError when the mapping no longer fits the file (a mapped column missing), on a
 * date or amount that does not read with the mapping's formats, a row with both a debit and a credit,
 * a file in another encoding than the mapping's, and an empty file or one without transactions.
 */
export async function* parseBankCsv(
  source: AsyncIterable<Buffer>,
  mappingInput: BankCsvMappingInput,
): AsyncGenerator<ParsedStatement> {
  const mapping = BankCsvMappingSchema.parse(mappingInput);
  const text = await decode(await readBytes(source), mapping.encoding);
  const delimiter =
    mapping.delimiter === 'auto'
      ? (detectDelimiter(text) ??
        fail(
          'The columns cannot be told apart: no comma, semicolon, tab or pipe separates them',
          {},
          'line 1',
        ))
      : mapping.delimiter;
  const records = (await readRecords(text, delimiter, mapping.skipRows + 1)).filter((r) => !isBlank(r.cells));
  if (records.length === 0) fail('The file has no transactions', {}, `line ${mapping.skipRows + 1}`);

  // The header: the first row naming every mapped header. When none does, the row naming the most
  // of them (the first on a tie) says which one the file lacks.
  let headers: string[] = [];
  let dataFrom = 0;
  if (mapping.headerRow) {
    const required = requiredHeaders(mapping);
    const lacking = (r: CsvRecord) => {
      const keys = new Set(r.cells.map(headerKey));
      return required.filter((h) => !keys.has(headerKey(h)));
    };
    const candidates = records.slice(0, HEADER_SEARCH_ROWS).map(lacking);
    const at = candidates.findIndex((l) => l.length === 0);
    if (at < 0) {
      const closest = candidates.reduce(
        (best, l, i) => (l.length < (candidates[best] as string[]).length ? i : best),
        0,
      );
      fail(
        'Column “{column}” is missing: the mapping no longer fits the file',
        { column: (candidates[closest] as string[])[0] ?? '' },
        `line ${(records[closest] as CsvRecord).line}`,
      );
    }
    headers = (records[at] as CsvRecord).cells.map((h) => h.trim());
    dataFrom = at + 1;
  }
  const headerLine = mapping.headerRow ? (records[dataFrom - 1] as CsvRecord).line : null;
  const keys = headers.map(headerKey);
  const indexOf = (c: CsvColumn): number => (typeof c === 'number' ? c - 1 : keys.indexOf(headerKey(c)));
  const nameOf = (c: CsvColumn): string =>
    typeof c === 'number' ? (headers[c - 1] ?? String(c)) : (headers[indexOf(c)] ?? c);

  const rows = records.slice(dataFrom);
  if (rows.length === 0) {
    fail(
      mapping.headerRow ? 'The file has column names but no transactions' : 'The file has no transactions',
      {},
      `line ${headerLine ?? records[0]?.line ?? 1}`,
    );
  }

  const groups = new Map<string, Group>();
  const { columns: col, amount: amountMapping } = mapping;
  for (const record of rows) {
    const at = (c: CsvColumn) => `line ${record.line}, column ${nameOf(c)}`;
    const cell = (c: CsvColumn | undefined): string => {
      if (c === undefined) return '';
      const i = indexOf(c);
      // Without a header, a short row simply lacks the trailing cells (banks drop empty ones).
      return (i >= 0 ? record.cells[i] : undefined)?.trim() ?? '';
    };
    const optional = (c: CsvColumn | undefined) => textOf(cell(c));
    const amountIn = (c: CsvColumn): string => {
      const value = cell(c);
      const parsed = parseCsvAmount(value, mapping);
      if (parsed === null) {
        fail(
          '“{value}” is not an amount written as {format}',
          { value, format: amountExample(mapping) },
          at(c),
        );
      }
      return parsed as string;
    };
    const dateIn = (c: CsvColumn, required: boolean): string | null => {
      const value = cell(c);
      if (value === '') return required ? fail('The date is missing', {}, at(c)) : null;
      return (
        parseCsvDate(value, mapping.dateFormat) ??
        fail('“{value}” is not a date as {format}', { value, format: mapping.dateFormat }, at(c))
      );
    };

    const bookingDate = dateIn(col.bookingDate, true) as string;
    const valueDate = col.valueDate === undefined ? null : dateIn(col.valueDate, false);

    let amount: string;
    if (amountMapping.kind === 'signed') {
      amount = amountIn(amountMapping.column);
      if (amount === '') fail('The amount is missing', {}, at(amountMapping.column));
      if (amountMapping.sign === 'inverted') amount = negate(amount);
    } else if (amountMapping.kind === 'debit-credit') {
      const debit = amountIn(amountMapping.debit);
      const credit = amountIn(amountMapping.credit);
      const hasDebit = debit !== '' && !isZero(debit);
      const hasCredit = credit !== '' && !isZero(credit);
      if (hasDebit && hasCredit) {
        fail(
          'Both the debit ({debit}) and the credit ({credit}) are filled',
          { debit: cell(amountMapping.debit), credit: cell(amountMapping.credit) },
          at(amountMapping.debit),
        );
      }
      if (debit === '' && credit === '')
        fail('Neither the debit nor the credit is filled', {}, at(amountMapping.debit));
      amount = hasDebit ? negate(abs(debit)) : abs(credit || debit);
    } else {
      amount = abs(amountIn(amountMapping.column));
      if (amount === '') fail('The amount is missing', {}, at(amountMapping.column));
      const word = cell(amountMapping.indicator).toLowerCase();
      const isDebit = amountMapping.debitValues.some((v) => v.toLowerCase() === word);
      const isCredit = amountMapping.creditValues.some((v) => v.toLowerCase() === word);
      if (isDebit === isCredit) {
        fail(
          '“{value}” says neither debit ({debitValues}) nor credit ({creditValues})',
          {
            value: cell(amountMapping.indicator),
            debitValues: amountMapping.debitValues.join(', '),
            creditValues: amountMapping.creditValues.join(', '),
          },
          at(amountMapping.indicator),
        );
      }
      if (isDebit) amount = negate(amount);
    }

    const currencyCell = cell(col.currency).toUpperCase();
    if (currencyCell !== '' && !/^[A-Z]{3}$/.test(currencyCell)) {
      fail(
        '“{value}” is not a currency code (ISO 4217, such as EUR)',
        { value: cell(col.currency) },
        at(col.currency as CsvColumn),
      );
    }
    const currency =
      currencyCell ||
      mapping.defaultCurrency ||
      fail(
        'The file names no currency: set the account’s currency in the mapping',
        {},
        `line ${record.line}`,
      );

    // PayPal names the payer in "From" and the payee in "To": for money out, "From" is the account itself.
    const counterparty =
      amount.startsWith('-') && col.counterpartyAccountForDebits !== undefined
        ? optional(col.counterpartyAccountForDebits)
        : optional(col.counterpartyAccount);
    const counterpartyIban = counterparty ? ibanOf(counterparty) : null;

    const texts = (col.remittanceText ?? []).map(optional).filter((t): t is string => t !== null);
    const referenceCell = optional(col.structuredReference);
    let structuredReference = referenceCell ? normalizeStructuredReference(referenceCell) : null;
    // A reference column holding something else than a structured reference: kept as text, not lost.
    if (referenceCell && !structuredReference) texts.unshift(referenceCell);
    const remittanceText = texts.length > 0 ? texts.join(' ') : null;
    structuredReference ??= remittanceText ? structuredReferenceInText(remittanceText) : null;

    const inText = mapping.counterpartyInText && remittanceText ? counterpartyInText(remittanceText) : null;
    const accountInText = counterparty ? null : (inText?.account ?? null);
    const ibanInText = accountInText ? ibanOf(accountInText) : null;
    const bankReference = optional(col.bankReference);
    const transaction: ParsedTransaction = {
      bookingDate,
      valueDate,
      amount,
      currency,
      counterpartyName: optional(col.counterpartyName) ?? inText?.name ?? null,
      counterpartyIban: counterpartyIban ?? ibanInText,
      counterpartyAccount:
        counterparty && !counterpartyIban ? counterparty : ibanInText ? null : accountInText,
      counterpartyBic:
        optional(col.counterpartyBic)?.replace(/\s+/g, '').toUpperCase() ?? inText?.bic ?? null,
      structuredReference,
      remittanceText,
      bankReference,
      endToEndId: null,
      bankTransactionCode: optional(col.bankTransactionCode),
      position: `line ${record.line}`,
    };
    const transactions = [transaction];
    if (col.fee !== undefined) {
      const fee = amountIn(col.fee);
      // The fee is its own movement on the account (PayPal writes it negative beside the gross).
      if (fee !== '' && !isZero(fee)) {
        transactions.push({
          ...transaction,
          amount: fee,
          counterpartyName: null,
          counterpartyIban: null,
          counterpartyAccount: null,
          counterpartyBic: null,
          structuredReference: null,
          bankReference: bankReference ? `${bankReference}:fee` : null,
          bankTransactionCode: 'FEE',
        });
      }
    }
    const balance = col.balance === undefined ? '' : amountIn(col.balance);

    const account = optional(col.account) ?? mapping.fixedAccount ?? null;
    const key = JSON.stringify([
      account && (ibanOf(account) ?? account),
      mapping.statementPerCurrency ? currency : null,
    ]);
    let group = groups.get(key);
    if (!group) {
      group = {
        account,
        currency: mapping.statementPerCurrency ? currency : null,
        position: groups.size === 0 && headerLine !== null ? `line ${headerLine}` : `line ${record.line}`,
        rows: [],
      };
      groups.set(key, group);
    }
    group.rows.push({ line: record.line, transactions, balance: balance === '' ? null : balance });
  }

  for (const group of groups.values()) yield statementOf(group, mapping);
}

function statementOf(group: Group, mapping: BankCsvMapping): ParsedStatement {
  const transactions = group.rows.flatMap((r) => r.transactions);
  const currencies = new Set(transactions.map((t) => t.currency));
  const iban = group.account ? ibanOf(group.account) : null;
  const { openingBalance, closingBalance } = balancesOf(group.rows);
  return {
    format: 'csv',
    accountIban: iban,
    accountNumber: group.account && !iban ? group.account : null,
    accountBic: null,
    currency:
      group.currency ??
      mapping.defaultCurrency ??
      (currencies.size === 1 ? ([...currencies][0] ?? null) : null),
    statementId: null,
    fromDate: null,
    toDate: null,
    openingBalance,
    closingBalance,
    transactions,
    position: group.position,
  };
}

/**
 * Opening and closing balances from the running balance after each row, when every balance is given
 * and they chain with the amounts in one direction: oldest first (each balance is the previous one
 * plus the row's movements) or newest first. Otherwise neither is given (a wrongly mapped sign breaks
 * the chain, and balances that disagree with the amounts would only mislead the reconciliation).
 */
function balancesOf(rows: Row[]): {
  openingBalance: ParsedBalance | null;
  closingBalance: ParsedBalance | null;
} {
  const none = { openingBalance: null, closingBalance: null };
  if (rows.length === 0 || rows.some((r) => r.balance === null)) return none;
  const balances = rows.map((r) => dec(r.balance as string));
  const deltas = rows.map((r) => r.transactions.reduce((sum, t) => sum.plus(t.amount), new Decimal(0)));
  const chains = (order: number[]) =>
    order.every((i, k) => {
      if (k === 0) return true;
      const prev = order[k - 1] as number;
      return (balances[prev] as Decimal).plus(deltas[i] as Decimal).equals(balances[i] as Decimal);
    });
  const forward = rows.map((_, i) => i);
  const order = chains(forward) ? forward : chains([...forward].reverse()) ? [...forward].reverse() : null;
  if (!order) return none;
  const first = order[0] as number;
  const last = order[order.length - 1] as number;
  const firstRow = rows[first] as Row;
  const lastRow = rows[last] as Row;
  const written = rows.flatMap((r) => [r.balance as string, ...r.transactions.map((t) => t.amount)]);
  return {
    openingBalance: {
      amount: toAmount((balances[first] as Decimal).minus(deltas[first] as Decimal), ...written),
      date: (firstRow.transactions[0] as ParsedTransaction).bookingDate,
    },
    closingBalance: {
      amount: toAmount(balances[last] as Decimal, ...written),
      date: (lastRow.transactions[0] as ParsedTransaction).bookingDate,
    },
  };
}
