import { Temporal } from 'temporal-polyfill';
import { bicOrNull, ibanOrNull, structuredReferenceIn, textOrNull } from './statement-text.js';
import { LineTooLongError, textLines } from './text-lines.js';
import {
  type ParsedBalance,
  type ParsedStatement,
  type ParsedTransaction,
  StatementFormatError,
  type StatementParser,
} from './types.js';

/*
 * OFX 1.x (SGML: a header of KEY:VALUE lines, leaf elements without end tags) and OFX 2.x (XML), read
 * with one small tokenizer for both, line by line: an element is an aggregate when OFX defines it so
 * (the list below), anything else is a leaf whose value runs to the next tag, closed or not. Bank
 * (STMTRS) and credit-card (CCSTMRS) statements are read, several per file; investment statements
 * are refused as unsupported. No DTD is read and no entity but XML's five and character references
 * is expanded, so an OFX 2 file cannot make the parser fetch or inflate anything.
 */

const AGGREGATES = new Set([
  'OFX',
  'SIGNONMSGSRSV1',
  'SONRS',
  'STATUS',
  'FI',
  'BANKMSGSRSV1',
  'STMTTRNRS',
  'STMTRS',
  'BANKACCTFROM',
  'BANKACCTTO',
  'CCACCTTO',
  'BANKTRANLIST',
  'STMTTRN',
  'PAYEE',
  'CURRENCY',
  'ORIGCURRENCY',
  'LEDGERBAL',
  'AVAILBAL',
  'BALLIST',
  'BAL',
  'CREDITCARDMSGSRSV1',
  'CCSTMTTRNRS',
  'CCSTMTRS',
  'CCACCTFROM',
  'INVSTMTMSGSRSV1',
  'INVSTMTTRNRS',
  'INVSTMTRS',
  'INVACCTFROM',
  'INVTRANLIST',
  'INVBANKTRAN',
  'INVPOSLIST',
  'INVBAL',
  'INVOOLIST',
  'SECLISTMSGSRSV1',
  'SECLIST',
  'SIGNUPMSGSRSV1',
  'ACCTINFOTRNRS',
  'ACCTINFORS',
  'ACCTINFO',
  'BANKACCTINFO',
  'CCACCTINFO',
  'INVACCTINFO',
  'MKTGINFO',
]);

const STATEMENTS = new Set(['STMTRS', 'CCSTMTRS']);
const MAX_LINE_BYTES = 8 * 1024 * 1024;

interface Node {
  name: string;
  line: number;
  leaves: Map<string, string>;
  children: Node[];
}

const failure = (
  template: string,
  params: Record<string, string | number>,
  line: number,
): StatementFormatError => new StatementFormatError(template, params, `line ${line}`);

const fail = (template: string, params: Record<string, string | number>, line: number): never => {
  throw failure(template, params, line);
};

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/** XML's predefined entities and character references only: nothing is looked up elsewhere. */
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const leaf = (node: Node | undefined, name: string): string | null => textOrNull(node?.leaves.get(name));
const child = (node: Node | undefined, name: string): Node | undefined =>
  node?.children.find((c) => c.name === name);

/** OFX date-times "YYYYMMDD[HHMMSS[.XXX]][[gmt offset:tz]]" → the date as written. */
function ofxDate(value: string | null, line: number): string | null {
  if (value === null) return null;
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(value);
  try {
    if (!m) throw new RangeError(value);
    return Temporal.PlainDate.from(
      { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) },
      { overflow: 'reject' },
    ).toString();
  } catch {
    return fail('The date "{value}" is not a valid OFX date', { value }, line);
  }
}

/** "-12.30", "+5", "1234,5" (a decimal comma, as some European banks write) → "-12.30", "5", "1234.5". */
function ofxAmount(value: string | null, what: string, line: number): string {
  const m = value ? /^([+-]?)(\d*)(?:[.,](\d*))?$/.exec(value.replace(/\s+/g, '')) : null;
  if (!m || !`${m[2]}${m[3] ?? ''}`)
    return fail('The amount {what} "{value}" is not a valid number', { what, value: value ?? '' }, line);
  const int = (m[2] ?? '').replace(/^0+(?=\d)/, '') || '0';
  const abs = m[3] ? `${int}.${m[3]}` : int;
  return m[1] === '-' && /[1-9]/.test(abs) ? `-${abs}` : abs;
}

