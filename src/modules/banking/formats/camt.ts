import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { normalizeStructuredReference } from './structured-reference.js';
// The reference rules are the documents module's (the ones printed on our invoices), so a reference
// we issue and the one we read back cannot disagree. TODO: export them from documents/index.ts.
import {
  type ParsedBalance,
  type ParsedStatement,
  type ParsedTransaction,
  type StatementFormat,
  StatementFormatError,
  type StatementParser,
} from './types.js';

/*
 * ISO 20022 cash management messages: camt.053 (statement), camt.054 (debit/credit notification) and
 * camt.052 (account report), read entry by entry.
 *
 * Why no whole-file tree: a statement may hold 100,000 entries. No streaming SAX parser is installed
 * (no sax/saxes in node_modules), so a small tag scanner walks the file as it arrives, keeping only the
 * open-element stack; each <Ntry> is cut out of the text whole (entries never nest) and parsed on its
 * own by fast-xml-parser, after its well-formedness check. The statement's other children (Acct, Bal,
 * FrToDt…) are few and small and are parsed together when the statement closes. Consumed text is
 * dropped, so memory holds one entry's text plus the statement's parsed transactions.
 *
 * No entity is ever expanded: a DOCTYPE or ENTITY declaration anywhere is refused (XXE, billion
 * laughs), fast-xml-parser is told not to process entities, and the five predefined ones and
 * character references are decoded here.
 */

type CamtKind = '052' | '053' | '054';

/** Versions per message, as published by ISO 20022 (camt.053.001.01 predates SEPA and is not seen). */
const VERSIONS: Record<CamtKind, { min: number; max: number }> = {
  '052': { min: 1, max: 8 },
  '053': { min: 2, max: 8 },
  '054': { min: 1, max: 8 },
};
const MESSAGE: Record<CamtKind, string> = {
  '052': 'BkToCstmrAcctRpt',
  '053': 'BkToCstmrStmt',
  '054': 'BkToCstmrDbtCdtNtfctn',
};
const RECORD: Record<CamtKind, string> = { '052': 'Rpt', '053': 'Stmt', '054': 'Ntfctn' };
const NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:camt\.(05[234])\.001\.(\d{2})$/;
/** Elements that repeat, numbered in positions ("Stmt[1]/Ntry[3]"). */
const INDEXED = new Set(['Stmt', 'Rpt', 'Ntfctn', 'Ntry', 'NtryDtls', 'TxDtls', 'Bal']);

export const CAMT_MESSAGES_EN = {
  notUtf8: 'The file is not UTF-8 text',
  notXml: 'The file is not well-formed XML: {reason}',
  truncated: 'The file ends before the element {element} is closed',
  doctype: 'A DOCTYPE or entity declaration is not allowed in a bank statement',
  wrongRoot: 'Not an ISO 20022 camt file: the root element is {element}, not Document',
  unknownNamespace: 'Unknown camt message or version: namespace {namespace}',
  wrongMessage: 'A {format} document must contain {expected}, not {element}',
  missing: 'The mandatory element {element} is missing',
  notDecimal: 'The amount {value} is not a decimal number',
  notIndicator: 'The credit/debit indicator {value} is neither CRDT nor DBIT',
  notDate: 'The date {value} is not a calendar date (YYYY-MM-DD)',
} as const;
const M = CAMT_MESSAGES_EN;

const fail = (template: string, position: string, params: Record<string, string | number> = {}): never => {
  throw new StatementFormatError(template, params, position);
};

// ---------------------------------------------------------------------------------------------------
// Entry and header trees (fast-xml-parser, every element an array so that repetitions need no care)

interface XNode {
  [name: string]: XNode[] | string | undefined;
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.includes('&')
    ? s.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
        name ? (NAMED[name] ?? '') : String.fromCodePoint(Number.parseInt(hex ?? dec ?? '0', hex ? 16 : 10)),
      )
    : s;

/*
 * A value kept in the result is copied out of the file's text: V8 represents a substring as a view
 * of its parent, so 100,000 transactions would otherwise keep the whole file's text alive.
 */
const detach = (s: string): string => (s.length < 13 ? s : ` ${s}`.slice(1));

