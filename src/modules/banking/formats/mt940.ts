import { Temporal } from 'temporal-polyfill';
import { parseMt940Details } from './mt940-details.js';
import { bicOrNull, ibanOrNull, textOrNull } from './statement-text.js';
import { LineTooLongError, textLines } from './text-lines.js';
import {
  type ParsedBalance,
  type ParsedStatement,
  type ParsedTransaction,
  StatementFormatError,
  type StatementParser,
} from './types.js';

/*
 * SWIFT MT940 (customer statement) and MT942 (interim transaction report), as banks export them: with
 * or without the {1:}{2:}{4: … -} envelope, with the header lines some banks put before :20:
 * (ABN AMRO's "ABNANL2A / 940", Rabobank's ":940:"), CRLF or LF, UTF-8 or Latin-1. A statement runs
 * from :20: to the next :20:, a "-" line or the end of the file. Only the tags below start a field;
 * anything else is a continuation line of the field before (a wrapped :86: line may begin ":26:").
 */

const TAG = /^:(20|21|25|28C?|60[FM]|61|62[FM]|64|65|86|NS|13D?|34F|90[DC]):(.*)$/;
const MAX_LINE_BYTES = 64 * 1024;

interface Field {
  tag: string;
  lines: string[];
  line: number;
}

const failure = (
  template: string,
  params: Record<string, string | number>,
  line: number,
): StatementFormatError => new StatementFormatError(template, params, `line ${line}`);

const fail = (template: string, params: Record<string, string | number>, line: number): never => {
  throw failure(template, params, line);
};

/** "380115,12" → "380115.12", "203," → "203", "00,12" → "0.12"; debit (negative) when `negative`. */
export function mt940Amount(text: string, negative: boolean): string | null {
  // A dot (Rabobank's old export) and a missing separator ("C500NTRF", Knab) are accepted as written.
  const m = /^(\d+)(?:[,.](\d*))?$/.exec(text);
  if (!m) return null;
  const int = (m[1] ?? '').replace(/^0+(?=\d)/, '');
  const frac = m[2] ?? '';
  const abs = frac ? `${int}.${frac}` : int;
  return negative && /[1-9]/.test(abs) ? `-${abs}` : abs;
}

/** YYMMDD → 'YYYY-MM-DD' (SWIFT years 80–99 are 19xx), null when not a calendar date. */
export function mt940Date(yymmdd: string): string | null {
  const m = /^(\d\d)(\d\d)(\d\d)$/.exec(yymmdd);
  if (!m) return null;
  const yy = Number(m[1]);
  return calendarDate(yy >= 80 ? 1900 + yy : 2000 + yy, Number(m[2]), Number(m[3]));
}

function calendarDate(year: number, month: number, day: number): string | null {
  try {
    return Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' }).toString();
  } catch {
    return null;
  }
}

/**
 * The entry (booking) date MMDD of a :61: line takes the year that puts it nearest the value date:
 * a value date of 2 January booked on 31 December was booked the year before, and the reverse.
 */
