import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { belgianStructuredDigits } from '../../../shared/epc-qr.js';
import {
  type ParsedStatement,
  type ParsedTransaction,
  StatementFormatError,
  type StatementParser,
  type StatementWarning,
} from './types.js';

/*
 * Belgian CODA 2.x (Febelfin "Coded statement of account", version 2.6): fixed records of 128
 * ISO-8859-1 characters, one statement from a header 0 to a trailer 9, several statements a file.
 *   0 header · 1 old balance · 21/22/23 movement · 31/32/33 information · 4 free message ·
 *   8 new balance · 9 trailer.
 * Positions below are the standard's, 1-based; the code slices 0-based.
 *
 * Globalisation: a movement whose globalisation code is N > 0 is a total; its details follow as
 * movements with the same sequence number and a higher detail number, and the last detail repeats
 * N to close the level (a detail opening another code starts a deeper level). The details are
 * yielded instead of the total when they add up to it (a loan instalment split into capital and
 * interest, a batch split into its payments); a total whose details are absent (the customer did not
 * subscribe to them) is an ordinary movement. The trailer and the balances count the totals only.
 * pycoda's "faulty globalisation" sample is such a case (a salary batch, type 1, code 1, no detail
 * and no closing code) and reads; what is refused is a detail without its total, and details that
 * do not add up to their total.
 */

const RECORD_LENGTH = 128;

type RecordType = '0' | '1' | '21' | '22' | '23' | '31' | '32' | '33' | '4' | '8' | '9';
const RECORDS = new Set<string>(['0', '1', '21', '22', '23', '31', '32', '33', '4', '8', '9']);

/** Which record may follow which: the standard's order within one statement. */
const MAY_FOLLOW: { [R in RecordType]: ReadonlySet<RecordType | 'start'> } = {
  '0': new Set(['start', '9']),
  '1': new Set(['0']),
  '21': new Set(['1', '21', '22', '23', '31', '32', '33', '4']),
  '22': new Set(['21']),
  // 23 normally follows its 22; some banks write it straight after the 21 when 22 would be blank.
  '23': new Set(['21', '22']),
  '31': new Set(['21', '22', '23', '31', '32', '33']),
  '32': new Set(['31']),
  '33': new Set(['32']),
  '4': new Set(['1', '21', '22', '23', '31', '32', '33', '4', '8']),
  '8': new Set(['1', '21', '22', '23', '31', '32', '33', '4']),
  '9': new Set(['8', '4']),
};

interface Movement {
  sequence: string;
  detail: string;
  line: number;
  /** Signed, in thousandths (CODA's 3 implied decimals): exact integer sums. */
  millis: bigint;
  globalisation: number;
  bookingDate: string;
  valueDate: string | null;
  bankReference: string | null;
  bankTransactionCode: string;
  structured: boolean;
  /** Communication: the 21's zone, then the 22's and the 23's continuations. */
  communicationType: string;
  communication: string[];
  counterpartyName: string | null;
  counterpartyAccount: string | null;
  counterpartyBic: string | null;
  endToEndId: string | null;
  /** Name from an information record 31 of type 001, when the 23 names nobody. */
  informationName: string | null;
}

interface Statement {
  line: number;
  bic: string | null;
  accountIban: string | null;
  accountNumber: string | null;
  currency: string | null;
  statementId: string | null;
  opening: { millis: bigint; date: string } | null;
  closing: { millis: bigint; date: string } | null;
  records: number;
  debit: bigint;
  credit: bigint;
  transactions: ParsedTransaction[];
  group: Movement[];
  current: Movement | null;
  /** Checks that failed on a statement still readable (balances, trailer totals): imported with them. */
  warnings: StatementWarning[];
}

function warn(
  st: Statement,
  template: string,
  params: { [key: string]: string | number },
  line: number,
): void {
  st.warnings.push({ template, params, position: `line ${line}` });
}

function fail(template: string, params: { [key: string]: string | number }, line: number): never {
  throw new StatementFormatError(template, params, `line ${line}`);
}

/** Positions from–to (1-based, inclusive) as digits, else a refusal naming them. */
function digits(text: string, from: number, to: number, line: number): string {
  const value = text.slice(from - 1, to);
  if (!/^\d+$/.test(value))
    fail('Positions {from}-{to} ("{value}") are not a number', { from, to, value }, line);
  return value;
}