function child(node: XNode | undefined, ...names: string[]): XNode | undefined {
  let n = node;
  for (const name of names) {
    const list = n?.[name];
    n = Array.isArray(list) ? list[0] : undefined;
  }
  return n;
}

function children(node: XNode | undefined, name: string): XNode[] {
  const list = node?.[name];
  return Array.isArray(list) ? list : [];
}

/** The text of an element (trimmed and decoded when read); null when absent or blank. */
function text(node: XNode | undefined, ...names: string[]): string | null {
  const t = child(node, ...names)?.['#text'];
  return typeof t === 'string' ? t : null;
}

const attr = (node: XNode | undefined, name: string): string | null => {
  const a = node?.[`@${name}`];
  return typeof a === 'string' && a !== '' ? a : null;
};

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const localName = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

/*
 * One element's text (an entry, or the statement's header children) into a small tree: elements by
 * local name, each an array, text under '#text', attributes under '@name'. Not fast-xml-parser:
 * measured on the bench scenario (bench/scenarios/bank-parse-camt.ts), its validate + parse of each
 * entry read 7,000 transactions/s, this 60,000+; the checks that matter here (tags balanced and well
 * formed, no declaration, entities decoded, never expanded) are all made below.
 */
function parseElement(src: string, position: string): XNode {
  const root: XNode = {};
  // `start`: where the element's text not yet taken begins; `text`: what comments or CDATA split off.
  const stack: { node: XNode; qname: string; start: number; text: string }[] = [
    { node: root, qname: '', start: 0, text: '' },
  ];
  let pos = 0;
  for (;;) {
    const top = stack[stack.length - 1]!;
    const lt = src.indexOf('<', pos);
    if (lt < 0) {
      if (stack.length > 1) malformed(position, `<${top.qname}> is not closed`);
      if (src.slice(pos).trim() !== '') malformed(position, 'text after the element');
      return root;
    }
    const c = src.charCodeAt(lt + 1);
    if (c === 33 /* ! */ || c === 63 /* ? */) {
      let end: number;
      let cdata = '';
      if (src.startsWith('<!--', lt)) end = src.indexOf('-->', lt + 4) + 3;
      else if (src.startsWith('<![CDATA[', lt)) {
        end = src.indexOf(']]>', lt + 9) + 3;
        cdata = src.slice(lt + 9, end - 3);
      } else if (c === 63) end = src.indexOf('?>', lt + 2) + 2;
      else if (/^<!(?:DOCTYPE|ENTITY)/i.test(src.slice(lt, lt + 9))) return fail(M.doctype, position);
      else return malformed(position, 'unexpected declaration');
      if (end < 3) malformed(position, `unclosed ${src.slice(lt, lt + 9)}`);
      top.text += decode(src.slice(top.start, lt)) + cdata;
      top.start = pos = end;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(src);
    if (!m) return malformed(position, `malformed tag ${src.slice(lt, lt + 40)}`);
    pos = TAG.lastIndex;
    const qname = m[2]!;
    if (m[1]) {
      if (stack.length === 1 || top.qname !== qname)
        malformed(position, `</${qname}> closes <${top.qname || 'nothing'}>`);
      stack.pop();
      const t = (top.text + decode(src.slice(top.start, lt))).trim();
      if (t !== '') top.node['#text'] = detach(t);
      continue;
    }
    const node: XNode = {};
    if (m[3]) {
      for (const a of m[3].matchAll(ATTR)) {
        const name = a[1]!;
        if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
        node[`@${localName(name)}`] = detach(decode(a[2] ?? a[3] ?? '').trim());
      }
    }
    const local = localName(qname);
    const list = top.node[local];
    if (Array.isArray(list)) list.push(node);
    else top.node[local] = [node];
    if (!m[4]) stack.push({ node, qname, start: pos, text: '' });
  }
}

const malformed = (position: string, reason: string): never => fail(M.notXml, position, { reason });

// ---------------------------------------------------------------------------------------------------
// Values

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/** "0008.50" → "8.50", signed; never "-0". */
function signedAmount(raw: string | null, negative: boolean, position: string): string {
  if (raw === null) return fail(M.missing, position, { element: 'Amt' });
  const m = DECIMAL.exec(raw);
  if (!m) return fail(M.notDecimal, position, { value: raw });
  const int = m[1]!.replace(/^0+(?=\d)/, '');
  const value = m[2] === undefined ? int : `${int}.${m[2]}`;
  return negative && /[1-9]/.test(value) ? `-${value}` : value;
}

function indicator(node: XNode | undefined, position: string): 'CRDT' | 'DBIT' {
  const v = text(node, 'CdtDbtInd');
  if (v === null) return fail(M.missing, `${position}/CdtDbtInd`, { element: 'CdtDbtInd' });
  if (v !== 'CRDT' && v !== 'DBIT') return fail(M.notIndicator, `${position}/CdtDbtInd`, { value: v });
  return v;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A Dt or DtTm choice (BookgDt, ValDt, Bal/Dt): the calendar date as written, even for a date-time. */
function dateOf(node: XNode | undefined, position: string): string | null {
  const raw = text(node, 'Dt') ?? text(node, 'DtTm');
  if (raw === null) return null;
  const m = DATE.exec(raw);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > 31) return fail(M.notDate, position, { value: raw });
  return m[0];
}

const iban = (raw: string | null): string | null => {
  if (raw === null) return null;
  const e = electronicFormatIBAN(raw) ?? '';
  return isValidIBAN(e) ? e : null;
};

/** An account (Acct, DbtrAcct, CdtrAcct): its IBAN, or the other id as written (an IBAN under Othr counts as one). */
function account(node: XNode | undefined): { iban: string | null; number: string | null } {
  const id = child(node, 'Id');
  const written = text(id, 'IBAN');
  // Othr from version 2 on; version 1 had BBAN, UPIC and PrtryAcct instead.
  const other = text(id, 'Othr', 'Id') ?? text(id, 'PrtryAcct', 'Id') ?? text(id, 'BBAN') ?? text(id, 'UPIC');
  const asIban = iban(written) ?? iban(other);
  if (asIban) return { iban: asIban, number: null };
  return { iban: null, number: written ?? other };
}

/** BIC (up to v3) or BICFI (v4 on) of a FinInstnId. */
const bic = (agent: XNode | undefined): string | null => {
  const fi = child(agent, 'FinInstnId');
  return (text(fi, 'BICFI') ?? text(fi, 'BIC'))?.toUpperCase() ?? null;
};

function bankTransactionCode(node: XNode | undefined): string | null {
  const domain = child(node, 'Domn');
  const code = text(domain, 'Cd');
  if (code) {
    const family = child(domain, 'Fmly');
    return [code, text(family, 'Cd'), text(family, 'SubFmlyCd')].filter((s) => s !== null).join('/');
  }
  return text(node, 'Prtry', 'Cd');
}

// ---------------------------------------------------------------------------------------------------
// Entries

/** The party of a camt.05x.001.08 Party40Choice (Dbtr/Pty) or an older PartyIdentification (Dbtr). */
const party = (node: XNode | undefined): XNode | undefined => child(node, 'Pty') ?? node;

interface Details {
  counterpartyName: string | null;
  counterpartyIban: string | null;
  counterpartyAccount: string | null;
  counterpartyBic: string | null;
  structuredReference: string | null;
  remittanceText: string | null;
  bankReference: string | null;
  endToEndId: string | null;
  bankTransactionCode: string | null;
}

function details(entry: XNode, tx: XNode | undefined, credit: boolean): Details {
  const parties = child(tx, 'RltdPties');
  const agents = child(tx, 'RltdAgts');
  // For money in the counterparty is who paid (the debtor); for money out, who was paid.
  const [who, ultimate, acct, agent] = credit
    ? ['Dbtr', 'UltmtDbtr', 'DbtrAcct', 'DbtrAgt']
    : ['Cdtr', 'UltmtCdtr', 'CdtrAcct', 'CdtrAgt'];
  const name = text(party(child(parties, who)), 'Nm') ?? text(party(child(parties, ultimate)), 'Nm');
  const acc = account(child(parties, acct));
  const rmt = child(tx, 'RmtInf');
  const ustrd = children(rmt, 'Ustrd')
    .map((u) => text({ u: [u] }, 'u'))
    .filter((s): s is string => s !== null);
  const refs = children(rmt, 'Strd')
    .map((s) => text(s, 'CdtrRefInf', 'Ref'))
    .filter((s): s is string => s !== null);
  const structured = refs.map(normalizeStructuredReference).find((r) => r !== null) ?? null;
  const unrecognised = refs.filter((r) => normalizeStructuredReference(r) === null);
  const remittanceText =
    (ustrd.length > 0 ? ustrd.join(' ') : null) ??
    text(tx, 'AddtlTxInf') ??
    text(entry, 'AddtlNtryInf') ??
    (unrecognised.length > 0 ? unrecognised.join(' ') : null);
  const e2e = text(tx, 'Refs', 'EndToEndId');
  return {
    counterpartyName: name,
    counterpartyIban: acc.iban,
    counterpartyAccount: acc.number,
    counterpartyBic: bic(child(agents, agent)),
    structuredReference: structured,
    remittanceText,
    bankReference: text(tx, 'Refs', 'AcctSvcrRef') ?? text(entry, 'AcctSvcrRef'),
    endToEndId: e2e === null || e2e.toUpperCase() === 'NOTPROVIDED' ? null : e2e,
    bankTransactionCode:
      bankTransactionCode(child(tx, 'BkTxCd')) ?? bankTransactionCode(child(entry, 'BkTxCd')),
  };
}

/** TxDtls/Amt (v3 on) or AmtDtls/TxAmt/Amt (every version). */
const txAmount = (tx: XNode): XNode | undefined => child(tx, 'Amt') ?? child(tx, 'AmtDtls', 'TxAmt', 'Amt');

function readEntry(entry: XNode, at: string, statementCurrency: string | null): ParsedTransaction[] {
  const amt = child(entry, 'Amt');
  if (!amt) return fail(M.missing, `${at}/Amt`, { element: 'Amt' });
  const entryCredit = indicator(entry, at) === 'CRDT';
  // A reversal (RvslInd) undoes a booking of the other direction: a reversed debit is money in.
  const reversal = text(entry, 'RvslInd') === 'true' || text(entry, 'RvslInd') === '1';
  const bookingDate =
    dateOf(child(entry, 'BookgDt'), `${at}/BookgDt`) ??
    fail(M.missing, `${at}/BookgDt`, { element: 'BookgDt' });
  const valueDate = dateOf(child(entry, 'ValDt'), `${at}/ValDt`);
  const currencyOf = (a: XNode | undefined, where: string) =>
    attr(a, 'Ccy') ?? statementCurrency ?? fail(M.missing, `${where}/@Ccy`, { element: 'Ccy' });

  const txs: { tx: XNode; at: string }[] = [];
  children(entry, 'NtryDtls').forEach((d, i) => {
    children(d, 'TxDtls').forEach((tx, j) => {
      txs.push({ tx, at: `${at}/NtryDtls[${i + 1}]/TxDtls[${j + 1}]` });
    });
  });

  // A batch is split only when each of its transactions says its amount; otherwise the entry stays one
  // booking (its TxDtls' texts joined), since amounts cannot be invented. The sign is the entry's: it
  // is what was booked on the account (a TxDtls/CdtDbtInd contradicting it is seen in bank samples).
  if (txs.length > 1 && txs.every(({ tx }) => txAmount(tx) !== undefined)) {
    return txs.map(({ tx, at: txAt }) => {
      const a = txAmount(tx);
      const credit = entryCredit;
      return {
        bookingDate,
        valueDate,
        amount: signedAmount(text({ a: a ? [a] : [] }, 'a'), credit === reversal, `${txAt}/Amt`),
        currency: currencyOf(a, txAt),
        ...details(entry, tx, credit),
        position: txAt,
      };
    });
  }
  const first = txs[0]?.tx;
  const base = details(entry, first, entryCredit);
  if (txs.length > 1) {
    const texts = txs.map(({ tx }) => details(entry, tx, entryCredit).remittanceText);
    const distinct = [...new Set(texts.filter((t): t is string => t !== null))];
    base.remittanceText = distinct.length > 0 ? distinct.join(' ') : null;
  }
  return [
    {
      bookingDate,
      valueDate,
      amount: signedAmount(text(entry, 'Amt'), entryCredit === reversal, `${at}/Amt`),
      currency: currencyOf(amt, `${at}/Amt`),
      ...base,
      position: at,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Statement header

function balance(bal: XNode, at: string): ParsedBalance {
  const credit = indicator(bal, at) === 'CRDT';
  return {
    amount: signedAmount(text(bal, 'Amt'), !credit, `${at}/Amt`),
    date: dateOf(child(bal, 'Dt'), `${at}/Dt`) ?? fail(M.missing, `${at}/Dt`, { element: 'Dt' }),
  };
}

interface Header {
  accountIban: string | null;
  accountNumber: string | null;
  accountBic: string | null;
  currency: string | null;
  statementId: string | null;
  fromDate: string | null;
  toDate: string | null;
  openingBalance: ParsedBalance | null;
  closingBalance: ParsedBalance | null;
}

function readHeader(head: XNode, at: string, kind: CamtKind, balanceIndexes: number[]): Header {
  const acct = child(head, 'Acct');
  const acc = account(acct);
  const bals = children(head, 'Bal').map((b, i) => ({ b, at: `${at}/Bal[${balanceIndexes[i] ?? i + 1}]` }));
  const ofType = (...codes: string[]) => {
    for (const code of codes) {
      const found = bals.find(({ b }) => text(b, 'Tp', 'CdOrPrtry', 'Cd') === code);
      if (found) return balance(found.b, found.at);
    }
    return null;
  };
  const period = child(head, 'FrToDt');
  const dateTime = (name: string) => {
    const v = text(period, name);
    return v ? (DATE.exec(v)?.[0] ?? fail(M.notDate, `${at}/FrToDt/${name}`, { value: v })) : null;
  };
  return {
    accountIban: acc.iban,
    accountNumber: acc.number,
    accountBic: bic(child(acct, 'Svcr')),
    currency: text(acct, 'Ccy'),
    statementId: text(head, 'Id') ?? text(head, 'ElctrncSeqNb'),
    fromDate: dateTime('FrDtTm'),
    toDate: dateTime('ToDtTm'),
    openingBalance: ofType('OPBD', 'PRCD'),
    // An intraday report (camt.052) often has no booked closing balance: its interim or available one stands in.
    closingBalance: kind === '052' ? ofType('CLBD', 'ITBD', 'CLAV') : ofType('CLBD'),
  };
}

// ---------------------------------------------------------------------------------------------------
// The scanner

interface Open {
  qname: string;
  local: string;
  path: string;
  counts: Map<string, number>;
}

/** Consumed text is dropped past this: appending a chunk to a long string makes V8 copy it whole on the next search. */
const COMPACT_AT = 1 << 16;

class Scanner {
  text = '';
  pos = 0;
  done = false;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly it: AsyncIterator<Buffer>;

  constructor(source: AsyncIterable<Buffer>) {
    this.it = source[Symbol.asyncIterator]();
  }

  /** Drops the text already consumed; only between tokens, so that no offset held elsewhere moves. */
  compact(): void {
    if (this.pos > COMPACT_AT) {
      this.text = this.text.slice(this.pos);
      this.pos = 0;
    }
  }

  async more(where: () => string): Promise<boolean> {
    if (this.done) return false;
    try {
      const r = await this.it.next();
      if (r.done) {
        this.text += this.decoder.decode();
        this.done = true;
        return false;
      }
      this.text += this.decoder.decode(r.value, { stream: true });
      return true;
    } catch (e) {
      if (e instanceof TypeError) return fail(M.notUtf8, where());
      throw e;
    }
  }

  /** Finds `needle` from `from`, reading more text as needed; -1 at the end of the file. */
  async find(needle: string, from: number, where: () => string): Promise<number> {
    let start = from;
    for (;;) {
      const i = this.text.indexOf(needle, start);
      if (i >= 0) return i;
      start = Math.max(start, this.text.length - needle.length + 1);
      if (!(await this.more(where))) return -1;
    }
  }
}

type Token = { kind: 'open' | 'close' | 'empty'; qname: string; attrs: string; start: number; end: number };

async function nextToken(s: Scanner, depth: number, where: () => string): Promise<Token | null> {
  for (;;) {
    const lt = await s.find('<', s.pos, where);
    if (lt < 0) {
      if (depth === 0 && /\S/.test(s.text.slice(s.pos)))
        fail(M.notXml, where(), { reason: 'text outside the root' });
      return null;
    }
    if (/\S/.test(s.text.slice(s.pos, lt)) && depth === 0)
      fail(M.notXml, where(), { reason: 'text outside the root' });
    s.pos = lt;
    while (s.text.length - lt < 10 && (await s.more(where))) {}
    const head = s.text.slice(lt, lt + 10);
    const skipTo = async (end: string) => {
      const e = await s.find(end, lt + 2, where);
      if (e < 0) fail(M.truncated, where(), { element: where() });
      s.pos = e + end.length;
    };
    if (head.startsWith('<?')) await skipTo('?>');
    else if (head.startsWith('<!--')) await skipTo('-->');
    else if (head.startsWith('<![CDATA[')) await skipTo(']]>');
    else if (/^<!(?:DOCTYPE|ENTITY)/i.test(head)) fail(M.doctype, where());
    else if (head.startsWith('<!')) fail(M.notXml, where(), { reason: 'unexpected declaration' });
    else {
      for (;;) {
        TAG.lastIndex = lt;
        const m = TAG.exec(s.text);
        if (m) {
          s.pos = TAG.lastIndex;
          const kind = m[1] ? 'close' : m[4] ? 'empty' : 'open';
          return { kind, qname: m[2]!, attrs: m[3] ?? '', start: lt, end: s.pos };
        }
        if (!(await s.more(where))) {
          if (s.text.indexOf('>', lt) < 0) fail(M.truncated, where(), { element: where() });
          fail(M.notXml, where(), { reason: `malformed tag ${s.text.slice(lt, lt + 40)}` });
        }
      }
    }
  }
}

function attributes(raw: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of raw.matchAll(ATTR)) map.set(m[1]!, decode(m[2] ?? m[3] ?? ''));
  return map;
}

function messageKind(root: Token, position: string): { kind: CamtKind; format: StatementFormat } {
  const prefix = root.qname.includes(':') ? root.qname.slice(0, root.qname.indexOf(':')) : '';
  const ns = attributes(root.attrs).get(prefix ? `xmlns:${prefix}` : 'xmlns') ?? '(none)';
  const m = NAMESPACE.exec(ns);
  const kind = m?.[1] as CamtKind | undefined;
  const version = Number(m?.[2]);
  if (!kind || version < VERSIONS[kind].min || version > VERSIONS[kind].max)
    return fail(M.unknownNamespace, position, { namespace: ns });
  return { kind, format: `camt.${kind}` as StatementFormat };
}

export const parseCamt: StatementParser = async function* (source) {
  const s = new Scanner(source);
  const stack: Open[] = [];
  const here = () => stack.at(-1)?.path ?? '/';
  let kind: CamtKind | null = null;
  let format: StatementFormat = 'camt.053';
  let records = 0;
  let ended = false;

  // The statement being read.
  let record: { path: string; head: string[]; balances: number[]; transactions: ParsedTransaction[] } | null =
    null;
  let pendingEntries: { xml: string; path: string }[] = [];
  let captureStart = -1;

  const push = (qname: string): Open => {
    const local = localName(qname);
    const parent = stack.at(-1);
    let path = `/${local}`;
    if (parent) {
      const n = (parent.counts.get(local) ?? 0) + 1;
      parent.counts.set(local, n);
      path = `${parent.path}/${local}${INDEXED.has(local) ? `[${n}]` : ''}`;
    }
    const open = { qname, local, path, counts: new Map<string, number>() };
    stack.push(open);
    return open;
  };

  for (;;) {
    if (captureStart < 0) s.compact();
    const token = await nextToken(s, stack.length, here);
    if (!token) break;
    if (ended) fail(M.notXml, '/', { reason: 'a second root element' });
    if (token.kind === 'close') {
      const open = stack.pop();
      if (!open || open.qname !== token.qname)
        fail(M.notXml, open?.path ?? '/', {
          reason: `</${token.qname}> closes ${open ? `<${open.qname}>` : 'nothing'}`,
        });
      if (stack.length === 3 && record && captureStart >= 0) {
        record.head.push(s.text.slice(captureStart, token.end));
        captureStart = -1;
      } else if (stack.length === 2 && record && kind) {
        yield finishRecord(record, kind, format, pendingEntries);
        pendingEntries = [];
        record = null;
      } else if (stack.length === 1 && kind && records === 0) {
        fail(M.missing, open!.path, { element: RECORD[kind] });
      } else if (stack.length === 0) ended = true;
      continue;
    }

    const depth = stack.length;
    const open = push(token.qname);
    if (depth === 0) {
      if (open.local !== 'Document') fail(M.wrongRoot, open.path, { element: token.qname });
      ({ kind, format } = messageKind(token, open.path));
    } else if (depth === 1 && kind && open.local.replace(/V\d+$/, '') !== MESSAGE[kind]) {
      // camt.052.001.01 and its kin name the message with its version ("BkToCstmrAcctRptV01").
      fail(M.wrongMessage, open.path, { format, expected: MESSAGE[kind], element: open.local });
    } else if (depth === 2 && kind && open.local === RECORD[kind]) {
      records++;
      record = { path: open.path, head: [], balances: [], transactions: [] };
    } else if (depth === 3 && record && open.local === 'Ntry' && token.kind === 'open') {
      // Entries never nest: the entry ends at the first closing tag of its name.
      const close = `</${token.qname}>`;
      const end = await s.find(close, s.pos, here);
      if (end < 0) fail(M.truncated, open.path, { element: open.path });
      const entryXml = s.text.slice(token.start, end + close.length);
      s.pos = end + close.length;
      stack.pop();
      if (/<!(?:DOCTYPE|ENTITY)/i.test(entryXml)) fail(M.doctype, open.path);
      pendingEntries.push({ xml: entryXml, path: open.path });
      // Parse as we go, in small groups, so the text is not held for the whole statement.
      if (pendingEntries.length >= 64) {
        readEntries(record, pendingEntries, kind);
        pendingEntries = [];
      }
      continue;
    } else if (depth === 3 && record) {
      if (open.local === 'Bal') record.balances.push(Number(/\[(\d+)\]$/.exec(open.path)?.[1]));
      if (token.kind === 'empty') record.head.push(s.text.slice(token.start, token.end));
      else {
        captureStart = token.start;
      }
    }
    if (token.kind === 'empty') {
      stack.pop();
      if (depth === 0) ended = true;
    }
  }
  if (stack.length > 0) fail(M.truncated, here(), { element: stack.at(-1)!.local });
  if (!kind) fail(M.notXml, '/', { reason: 'no root element' });
};

function readEntries(
  record: { head: string[]; transactions: ParsedTransaction[] },
  entries: { xml: string; path: string }[],
  _kind: CamtKind | null,
): void {
  // The statement currency (Acct comes before the entries) is the fallback of an entry without Ccy.
  const currency =
    /<(?:\w+:)?Ccy>\s*([A-Z]{3})\s*</.exec(
      record.head.find((h) => /^<(?:\w+:)?Acct[\s>]/.test(h)) ?? '',
    )?.[1] ?? null;
  for (const { xml: entryXml, path } of entries) {
    const tree = child(parseElement(entryXml, path), 'Ntry');
    if (tree) for (const t of readEntry(tree, path, currency)) record.transactions.push(t);
  }
}

function finishRecord(
  record: { path: string; head: string[]; balances: number[]; transactions: ParsedTransaction[] },
  kind: CamtKind,
  format: StatementFormat,
  pending: { xml: string; path: string }[],
): ParsedStatement {
  readEntries(record, pending, kind);
  const head = child(parseElement(`<H>${record.head.join('')}</H>`, record.path), 'H') ?? {};
  return {
    format,
    ...readHeader(head, record.path, kind, record.balances),
    transactions: record.transactions,
    position: record.path,
  };
}