function balance(node: Node | undefined): ParsedBalance | null {
  const amount = leaf(node, 'BALAMT');
  if (!node || amount === null) return null;
  const date = ofxDate(leaf(node, 'DTASOF'), node.line);
  return date ? { amount: ofxAmount(amount, 'BALAMT', node.line), date } : null;
}

function transaction(node: Node, statementCurrency: string | null): ParsedTransaction {
  const posted = leaf(node, 'DTPOSTED');
  if (!posted) return fail('The transaction has no posting date (DTPOSTED)', {}, node.line);
  const bookingDate = ofxDate(posted, node.line) ?? '';
  const valueDate = ofxDate(
    leaf(node, 'DTAVAIL') ?? leaf(node, 'VALUEDATE') ?? leaf(node, 'DTUSER'),
    node.line,
  );
  const currency =
    leaf(child(node, 'CURRENCY'), 'CURSYM') ??
    leaf(child(node, 'ORIGCURRENCY'), 'CURSYM') ??
    statementCurrency;
  if (!currency)
    return fail('Neither the statement (CURDEF) nor the transaction names a currency', {}, node.line);
  const payee = child(node, 'PAYEE');
  const checkNumber = leaf(node, 'CHECKNUM')?.replace(/^0+$/, '') || null;
  const refNumber = leaf(node, 'REFNUM');
  const memo = leaf(node, 'MEMO');
  const remittanceText = textOrNull(
    [memo, checkNumber && `CHECKNUM ${checkNumber}`, refNumber && `REFNUM ${refNumber}`]
      .filter(Boolean)
      .join(' '),
  );
  const bankAccountTo = child(node, 'BANKACCTTO') ?? child(node, 'CCACCTTO');
  const toAccount = leaf(bankAccountTo, 'ACCTID');
  const toIban = ibanOrNull(toAccount);
  return {
    bookingDate,
    valueDate,
    amount: ofxAmount(leaf(node, 'TRNAMT'), 'TRNAMT', node.line),
    currency,
    counterpartyName: leaf(node, 'NAME') ?? leaf(payee, 'NAME'),
    counterpartyIban: toIban,
    counterpartyAccount: toIban ? null : toAccount,
    counterpartyBic: bicOrNull(leaf(bankAccountTo, 'BANKID')),
    structuredReference: structuredReferenceIn(memo),
    remittanceText,
    bankReference: leaf(node, 'FITID'),
    endToEndId: null,
    bankTransactionCode: leaf(node, 'TRNTYPE'),
    position: `line ${node.line}`,
  };
}

class OfxReader {
  readonly done: ParsedStatement[] = [];
  private stack: Node[] = [];
  private pendingLeaf: { name: string; value: string; line: number } | null = null;
  private leafNames = new Set<string>();
  private transactions: ParsedTransaction[] = [];
  private carry = '';
  private carryLine = 0;
  sawOfx = false;
  closedOfx = false;
  /** The line of the first investment statement, which this reader does not import. */
  investmentLine: number | null = null;

  /** Feeds one line; a tag or comment left open at its end is carried to the next line. */
  line(text: string, line: number): void {
    const s = this.carry ? `${this.carry}\n${text}` : text;
    const startLine = this.carry ? this.carryLine : line;
    this.carry = '';
    let at = 0;
    while (at < s.length) {
      const lt = s.indexOf('<', at);
      if (lt === -1) {
        this.text(s.slice(at), line);
        return;
      }
      if (lt > at) this.text(s.slice(at, lt), line);
      const cdata = s.startsWith('<![CDATA[', lt);
      const closer = cdata ? ']]>' : s.startsWith('<!--', lt) ? '-->' : s.startsWith('<?', lt) ? '?>' : '>';
      const gt = s.indexOf(closer, lt + 1);
      if (gt === -1) {
        this.carry = s.slice(lt);
        this.carryLine = lt === 0 ? startLine : line;
        return;
      }
      // CDATA is text as written: its "&" is escaped so that the leaf's unescaping gives it back.
      if (cdata) this.text(s.slice(lt + 9, gt).replace(/&/g, '&amp;'), line);
      else this.tag(s.slice(lt + 1, gt), lt === 0 ? startLine : line);
      at = gt + closer.length;
    }
  }