export function entryDate(valueDate: string, mmdd: string): string | null {
  const year = Number(valueDate.slice(0, 4));
  const month = Number(mmdd.slice(0, 2));
  const day = Number(mmdd.slice(2, 4));
  const value = Temporal.PlainDate.from(valueDate);
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const y of [year - 1, year, year + 1]) {
    const d = calendarDate(y, month, day);
    if (!d) continue;
    const distance = Math.abs(value.until(Temporal.PlainDate.from(d), { largestUnit: 'days' }).days);
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

export interface Mt940StatementLine {
  valueDate: string;
  bookingDate: string;
  amount: string;
  fundsCode: string | null;
  typeCode: string | null;
  customerReference: string | null;
  bankReference: string | null;
  supplementary: string | null;
}

const LINE_61 =
  /^(\d{6})(\d{4}|\s{4})?(RC|RD|C|D)([A-Z])?(\d+(?:[,.]\d*)?)(?:(NONREF)|([NFS][A-Z0-9]{3}|[NFS][A-Z0-9 ]{3}))?(.*)$/;

/** One :61: statement line: the first line holds the fields, a continuation line the supplementary details. */
export function parseStatementLine(lines: string[], line: number): Mt940StatementLine {
  const first = lines[0] ?? '';
  const m = LINE_61.exec(first);
  if (!m) return fail('The statement line :61: "{value}" is not valid', { value: first }, line);
  const [, value = '', entry, mark = '', funds, amountText = '', nonref, type, rest = ''] = m;
  const valueDate = mt940Date(value);
  if (!valueDate) return fail('The date "{value}" is not a valid date', { value }, line);
  const bookingDate = entry?.trim() ? entryDate(valueDate, entry) : valueDate;
  if (!bookingDate) return fail('The date "{value}" is not a valid date', { value: entry ?? '' }, line);
  // D and RC (reversal of a credit) take money out; C and RD (reversal of a debit) bring it in.
  const amount = mt940Amount(amountText, mark === 'D' || mark === 'RC');
  if (!amount) return fail('The amount "{value}" is not valid', { value: amountText }, line);
  const refs = (nonref ? `NONREF${rest}` : rest).split('//');
  const customer = textOrNull(refs[0]);
  return {
    valueDate,
    bookingDate,
    amount,
    fundsCode: funds ?? null,
    typeCode: type ?? null,
    customerReference: customer && customer !== 'NONREF' ? customer : null,
    bankReference: textOrNull(refs.slice(1).join('//')),
    supplementary: textOrNull(
      lines
        .slice(1)
        .map((l) => l.trim())
        .filter(Boolean)
        .join(' '),
    ),
  };
}

function balance(field: Field): { balance: ParsedBalance; currency: string } {
  const value = field.lines.join('').trim();
  const m = /^([CD])(\d{6})([A-Z]{3})(\d+(?:[,.]\d*)?)$/.exec(value);
  if (!m) return fail('The balance :{tag}: "{value}" is not valid', { tag: field.tag, value }, field.line);
  const [, mark, date = '', currency = '', amountText = ''] = m;
  const d = mt940Date(date);
  if (!d) return fail('The date "{value}" is not a valid date', { value: date }, field.line);
  const amount = mt940Amount(amountText, mark === 'D');
  if (!amount) return fail('The amount "{value}" is not valid', { value: amountText }, field.line);
  return { balance: { amount, date: d }, currency };
}

/** ":25:" as banks write it: an IBAN (ING appends the currency), BIC/account, bank code/account. */
export function accountIdentification(
  value: string,
): Pick<ParsedStatement, 'accountIban' | 'accountNumber' | 'accountBic'> {
  let rest = value.trim();
  let accountBic: string | null = null;
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const bic = bicOrNull(rest.slice(0, slash));
    if (bic) {
      accountBic = bic;
      rest = rest.slice(slash + 1);
    }
  }
  rest = rest.replace(/[\s/]*[A-Z]{3}$/, (ccy, offset: number) =>
    offset > 0 && /\d/.test(rest[offset - 1] ?? '') ? '' : ccy,
  );
  const iban = ibanOrNull(rest);
  return { accountIban: iban, accountNumber: iban ? null : textOrNull(rest), accountBic };
}

class StatementBuilder {
  format: 'mt940' | 'mt942' = 'mt940';
  statement: ParsedStatement;
  private account = false;
  private last: {
    tx: ParsedTransaction;
    typeCode: string | null;
    supplementary: string | null;
    details: string[] | null;
  } | null = null;
  private afterLines = false;

  constructor(reference: Field) {
    this.statement = {
      format: 'mt940',
      accountIban: null,
      accountNumber: null,
      accountBic: null,
      currency: null,
      statementId: null,
      fromDate: null,
      toDate: null,
      openingBalance: null,
      closingBalance: null,
      transactions: [],
      position: `line ${reference.line}`,
    };
  }

  add(field: Field): void {
    const value = field.lines[0]?.trim() ?? '';
    const s = this.statement;
    switch (field.tag) {
      case '25': {
        Object.assign(s, accountIdentification(field.lines.join('')));
        const ccy = /\d[\s/]*([A-Z]{3})$/.exec(field.lines.join('').trim());
        if (ccy && !s.currency) s.currency = ccy[1] ?? null;
        this.account = true;
        return;
      }
      case '28':
      case '28C':
        s.statementId = textOrNull(value);
        return;
      case '60F':
      case '60M': {
        const b = balance(field);
        s.openingBalance = b.balance;
        s.currency = b.currency;
        s.fromDate = b.balance.date;
        return;
      }
      case '62F':
      case '62M': {
        this.flush();
        const b = balance(field);
        s.closingBalance = b.balance;
        s.currency ??= b.currency;
        s.toDate = b.balance.date;
        this.afterLines = true;
        return;
      }
      case '34F':
      case '13':
      case '13D':
        this.format = 'mt942';
        s.format = 'mt942';
        if (field.tag === '34F' && !s.currency) s.currency = /^([A-Z]{3})/.exec(value)?.[1] ?? null;
        if (field.tag !== '34F') {
          const d = mt940Date(value.slice(0, 6));
          if (!d)
            throw failure('The date "{value}" is not a valid date', { value: value.slice(0, 6) }, field.line);
          s.toDate = d;
        }
        return;
      case '61': {
        this.flush();
        const l = parseStatementLine(field.lines, field.line);
        this.last = {
          typeCode: l.typeCode,
          supplementary: l.supplementary,
          details: null,
          tx: {
            bookingDate: l.bookingDate,
            valueDate: l.valueDate,
            amount: l.amount,
            currency: s.currency ?? '',
            counterpartyName: null,
            counterpartyIban: null,
            counterpartyAccount: null,
            counterpartyBic: null,
            structuredReference: null,
            remittanceText: null,
            bankReference: l.bankReference ?? l.customerReference,
            endToEndId: null,
            bankTransactionCode: l.typeCode,
            position: `line ${field.line}`,
          },
        };
        return;
      }
      case '86':
        // Information after the last :61: belongs to it (Rabobank's old format repeats :86:); after
        // the closing balance it is about the statement and carries nothing the model keeps.
        if (this.last && !this.afterLines) this.last.details = [...(this.last.details ?? []), ...field.lines];
        return;
      case '90D':
      case '90C':
        this.flush();
        this.afterLines = true;
        return;
      default:
        return;
    }
  }