function amountMillis(text: string, signAt: number, from: number, line: number): bigint {
  const sign = text[signAt - 1];
  if (sign !== '0' && sign !== '1')
    fail(
      'Position {at} ("{value}") is neither 0 (credit) nor 1 (debit)',
      { at: signAt, value: sign ?? '' },
      line,
    );
  const n = BigInt(digits(text, from, from + 14, line));
  return sign === '1' ? -n : n;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** DDMMYY at positions from..from+5 as 'YYYY-MM-DD'; "000000" (unknown) is null when `optional`. */
function date(text: string, from: number, line: number, optional = false): string | null {
  const value = text.slice(from - 1, from + 5);
  if (optional && value === '000000') return null;
  const d = Number(value.slice(0, 2));
  const m = Number(value.slice(2, 4));
  const yy = Number(value.slice(4, 6));
  // CODA 2 dates from 2004 on; the pivot keeps the twentieth century's readable.
  const year = yy < 70 ? 2000 + yy : 1900 + yy;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (!/^\d{6}$/.test(value) || m < 1 || m > 12 || d < 1 || d > (m === 2 && !leap ? 28 : (DAYS[m - 1] ?? 0)))
    fail('Positions {from}-{to} ("{value}") are not a date DDMMYY', { from, to: from + 5, value }, line);
  return `${year}-${value.slice(2, 4)}-${value.slice(0, 2)}`;
}

/** Thousandths → "1234.50", "-0.125": at least two decimals, the third only when it is not 0. */
export function millisToAmount(millis: bigint): string {
  const negative = millis < 0n;
  const digitsText = (negative ? -millis : millis).toString().padStart(4, '0');
  const int = digitsText.slice(0, -3);
  const frac = digitsText.slice(-3);
  return `${negative ? '-' : ''}${int}.${frac.endsWith('0') ? frac.slice(0, 2) : frac}`;
}

const blankToNull = (s: string): string | null => {
  const t = s.trim();
  return t === '' ? null : t;
};

/** An account as written: an IBAN (electronic format) when it is a valid one, else the text. */
function account(raw: string): { iban: string | null; other: string | null } {
  const text = raw.trim();
  if (text === '') return { iban: null, other: null };
  const electronic = electronicFormatIBAN(text);
  if (electronic && isValidIBAN(electronic)) return { iban: electronic, other: null };
  return { iban: null, other: text };
}

const BELGIAN_STRUCTURED = new Set(['101', '102']);

function toTransaction(m: Movement, currency: string): ParsedTransaction {
  let structuredReference: string | null = null;
  let text: string[];
  if (m.structured) {
    const [first = '', ...continuations] = m.communication;
    const body = first.slice(3);
    const ref = body.slice(0, 12);
    if (BELGIAN_STRUCTURED.has(m.communicationType) && /^\d{12}$/.test(ref)) {
      // A wrong check digit is kept as the payer wrote it, in the text, never as a reference.
      const valid = belgianStructuredDigits(ref) !== null;
      if (valid) structuredReference = ref;
      const written = valid ? [] : [`+++${ref.slice(0, 3)}/${ref.slice(3, 7)}/${ref.slice(7)}+++`];
      text = [...written, body.slice(12), ...continuations];
    } else text = []; // bank data (105 original amount, 127 SEPA direct debit…), not a text for people
  } else text = m.communication;
  const parts = text.map((s) => s.trim()).filter((s) => s !== '');
  const counterparty = account(m.counterpartyAccount ?? '');
  return {
    bookingDate: m.bookingDate,
    valueDate: m.valueDate,
    amount: millisToAmount(m.millis),
    currency,
    counterpartyName: m.counterpartyName ?? m.informationName,
    counterpartyIban: counterparty.iban,
    counterpartyAccount: counterparty.other,
    counterpartyBic: m.counterpartyBic,
    structuredReference,
    remittanceText: parts.length ? parts.join(' ') : null,
    bankReference: m.bankReference,
    endToEndId: m.endToEndId,
    bankTransactionCode: m.bankTransactionCode,
    position: `line ${m.line}`,
  };
}

const blank = (m: Movement): boolean => m.communication.every((s) => s.trim() === '');

/** A detail without its own communication or counterparty is the total's (a loan's capital and interest). */
function inherit(detail: Movement, total: Movement): Movement {
  const communication = blank(detail) ? total : detail;
  return {
    ...detail,
    structured: communication.structured,
    communicationType: communication.communicationType,
    communication: communication.communication,
    counterpartyName: detail.counterpartyName ?? (detail.counterpartyAccount ? null : total.counterpartyName),
    counterpartyAccount:
      detail.counterpartyAccount ?? (detail.counterpartyName ? null : total.counterpartyAccount),
    counterpartyBic: detail.counterpartyBic ?? total.counterpartyBic,
    informationName: detail.informationName ?? total.informationName,
  };
}

interface Node {
  movement: Movement;
  details: Node[];
}

/** The movements of one sequence number → what is booked: the details where they make up their total. */
function resolveGlobalisation(group: Movement[]): Movement[] {
  const [total, ...rest] = group;
  if (!total) return [];
  if (rest.length === 0) return [total];
  const root: Node = { movement: total, details: [] };
  const open: { node: Node; level: number }[] = [{ node: root, level: total.globalisation }];
  for (const m of rest) {
    const node: Node = { movement: m, details: [] };
    // Past the detail that closed the total's own level, a further detail still counts under it.
    (open[open.length - 1]?.node ?? root).details.push(node);
    if (m.globalisation === 0) continue;
    const closes = open.findLastIndex((o) => o.level === m.globalisation);
    if (closes >= 0) open.length = closes;
    else open.push({ node, level: m.globalisation });
  }
  const leaves = (node: Node): Movement[] => {
    if (node.details.length === 0) return [node.movement];
    const sum = node.details.reduce((s, d) => s + d.movement.millis, 0n);
    if (sum !== node.movement.millis)
      fail(
        'The details of movement {sequence} add up to {details}; its globalised amount is {total}',
        {
          sequence: node.movement.sequence,
          details: millisToAmount(sum),
          total: millisToAmount(node.movement.millis),
        },
        node.movement.line,
      );
    return node.details.flatMap(leaves);
  };
  return leaves(root).map((m) => (m === total ? m : inherit(m, total)));
}

class CodaReader {
  private previous: RecordType | 'start' = 'start';
  private statement: Statement | null = null;

  /** One record; returns the statement its trailer completes. */
  record(text: string, line: number): ParsedStatement | null {
    if (text.length !== RECORD_LENGTH)
      fail(
        'The record is {length} characters long; a CODA record has {expected}',
        { length: text.length, expected: RECORD_LENGTH },
        line,
      );
    const type = (text[0] === '2' || text[0] === '3' ? text.slice(0, 2) : text[0]) as RecordType;
    if (!RECORDS.has(type)) fail('Unknown CODA record type "{type}"', { type }, line);
    if (!MAY_FOLLOW[type].has(this.previous)) {
      if (this.previous === 'start')
        fail('The file must start with a header record 0, not a record {type}', { type }, line);
      fail('A record {type} cannot follow a record {previous}', { type, previous: this.previous }, line);
    }
    this.previous = type;
    if (type === '0') {
      this.header(text, line);
      return null;
    }
    const st = this.statement!;
    if (type === '9') return this.trailer(st, text, line);
    st.records++;
    switch (type) {
      case '1':
        this.oldBalance(st, text, line);
        break;
      case '21':
        this.movement(st, text, line);
        break;
      case '22':
      case '23':
        this.continuation(st, type, text, line);
        break;
      case '31':
      case '32':
      case '33':
        this.information(st, type, text, line);
        break;
      case '8':
        this.newBalance(st, text, line);
        break;
      default: // '4', a free message: counted, not part of any transaction
    }
    return null;
  }

  end(lastLine: number): void {
    if (this.previous === 'start') fail('The file is empty', {}, Math.max(lastLine, 1));
    if (this.previous !== '9') fail('The file ends without a trailer record 9', {}, lastLine);
  }

  private header(text: string, line: number): void {
    const version = text[127];
    if (version !== '2')
      fail(
        'CODA version {version} is not supported; only version 2 is read',
        { version: version ?? '' },
        line,
      );
    date(text, 6, line);
    this.statement = {
      line,
      bic: blankToNull(text.slice(60, 71)),
      accountIban: null,
      accountNumber: null,
      currency: null,
      statementId: null,
      opening: null,
      closing: null,
      records: 0,
      debit: 0n,
      credit: 0n,
      transactions: [],
      group: [],
      warnings: [],
      current: null,
    };
  }

  private oldBalance(st: Statement, text: string, line: number): void {
    const structure = text[1] ?? '';
    // 0 Belgian account, 1 foreign account, 2 Belgian IBAN, 3 foreign IBAN.
    let raw: string;
    let currency: string;
    if (structure === '0') {
      raw = text.slice(5, 17);
      currency = text.slice(18, 21);
    } else if (structure === '1' || structure === '3') {
      raw = text.slice(5, 39);
      currency = text.slice(39, 42);
    } else if (structure === '2') {
      raw = text.slice(5, 36);
      currency = text.slice(39, 42);
    } else fail('Unknown account structure "{code}"', { code: structure }, line);
    const acc = account(raw);
    st.accountIban = acc.iban;
    st.accountNumber = acc.other;
    st.currency = blankToNull(currency);
    st.statementId = blankToNull(text.slice(2, 5));
    st.opening = { millis: amountMillis(text, 43, 44, line), date: date(text, 59, line)! };
  }

  private movement(st: Statement, text: string, line: number): void {
    const sequence = digits(text, 3, 6, line);
    const detail = digits(text, 7, 10, line);
    const millis = amountMillis(text, 32, 33, line);
    const glob = digits(text, 125, 125, line);
    const m: Movement = {
      sequence,
      detail,
      line,
      millis,
      globalisation: Number(glob),
      valueDate: date(text, 48, line, true),
      bookingDate: date(text, 116, line)!,
      bankReference: blankToNull(text.slice(10, 31)),
      bankTransactionCode: digits(text, 54, 61, line),
      structured: text[61] === '1',
      communicationType: text.slice(62, 65),
      communication: [text.slice(62, 115)],
      counterpartyName: null,
      counterpartyAccount: null,
      counterpartyBic: null,
      endToEndId: null,
      informationName: null,
    };
    const groupSequence = st.group[0]?.sequence;
    if (detail === '0000') {
      if (sequence === groupSequence)
        fail('Movement sequence number {sequence} is used twice', { sequence }, line);
      this.flushGroup(st);
      // The trailer's totals and the balances count the movement itself, never its details.
      if (millis < 0n) st.debit -= millis;
      else st.credit += millis;
    } else if (sequence !== groupSequence)
      fail(
        'Movement {sequence}/{detail} is a detail without its movement {sequence}/0000 before it',
        { sequence, detail },
        line,
      );
    st.group.push(m);
    st.current = m;
  }

  private belongs(st: Statement, type: string, text: string, line: number, withDetail: boolean): Movement {
    const m = st.current!;
    const found = withDetail ? text.slice(2, 10) : text.slice(2, 6);
    const expected = withDetail ? `${m.sequence}${m.detail}` : m.sequence;
    if (found !== expected)
      fail(
        'Record {type} belongs to movement {found}, not to the movement {expected} before it',
        { type, found, expected },
        line,
      );
    return m;
  }

  private continuation(st: Statement, type: '22' | '23', text: string, line: number): void {
    const m = this.belongs(st, type, text, line, true);
    if (type === '22') {
      m.communication.push(text.slice(10, 63));
      const e2e = blankToNull(text.slice(63, 98));
      m.endToEndId = e2e === 'NOTPROVIDED' ? null : e2e;
      m.counterpartyBic = blankToNull(text.slice(98, 109));
    } else {
      m.counterpartyAccount = blankToNull(text.slice(10, 44));
      m.counterpartyName = blankToNull(text.slice(47, 82));
      m.communication.push(text.slice(82, 125));
    }
  }

  private information(st: Statement, type: '31' | '32' | '33', text: string, line: number): void {
    const m = this.belongs(st, type, text, line, false);
    // Structured information 001 ("data concerning the counterparty") starts with the name (70).
    if (type === '31' && text[39] === '1' && text.slice(40, 43) === '001' && !m.informationName)
      m.informationName = blankToNull(text.slice(43, 113));
  }

  private flushGroup(st: Statement): void {
    if (st.group.length === 0) return;
    for (const m of resolveGlobalisation(st.group)) st.transactions.push(toTransaction(m, st.currency ?? ''));
    st.group = [];
  }

  private newBalance(st: Statement, text: string, line: number): void {
    this.flushGroup(st);
    st.current = null;
    const millis = amountMillis(text, 42, 43, line);
    st.closing = { millis, date: date(text, 58, line)! };
    const opening = st.opening!.millis;
    const movements = st.credit - st.debit;
    if (opening + movements !== millis)
      warn(
        st,
        'The new balance {closing} is not the old balance {opening} plus the movements {movements}',
        {
          closing: millisToAmount(millis),
          opening: millisToAmount(opening),
          movements: millisToAmount(movements),
        },
        line,
      );
  }

  private trailer(st: Statement, text: string, line: number): ParsedStatement {
    const records = Number(digits(text, 17, 22, line));
    if (records !== st.records)
      warn(
        st,
        'The trailer counts {declared} records; the statement has {counted}',
        { declared: records, counted: st.records },
        line,
      );
    const debit = BigInt(digits(text, 23, 37, line));
    const credit = BigInt(digits(text, 38, 52, line));
    if (debit !== st.debit || credit !== st.credit)
      warn(
        st,
        'The trailer totals {debit} in debit and {credit} in credit; the movements total {movementDebit} and {movementCredit}',
        {
          debit: millisToAmount(debit),
          credit: millisToAmount(credit),
          movementDebit: millisToAmount(st.debit),
          movementCredit: millisToAmount(st.credit),
        },
        line,
      );
    this.statement = null;
    const currency = st.currency;
    return {
      format: 'coda',
      accountIban: st.accountIban,
      accountNumber: st.accountNumber,
      accountBic: st.bic,
      currency,
      statementId: st.statementId,
      fromDate: null,
      toDate: st.closing?.date ?? null,
      openingBalance: st.opening && { amount: millisToAmount(st.opening.millis), date: st.opening.date },
      closingBalance: st.closing && { amount: millisToAmount(st.closing.millis), date: st.closing.date },
      transactions: st.transactions,
      position: `line ${st.line}`,
      warnings: st.warnings,
    };
  }
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * A line's bytes as text, checked to be ISO-8859-1 as CODA requires: no control character, and
 * not the UTF-8 encoding of accented letters (which ISO-8859-1 would misread as two characters each).
 */
function decodeLine(bytes: Buffer, line: number): string {
  let plain = true;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 || b >= 0x7f) {
      plain = false;
      break;
    }
  }
  if (plain) return bytes.toString('latin1');
  if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    fail('The file is UTF-8 encoded; CODA is ISO-8859-1', {}, line);
  if (bytes.length !== RECORD_LENGTH) {
    const utf8 = bytes.toString('utf8');
    if (!utf8.includes('\ufffd') && utf8.length === RECORD_LENGTH)
      fail('The file is UTF-8 encoded; CODA is ISO-8859-1', {}, line);
  }
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 || (b >= 0x7f && b < 0xa0))
      fail(
        'The file contains a control character (byte {byte}); CODA is ISO-8859-1 text',
        { byte: `0x${b.toString(16).padStart(2, '0')}` },
        line,
      );
  }
  return bytes.toString('latin1');
}

export const parseCoda: StatementParser = async function* parseCoda(source) {
  const reader = new CodaReader();
  let rest: Buffer | null = null;
  let line = 0;
  // Blank lines are tolerated at the end of the file only (an editor's trailing newline).
  let blankAt = 0;
  const take = (bytes: Buffer): ParsedStatement | null => {
    line++;
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === CR) end--;
    if (end === 0) {
      if (!blankAt) blankAt = line;
      return null;
    }
    if (blankAt) reader.record('', blankAt);
    const statement = reader.record(decodeLine(bytes.subarray(0, end), line), line);
    return statement;
  };
  for await (const chunk of source) {
    const data: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let nl = data.indexOf(LF, start); nl !== -1; nl = data.indexOf(LF, start)) {
      const statement = take(data.subarray(start, nl));
      start = nl + 1;
      if (statement) yield statement;
    }
    rest = start < data.length ? data.subarray(start) : null;
  }
  if (rest && rest.length > 0) {
    const statement = take(rest);
    if (statement) yield statement;
  }
  reader.end(blankAt ? blankAt - 1 : line);
};