  private text(raw: string, line: number): void {
    if (this.pendingLeaf) this.pendingLeaf.value += this.pendingLeaf.value ? `\n${raw}` : raw;
    else if (raw.trim() && this.sawOfx && !this.closedOfx)
      fail('Unexpected text "{value}" between OFX tags', { value: raw.trim().slice(0, 40) }, line);
  }

  private tag(inner: string, line: number): void {
    if (inner.startsWith('?') || inner.startsWith('!--')) return;
    if (inner.startsWith('!'))
      throw failure('DTD declarations (<!…>) are not accepted in an OFX file', {}, line);
    const closing = inner.startsWith('/');
    const selfClosing = inner.endsWith('/');
    const name = inner
      .slice(closing ? 1 : 0, selfClosing ? -1 : undefined)
      .trim()
      .split(/\s/)[0]
      ?.toUpperCase();
    if (!name || !/^[A-Z0-9._]+$/.test(name))
      throw failure('The tag <{value}> is not valid', { value: inner.slice(0, 40) }, line);
    if (this.closedOfx) throw failure('Content after the closing </OFX> tag', {}, line);
    this.endLeaf(closing ? name : null);
    if (closing) {
      this.close(name, line);
      return;
    }
    if (name === 'OFX') {
      if (this.sawOfx) throw failure('A second <OFX> element in the file', {}, line);
      this.sawOfx = true;
    } else if (!this.sawOfx) throw failure('The tag <{value}> comes before <OFX>', { value: name }, line);
    if (AGGREGATES.has(name)) {
      if (name === 'INVSTMTRS') this.investmentLine ??= line;
      if (STATEMENTS.has(name) && this.stack.some((n) => STATEMENTS.has(n.name)))
        throw failure('A statement inside another statement', {}, line);
      this.stack.push({ name, line, leaves: new Map(), children: [] });
      if (selfClosing) this.close(name, line);
      return;
    }
    this.leafNames.add(name);
    this.pendingLeaf = { name, value: '', line };
    if (selfClosing) this.endLeaf(name);
  }

  /** Ends the open leaf (at any tag; an end tag of another name leaves the SGML leaf unclosed). */
  private endLeaf(closingName: string | null): void {
    const p = this.pendingLeaf;
    if (!p) return;
    this.pendingLeaf = null;
    const top = this.stack[this.stack.length - 1];
    if (top && !top.leaves.has(p.name)) top.leaves.set(p.name, unescapeXml(p.value).trim());
    if (closingName === p.name) this.leafNames.add(`/${p.name}`);
  }

  private close(name: string, line: number): void {
    const depth = this.stack.map((n) => n.name).lastIndexOf(name);
    if (depth === -1) {
      // The end tag of a leaf (OFX 2, or an SGML file that closes some leaves) or of an element this
      // reader does not know and took for a leaf.
      if (this.leafNames.has(name)) return;
      throw failure('The end tag </{value}> has no matching start tag', { value: name }, line);
    }
    while (this.stack.length > depth) {
      const node = this.stack.pop() as Node;
      if (node.name !== name && AGGREGATES.has(node.name))
        fail(
          'The element <{value}> is not closed before </{closing}>',
          { value: node.name, closing: name },
          line,
        );
      this.closed(node);
    }
  }