  private flush(): void {
    const last = this.last;
    if (!last) return;
    this.last = null;
    const tx = last.tx;
    if (last.details) {
      const d = parseMt940Details(last.details);
      tx.counterpartyName = d.counterpartyName;
      tx.counterpartyIban = d.counterpartyIban;
      tx.counterpartyAccount = d.counterpartyAccount;
      tx.counterpartyBic = d.counterpartyBic;
      tx.remittanceText = d.remittanceText;
      tx.endToEndId = d.endToEndId;
      tx.structuredReference = d.structuredReference;
      if (d.transactionCode) tx.bankTransactionCode = d.transactionCode;
    }
    // Rabobank and SNS put the counterparty's IBAN on the :61: line's continuation.
    if (!tx.counterpartyIban && !tx.counterpartyAccount) {
      const iban = ibanOrNull(/^(\S+)/.exec(last.supplementary ?? '')?.[1]);
      if (iban) tx.counterpartyIban = iban;
    }
    tx.remittanceText ??= last.details ? null : last.supplementary;
    this.statement.transactions.push(tx);
  }

  /** `terminated`: the message ended with its "-" / "-}" mark, so a missing :62F: is the bank's omission, not a cut. */
  finish(line: number, terminated: boolean): ParsedStatement {
    this.flush();
    const s = this.statement;
    if (!this.account)
      return fail('The statement has no account identification :25:', {}, Number(s.position.slice(5)));
    if (this.format === 'mt940') {
      if (!s.openingBalance)
        return fail('The statement has no opening balance :60F:', {}, Number(s.position.slice(5)));
      if (!s.closingBalance && !terminated)
        return fail('The statement has no closing balance :62F: (the file may be cut short)', {}, line);
    }
    for (const tx of s.transactions) tx.currency ||= s.currency ?? '';
    if (!s.currency) return fail('The statement names no currency', {}, Number(s.position.slice(5)));
    return s;
  }
}

async function* fields(
  source: AsyncIterable<Buffer>,
): AsyncGenerator<Field | { end: number; marked: boolean }> {
  let current: Field | null = null;
  let lastLine = 0;
  // A "-" line ends the message, but ING wraps :86: text onto a line that is just "-": before the
  // closing balance (or MT942's totals) it is part of the field it follows.
  let closed = false;
  try {
    for await (const { text, line } of textLines(source, MAX_LINE_BYTES)) {
      lastLine = line;
      // Ctrl-Z: the DOS end-of-file mark some exports still append.
      let t = text.replaceAll('\u001a', '');
      // The SWIFT envelope: "{1:…}{2:…}{4:" before the first field, "-}" (maybe with {5:…}) after the last.
      if (t.startsWith('{')) t = t.replace(/^(\{\d:[^{}]*\})*(\{4:)?/, '');
      if (/^-\}/.test(t) || (t.trim() === '-' && (closed || !current))) {
        if (current) yield current;
        closed = false;
        current = null;
        yield { end: line, marked: true };
        continue;
      }
      const m = TAG.exec(t);
      if (m) {
        if (current) yield current;
        current = { tag: m[1] ?? '', lines: [m[2] ?? ''], line };
        if (/^(62|90)/.test(current.tag)) closed = true;
        if (current.tag === '20') closed = false;
      } else if (current && t.trim() !== '') {
        current.lines.push(t);
      }
    }
  } catch (e) {
    if (e instanceof LineTooLongError) fail('The line is too long for an MT940 file', {}, e.line);
    throw e;
  }
  if (current) yield current;
  yield { end: lastLine, marked: false };
}

export const parseMt940: StatementParser = async function* parseMt940(source) {
  let builder: StatementBuilder | null = null;
  let count = 0;
  let lastLine = 0;
  for await (const f of fields(source)) {
    if ('end' in f) {
      lastLine = f.end;
      if (builder) {
        yield builder.finish(f.end, f.marked);
        count += 1;
      }
      builder = null;
      continue;
    }
    lastLine = f.line;
    if (f.tag === '20') {
      if (builder) {
        yield builder.finish(f.line - 1, false);
        count += 1;
      }
      builder = new StatementBuilder(f);
      builder.statement.statementId = textOrNull(f.lines[0]);
      continue;
    }
    if (!builder) fail('The field :{tag}: comes before the statement reference :20:', { tag: f.tag }, f.line);
    else builder.add(f);
  }
  if (count === 0)
    fail('The file holds no MT940 or MT942 statement (no :20: field)', {}, Math.max(lastLine, 1));
};