  private closed(node: Node): void {
    const parent = this.stack[this.stack.length - 1];
    switch (node.name) {
      case 'SONRS':
      case 'STMTTRNRS':
      case 'CCSTMTTRNRS': {
        const status = child(node, 'STATUS');
        const code = leaf(status, 'CODE');
        if (code !== null && code !== '0') {
          const message = leaf(status, 'MESSAGE') ?? leaf(status, 'SEVERITY') ?? '';
          const template =
            node.name === 'SONRS'
              ? 'The bank refused the sign-on (status {code}): {message}'
              : 'The bank reported an error instead of the statement (status {code}): {message}';
          fail(template, { code, message }, status?.line ?? node.line);
        }
        return;
      }
      case 'STMTTRN': {
        const statement = this.stack.find((n) => STATEMENTS.has(n.name));
        const currency = statement ? leaf(statement, 'CURDEF') : null;
        if (statement) this.transactions.push(transaction(node, currency));
        else parent?.children.push(node);
        return;
      }
      case 'STMTRS':
      case 'CCSTMTRS':
        this.done.push(this.statement(node));
        this.transactions = [];
        return;
      case 'OFX':
        this.closedOfx = true;
        return;
      default:
        // Investment lists are skipped whole; every other aggregate is kept for its parent to read.
        if (!node.name.startsWith('INV') && node.name !== 'SECLIST') parent?.children.push(node);
    }
  }

  private statement(node: Node): ParsedStatement {
    const account = child(node, 'BANKACCTFROM') ?? child(node, 'CCACCTFROM');
    if (!account) return fail('The statement has no account (BANKACCTFROM / CCACCTFROM)', {}, node.line);
    const acctId = leaf(account, 'ACCTID');
    if (!acctId) return fail('The statement has no account number (ACCTID)', {}, account.line);
    const iban = ibanOrNull(acctId);
    const list = child(node, 'BANKTRANLIST');
    return {
      format: 'ofx',
      accountIban: iban,
      accountNumber: iban ? null : acctId,
      accountBic: bicOrNull(leaf(account, 'BANKID')),
      currency: leaf(node, 'CURDEF'),
      statementId: null,
      fromDate: ofxDate(leaf(list, 'DTSTART'), list?.line ?? node.line),
      toDate: ofxDate(leaf(list, 'DTEND'), list?.line ?? node.line),
      openingBalance: null,
      closingBalance: balance(child(node, 'LEDGERBAL')),
      transactions: this.transactions,
      position: `line ${node.line}`,
    };
  }

  end(line: number): void {
    if (this.carry) fail('The file ends inside a tag: it may be cut short', {}, line);
    this.endLeaf(null);
    if (!this.sawOfx) fail('This is not an OFX file (no <OFX> element)', {}, line);
    if (!this.closedOfx) fail('The file ends before </OFX>: it may be cut short', {}, line);
  }
}

/** OFX 1.x header lines ("OFXHEADER:100", "DATA:OFXSGML" …) or OFX 2's XML declaration. */
function checkHeader(text: string, line: number): void {
  const t = text.trim();
  if (/^OFXHEADER:\s*1\d\d$/.test(t) || t.startsWith('<')) return;
  fail('This is not an OFX file (it starts with neither OFXHEADER nor <?xml / <OFX>)', {}, line);
}

export const parseOfx: StatementParser = async function* parseOfx(source) {
  const reader = new OfxReader();
  let lastLine = 1;
  let inHeader = true;
  let count = 0;
  try {
    for await (const { text, line } of textLines(source, MAX_LINE_BYTES)) {
      lastLine = line;
      if (inHeader) {
        if (!text.trim()) continue;
        if (line === 1 || count === 0) checkHeader(text, line);
        inHeader = false;
      }
      if (!reader.sawOfx && /^[A-Z]+:/.test(text.trim())) continue;
      reader.line(text, line);
      while (reader.done.length) {
        count += 1;
        yield reader.done.shift() as ParsedStatement;
      }
    }
  } catch (e) {
    if (e instanceof LineTooLongError) fail('The line is too long for an OFX file', {}, e.line);
    throw e;
  }
  reader.end(lastLine);
  if (count === 0) {
    if (reader.investmentLine !== null)
      fail(
        'Investment statements are not supported: only bank and credit-card statements can be imported',
        {},
        lastLine,
      );
    fail('The file holds no bank or credit-card statement', {}, lastLine);
  }
};
