import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAMT_MESSAGES_EN, parseCamt } from '../../src/modules/banking/formats/camt.js';
import { normalizeStructuredReference } from '../../src/modules/banking/formats/structured-reference.js';
import {
  type ParsedStatement,
  type ParsedTransaction,
  StatementFormatError,
} from '../../src/modules/banking/formats/types.js';
import { BANK_CAMT_MESSAGES } from '../../src/shared/messages/bank-camt.js';
import { Decimal } from '../../src/shared/money.js';
import { bankSamplesDir, withoutBankSamples } from '../helpers/conformance.js';

async function* whole(file: Buffer): AsyncGenerator<Buffer> {
  yield file;
}

async function* pieces(file: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < file.length; i += size) yield file.subarray(i, i + size);
}

async function parse(file: Buffer | string, chunk?: number): Promise<ParsedStatement[]> {
  const buf = typeof file === 'string' ? Buffer.from(file) : file;
  const out: ParsedStatement[] = [];
  for await (const s of parseCamt(chunk ? pieces(buf, chunk) : whole(buf))) out.push(s);
  return out;
}

async function refusal(file: Buffer | string, chunk?: number): Promise<StatementFormatError> {
  try {
    await parse(file, chunk);
  } catch (e) {
    if (e instanceof StatementFormatError) return e;
    throw e;
  }
  throw new Error('the file was accepted');
}

// ---------------------------------------------------------------------------------------------------
// genkgo/camt's own parse result, serialised (PHP getters; an object seen before is "__RECURSIVITY__")

type J = Record<string, unknown>;
const obj = (v: unknown): J | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as J) : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const SEEN = '__RECURSIVITY__';

/** The amount in minor units, as genkgo's Money objects hold it. */
function minor(amount: string, currency: string): string {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits;
  return new Decimal(amount).times(new Decimal(10).pow(digits ?? 2)).toFixed();
}

/** The date part of a genkgo DateTimeImmutable (its samples have no date-time near midnight). */
const day = (v: unknown): string | null => str(obj(v)?.['0'])?.slice(0, 10) ?? null;

interface Expected {
  amountMinor: string;
  currency: string;
  bookingDate: string | null;
  detail: J | null;
  entry: J;
  split: boolean;
}

function expectedTransactions(json: J): Expected[] {
  const out: Expected[] = [];
  for (const e of arr(json.getEntries).map(obj)) {
    if (!e) throw new Error('entry not serialised');
    const money = obj(e.getAmount)!;
    const currency = str(obj(money.getCurrency)?.getCode)!;
    const details = arr(e.getTransactionDetails).map((d, i) =>
      d === SEEN && i === 0 ? obj(e.getTransactionDetail) : obj(d),
    );
    const ownAmount = (d: J | null) => obj(d?.getAmount) ?? obj(d?.getAmountDetails);
    const split = details.length > 1 && details.every((d) => ownAmount(d) !== null);
    const negative = String(money.getAmount).startsWith('-');
    const base = { currency, bookingDate: day(e.getBookingDate), entry: e, split };
    if (split) {
      for (const d of details) {
        const own = ownAmount(d)!;
        const abs = String(own.getAmount).replace('-', '');
        const ownCurrency = str(obj(own.getCurrency)?.getCode) ?? currency;
        out.push({ ...base, currency: ownCurrency, amountMinor: negative ? `-${abs}` : abs, detail: d });
      }
    } else out.push({ ...base, amountMinor: String(money.getAmount), detail: details[0] ?? null });
  }
  return out;
}

/** The counterparty genkgo read: the debtor of a credit, the creditor of a debit (else their ultimate). */
function counterparty(detail: J | null, credit: boolean): J | null | undefined {
  const parties = arr(detail?.getRelatedParties);
  if (parties.includes(SEEN)) return undefined; // not serialised: nothing to compare with
  const find = (cls: string) =>
    parties.map(obj).find((p) => str(obj(p?.getRelatedPartyType)?.__CLASS__)?.endsWith(`\\${cls}`)) ?? null;
  return credit ? (find('Debtor') ?? find('UltimateDebtor')) : (find('Creditor') ?? find('UltimateCreditor'));
}

function unstructured(detail: J | null): string[] | undefined {
  const rmt = obj(detail?.getRemittanceInformation);
  const blocks = arr(rmt?.getUnstructuredBlocks).map((b, i) =>
    b === SEEN && i === 0 ? obj(rmt?.getUnstructuredBlock) : obj(b),
  );
  if (blocks.some((b) => b === null)) return undefined;
  return blocks.map((b) => String(b!.getMessage));
}

function compareTransaction(ours: ParsedTransaction, exp: Expected, label: string): void {
  const at = `${label} ${ours.position}`;
  expect(minor(ours.amount, ours.currency), at).toBe(exp.amountMinor);
  expect(ours.currency, at).toBe(exp.currency);
  if (exp.bookingDate) expect(ours.bookingDate, at).toBe(exp.bookingDate);
  const credit = !exp.amountMinor.startsWith('-');
  const party = counterparty(exp.detail, credit);
  if (party !== undefined) {
    expect(ours.counterpartyName, at).toBe(str(obj(party?.getRelatedPartyType)?.getName));
    expect(ours.counterpartyIban ?? ours.counterpartyAccount, at).toBe(
      str(obj(party?.getAccount)?.getIdentification),
    );
  }
  const texts = unstructured(exp.detail);
  if (texts && texts.length > 0) {
    if (exp.split || arr(exp.entry.getTransactionDetails).length <= 1)
      expect(ours.remittanceText, at).toBe(texts.join(' '));
    else for (const t of texts) expect(ours.remittanceText, at).toContain(t);
  } else if (texts) {
    const fallback = str(exp.detail?.getAdditionalTransactionInformation) ?? str(exp.entry.getAdditionalInfo);
    if (fallback) expect(ours.remittanceText, at).toBe(fallback);
  }
  const ref = obj(exp.detail?.getReference);
  const e2e = str(ref?.getEndToEndId);
  expect(ours.endToEndId, at).toBe(e2e === 'NOTPROVIDED' ? null : e2e);
  expect(ours.bankReference, at).toBe(
    str(ref?.getAccountServicerReference) ?? str(exp.entry.getAccountServicerReference),
  );
  const cref = obj(obj(exp.detail?.getRemittanceInformation)?.getCreditorReferenceInformation);
  const written = str(cref?.getRef);
  expect(ours.structuredReference, at).toBe(written ? normalizeStructuredReference(written) : null);
}

function balanceMinor(record: J, ...types: string[]): { amount: string; date: string | null } | null {
  const balances = arr(record.getBalances).map(obj);
  for (const type of types) {
    const b = balances.find((x) => x?.getType === type);
    if (b) return { amount: String(obj(b.getAmount)!.getAmount), date: day(b.getDate) };
  }
  return null;
}

function compareStatement(ours: ParsedStatement, record: J, label: string): void {
  expect(ours.statementId, label).toBe(str(record.getId));
  expect(ours.accountIban ?? ours.accountNumber, label).toBe(str(obj(record.getAccount)?.getIdentification));
  if (obj(record.getFromDate)) expect(ours.fromDate, label).toBe(day(record.getFromDate));
  if (obj(record.getToDate)) expect(ours.toDate, label).toBe(day(record.getToDate));
  const opening = balanceMinor(record, 'opening');
  const closing =
    ours.format === 'camt.052'
      ? balanceMinor(record, 'closing', 'interim', 'closing_available')
      : balanceMinor(record, 'closing');
  const asMinor = (b: { amount: string; date: string } | null, currency: string) =>
    b && { amount: minor(b.amount, currency), date: b.date };
  // genkgo's balance carries its own currency; ours is the statement's
  const ccy = (type: string) =>
    str(
      obj(
        obj(
          arr(record.getBalances)
            .map(obj)
            .find((x) => x?.getType === type)?.getAmount,
        )?.getCurrency,
      )?.getCode,
    ) ?? 'EUR';
  expect(asMinor(ours.openingBalance, ccy('opening')), label).toEqual(opening);
  if (ours.format !== 'camt.052')
    expect(asMinor(ours.closingBalance, ccy('closing')), label).toEqual(closing);
  else if (closing) expect(ours.closingBalance, label).not.toBeNull();
}

/** Sample files the parser must refuse, and where. */
const REFUSED: Record<string, string> = {
  // BkToCstmrStmt without any Stmt (upstream's intentionally invalid file)
  'genkgo-camt053.v2.wrong.xml': '/Document/BkToCstmrStmt',
  // entries without a booking date (nor a value date): XSD-valid for 052/054, but nothing to book them on
  'genkgo-camt052.v2.with-account-name.xml': '/Document/BkToCstmrAcctRpt/Rpt[1]/Ntry[1]/BookgDt',
  'genkgo-camt054.v2.with-account-name.xml': '/Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[1]/BookgDt',
  'genkgo-camt054.v8-with-financial-institution.xml':
    '/Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[1]/BookgDt',
};

describe.skipIf(withoutBankSamples(import.meta.url))('camt samples', () => {
  const dir = bankSamplesDir ?? '';
  const files = ['camt053', 'camt054', 'camt052'].flatMap((sub) =>
    existsSync(join(dir, sub))
      ? readdirSync(join(dir, sub))
          .filter((f) => f.endsWith('.xml'))
          .map((f) => ({ sub, file: f }))
      : [],
  );

  it('finds the samples', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  for (const { sub, file } of files) {
    const path = join(dir, sub, file);
    const jsonPath = path.replace(/\.xml$/, '.json');
    const refusedAt = REFUSED[file];
    if (refusedAt) {
      it(`refuses ${file} at ${refusedAt}`, async () => {
        const e = await refusal(readFileSync(path));
        expect(e.position).toBe(refusedAt);
        expect(e.message).toContain(refusedAt);
      });
      continue;
    }
    it(`reads ${file} as its format says, the same in 7-byte chunks`, async () => {
      const buf = readFileSync(path);
      const statements = await parse(buf);
      expect(statements.length).toBeGreaterThan(0);
      for (const s of statements) expect(s.format).toBe(`camt.${sub.slice(4)}`);
      expect(await parse(buf, 7)).toEqual(statements);
    });
    if (file.startsWith('genkgo-') && existsSync(jsonPath)) {
      it(`reads ${file} as genkgo/camt does`, async () => {
        const json = JSON.parse(readFileSync(jsonPath, 'utf8')) as J;
        const statements = await parse(readFileSync(path));
        expect(statements).toHaveLength(arr(json.getRecords).length);
        const record = obj(obj(arr(json.getEntries)[0])?.getRecord) ?? obj(arr(json.getRecords)[0]);
        compareStatement(statements[0]!, record!, file);
        const ours = statements.flatMap((s) => s.transactions);
        const expected = expectedTransactions(json);
        expect(ours).toHaveLength(expected.length);
        for (const [i, t] of ours.entries()) compareTransaction(t, expected[i]!, file);
      });
    }
  }

  it('reads a camt.053 without entries as a statement with no transactions', async () => {
    const [s, ...rest] = await parse(readFileSync(join(dir, 'camt053', 'oca-test-camt053-no-ntry.xml')));
    expect(rest).toHaveLength(0);
    expect(s!.transactions).toEqual([]);
    expect(s!.accountIban).toBe('NL77ABNA0574908765');
    expect(s!.openingBalance).toEqual({ amount: '1520.76', date: '2014-01-05' });
    expect(s!.closingBalance).toEqual({ amount: '1520.76', date: '2014-01-05' });
  });

  it('splits the reversed direct-debit batch of oca-test-camt053 per TxDtls, money back in', async () => {
    const [s] = await parse(readFileSync(join(dir, 'camt053', 'oca-test-camt053.xml')));
    expect(s!.transactions.map((t) => [t.amount, t.counterpartyName, t.endToEndId, t.position])).toEqual([
      [
        '-754.25',
        'INSURANCE COMPANY TESTX',
        '435005714488-ABNO33052620',
        '/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]',
      ],
      [
        '564.05',
        'Test Customer',
        'TESTBANK/NL/20141229/01206408',
        '/Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/NtryDtls[1]/TxDtls[1]',
      ],
      [
        '100.00',
        'Test Customer',
        'TESTBANK/NL/20141229/01206407',
        '/Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/NtryDtls[1]/TxDtls[2]',
      ],
      ['1405.31', '3rd party Media', '115', '/Document/BkToCstmrStmt/Stmt[1]/Ntry[3]'],
    ]);
    expect(s!.transactions[0]!.bankTransactionCode).toBe('PMNT/RDDT/ESDD');
    expect(s!.transactions[0]!.counterpartyBic).toBe('ABNANL2A');
    expect(s!.transactions[3]!.remittanceText).toBe('#RD PARTY MEDIA CUSNO 90782 4210773');
    expect(s!.openingBalance).toEqual({ amount: '15568.27', date: '2014-01-05' });
    expect(s!.closingBalance).toEqual({ amount: '15121.12', date: '2014-01-05' });
  });
});

// ---------------------------------------------------------------------------------------------------
// Rules, on small documents written here

const ACCT = '<Acct><Id><IBAN>BE71 0961 2345 6769</IBAN></Id><Ccy>EUR</Ccy></Acct>';

function doc(entries: string[], version = '053.001.02', records = 1): string {
  const stmt = `<Stmt><Id>S</Id>${ACCT}${entries.join('')}</Stmt>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.${version}"><BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr>${stmt.repeat(records)}</BkToCstmrStmt></Document>`;
}

function ntry(o: { amt?: string; ind?: string; rvsl?: string; date?: string; body?: string } = {}): string {
  return `<Ntry>${o.amt === undefined ? '<Amt Ccy="EUR">12.50</Amt>' : o.amt}${o.ind ?? '<CdtDbtInd>CRDT</CdtDbtInd>'}${
    o.rvsl ? `<RvslInd>${o.rvsl}</RvslInd>` : ''
  }<Sts>BOOK</Sts>${o.date ?? '<BookgDt><Dt>2026-03-02</Dt></BookgDt>'}${o.body ?? ''}</Ntry>`;
}

const one = async (xml: string): Promise<ParsedTransaction> => {
  const [s] = await parse(xml);
  expect(s!.transactions).toHaveLength(1);
  return s!.transactions[0]!;
};

describe('camt rules', () => {
  it.each([
    ['+++010/8068/17183+++', '010806817183'],
    ['010806817183', '010806817183'],
    ['***010/8068/17183***', '010806817183'],
    ['+++010/8068/17184+++', null],
    ['4654654654654654', null],
    ['RF18 5390 0754 7034', 'RF18539007547034'],
    ['rf18539007547034', 'RF18539007547034'],
    ['RF19539007547034', null],
    ['ISR ref number V2', null],
  ])('normalises the structured reference %s to %s', (ref, expected) => {
    expect(normalizeStructuredReference(ref)).toBe(expected);
  });

  it.each([
    ['CRDT', undefined, '12.50'],
    ['DBIT', undefined, '-12.50'],
    ['DBIT', 'true', '12.50'],
    ['CRDT', 'true', '-12.50'],
    ['DBIT', 'false', '-12.50'],
  ])('signs a %s entry (reversal %s) as %s', async (ind, rvsl, amount) => {
    const t = await one(doc([ntry({ ind: `<CdtDbtInd>${ind}</CdtDbtInd>`, rvsl })]));
    expect(t.amount).toBe(amount);
  });

  it('never writes a zero amount with a sign, and drops leading zeros', async () => {
    const [s] = await parse(
      doc([
        ntry({ amt: '<Amt Ccy="EUR">0.00</Amt>', ind: '<CdtDbtInd>DBIT</CdtDbtInd>' }),
        ntry({ amt: '<Amt Ccy="EUR">007.5</Amt>' }),
      ]),
    );
    expect(s!.transactions.map((t) => t.amount)).toEqual(['0.00', '7.5']);
  });

  it('keeps the date of a booking date-time as written, whatever its offset', async () => {
    const t = await one(doc([ntry({ date: '<BookgDt><DtTm>2026-03-31T23:30:00-05:00</DtTm></BookgDt>' })]));
    expect(t.bookingDate).toBe('2026-03-31');
  });

  it('reads the counterparty of a debit as the creditor, in the v8 Pty layout, with its BIC', async () => {
    const body = `<NtryDtls><TxDtls><Refs><AcctSvcrRef>TX-REF</AcctSvcrRef><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
      <RltdPties><Dbtr><Pty><Nm>Us</Nm></Pty></Dbtr><Cdtr><Pty><Nm>Supplier &amp; Sons</Nm></Pty></Cdtr>
      <CdtrAcct><Id><Othr><Id>paypal@example.com</Id></Othr></Id></CdtrAcct></RltdPties>
      <RltdAgts><CdtrAgt><FinInstnId><BICFI>gebabebb</BICFI></FinInstnId></CdtrAgt></RltdAgts>
      <RmtInf><Ustrd>Invoice 12</Ustrd><Ustrd> caf&#233; </Ustrd><Strd><CdtrRefInf><Ref>RF18 5390 0754 7034</Ref></CdtrRefInf></Strd></RmtInf>
      </TxDtls></NtryDtls>`;
    const t = await one(
      doc(
        [ntry({ ind: '<CdtDbtInd>DBIT</CdtDbtInd>', body: `<AcctSvcrRef>NTRY-REF</AcctSvcrRef>${body}` })],
        '053.001.08',
      ),
    );
    expect(t).toMatchObject({
      counterpartyName: 'Supplier & Sons',
      counterpartyIban: null,
      counterpartyAccount: 'paypal@example.com',
      counterpartyBic: 'GEBABEBB',
      remittanceText: 'Invoice 12 café',
      structuredReference: 'RF18539007547034',
      bankReference: 'TX-REF',
      endToEndId: null,
    });
  });

  it('falls back to AddtlTxInf, then AddtlNtryInf, for the text', async () => {
    const tx = await one(
      doc([
        ntry({
          body: '<NtryDtls><TxDtls><AddtlTxInf>tx info</AddtlTxInf></TxDtls></NtryDtls><AddtlNtryInf>entry info</AddtlNtryInf>',
        }),
      ]),
    );
    expect(tx.remittanceText).toBe('tx info');
    const entry = await one(doc([ntry({ body: '<AddtlNtryInf> entry info </AddtlNtryInf>' })]));
    expect(entry.remittanceText).toBe('entry info');
    expect(entry.counterpartyName).toBeNull();
  });

  it.each([
    [
      '<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn><Prtry><Cd>X</Cd></Prtry></BkTxCd>',
      'PMNT/RCDT/ESCT',
    ],
    ['<BkTxCd><Prtry><Cd>NTRF+166</Cd><Issr>ZKA</Issr></Prtry></BkTxCd>', 'NTRF+166'],
    ['', null],
  ])('reads the bank transaction code %s as %s', async (code, expected) => {
    const t = await one(doc([ntry({ body: code })]));
    expect(t.bankTransactionCode).toBe(expected);
  });

  it('splits a batch per TxDtls with their own amounts; one TxDtls keeps the entry amount', async () => {
    const tx = (amt: string, name: string) =>
      `<TxDtls>${amt}<RltdPties><Dbtr><Nm>${name}</Nm></Dbtr></RltdPties></TxDtls>`;
    const [s] = await parse(
      doc([
        ntry({
          body: `<NtryDtls><TxDtls><Refs><EndToEndId>A</EndToEndId></Refs><AmtDtls><TxAmt><Amt Ccy="EUR">10.00</Amt></TxAmt></AmtDtls><RltdPties><Dbtr><Nm>Ann</Nm></Dbtr></RltdPties></TxDtls></NtryDtls><NtryDtls>${tx('<Amt Ccy="EUR">2.50</Amt>', 'Bob')}</NtryDtls>`,
        }),
        ntry({ body: `<NtryDtls>${tx('<Amt Ccy="USD">13.00</Amt>', 'Cy')}</NtryDtls>` }),
        ntry({ body: `<NtryDtls>${tx('', 'Di')}${tx('<Amt Ccy="EUR">1</Amt>', 'Ed')}</NtryDtls>` }),
      ]),
    );
    expect(s!.transactions.map((t) => [t.amount, t.currency, t.counterpartyName, t.position])).toEqual([
      ['10.00', 'EUR', 'Ann', '/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/NtryDtls[1]/TxDtls[1]'],
      ['2.50', 'EUR', 'Bob', '/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/NtryDtls[2]/TxDtls[1]'],
      ['12.50', 'EUR', 'Cy', '/Document/BkToCstmrStmt/Stmt[1]/Ntry[2]'],
      // a batch whose TxDtls do not all say their amount stays one booking
      ['12.50', 'EUR', 'Di', '/Document/BkToCstmrStmt/Stmt[1]/Ntry[3]'],
    ]);
  });

  it('reads every statement of a file, numbering entries within each', async () => {
    const statements = await parse(doc([ntry(), ntry()], '053.001.04', 2));
    expect(statements.map((s) => [s.position, s.transactions.at(-1)?.position])).toEqual([
      ['/Document/BkToCstmrStmt/Stmt[1]', '/Document/BkToCstmrStmt/Stmt[1]/Ntry[2]'],
      ['/Document/BkToCstmrStmt/Stmt[2]', '/Document/BkToCstmrStmt/Stmt[2]/Ntry[2]'],
    ]);
    expect(statements[0]).toMatchObject({
      accountIban: 'BE71096123456769',
      currency: 'EUR',
      statementId: 'S',
    });
  });

  it('reads a prefixed document, and multi-byte text split across chunks', async () => {
    const xml = doc([
      ntry({
        body: '<NtryDtls><TxDtls><RmtInf><Ustrd>Facture n° 12 — réglée</Ustrd></RmtInf></TxDtls></NtryDtls>',
      }),
    ])
      .replace('<Document xmlns=', '<c:Document xmlns:c=')
      .replace('</Document>', '</c:Document>')
      .replace(/<(\/?)(BkToCstmrStmt|Stmt|Ntry)>/g, '<$1c:$2>');
    const [s] = await parse(xml, 1);
    expect(s!.transactions[0]!.remittanceText).toBe('Facture n° 12 — réglée');
    expect(s!.transactions[0]!.position).toBe('/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]');
  });

  it.each([
    ['camt.052.001.08', 'camt.052', 'BkToCstmrAcctRpt', 'Rpt'],
    ['camt.054.001.04', 'camt.054', 'BkToCstmrDbtCdtNtfctn', 'Ntfctn'],
  ])('reads %s as %s', async (ns, format, message, record) => {
    const xml = `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${ns}"><${message}><${record}>${ACCT}${ntry()}</${record}></${message}></Document>`;
    const [s] = await parse(xml);
    expect(s!.format).toBe(format);
    expect(s!.transactions[0]!.position).toBe(`/Document/${message}/${record}[1]/Ntry[1]`);
  });

  it('takes the 052 interim balance as closing when there is no booked one', async () => {
    const bal = (cd: string, amt: string) =>
      `<Bal><Tp><CdOrPrtry><Cd>${cd}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${amt}</Amt><CdtDbtInd>DBIT</CdtDbtInd><Dt><DtTm>2026-03-02T10:00:00+01:00</DtTm></Dt></Bal>`;
    const xml = `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.052.001.02"><BkToCstmrAcctRpt><Rpt>${ACCT}${bal('PRCD', '5.00')}${bal('ITBD', '7.25')}</Rpt></BkToCstmrAcctRpt></Document>`;
    const [s] = await parse(xml);
    expect(s!.openingBalance).toEqual({ amount: '-5.00', date: '2026-03-02' });
    expect(s!.closingBalance).toEqual({ amount: '-7.25', date: '2026-03-02' });
  });
});

describe('camt refusals', () => {
  const S = '/Document/BkToCstmrStmt/Stmt[1]';
  it.each([
    [
      'a DOCTYPE (external entity)',
      `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>${doc([ntry()]).replace(/^<\?xml[^>]*>/, '')}`,
      CAMT_MESSAGES_EN.doctype,
      '/',
    ],
    [
      'an ENTITY declaration inside an entry',
      doc([ntry({ body: '<!ENTITY x "y">' })]),
      CAMT_MESSAGES_EN.doctype,
      `${S}/Ntry[1]`,
    ],
    ['text that is not XML', 'Date;Amount\n2026-03-02;12.50\n', CAMT_MESSAGES_EN.notXml, '/'],
    ['an empty file', '', CAMT_MESSAGES_EN.notXml, '/'],
    ['another root', '<Invoice xmlns="urn:x"/>', CAMT_MESSAGES_EN.wrongRoot, '/Invoice'],
    ['an unknown version', doc([ntry()], '053.001.99'), CAMT_MESSAGES_EN.unknownNamespace, '/Document'],
    ['camt.053.001.01', doc([ntry()], '053.001.01'), CAMT_MESSAGES_EN.unknownNamespace, '/Document'],
    [
      'a pain message',
      doc([ntry()], '053.001.02').replace('camt.053.001.02', 'pain.001.001.03'),
      CAMT_MESSAGES_EN.unknownNamespace,
      '/Document',
    ],
    ['a missing amount', doc([ntry(), ntry({ amt: '' })]), CAMT_MESSAGES_EN.missing, `${S}/Ntry[2]/Amt`],
    [
      'a comma amount',
      doc([ntry({ amt: '<Amt Ccy="EUR">12,50</Amt>' })]),
      CAMT_MESSAGES_EN.notDecimal,
      `${S}/Ntry[1]/Amt`,
    ],
    [
      'a negative amount',
      doc([ntry({ amt: '<Amt Ccy="EUR">-1</Amt>' })]),
      CAMT_MESSAGES_EN.notDecimal,
      `${S}/Ntry[1]/Amt`,
    ],
    ['a missing indicator', doc([ntry({ ind: '' })]), CAMT_MESSAGES_EN.missing, `${S}/Ntry[1]/CdtDbtInd`],
    [
      'an unknown indicator',
      doc([ntry({ ind: '<CdtDbtInd>CR</CdtDbtInd>' })]),
      CAMT_MESSAGES_EN.notIndicator,
      `${S}/Ntry[1]/CdtDbtInd`,
    ],
    ['a missing booking date', doc([ntry({ date: '' })]), CAMT_MESSAGES_EN.missing, `${S}/Ntry[1]/BookgDt`],
    [
      'a bad date',
      doc([ntry({ date: '<BookgDt><Dt>02/03/2026</Dt></BookgDt>' })]),
      CAMT_MESSAGES_EN.notDate,
      `${S}/Ntry[1]/BookgDt`,
    ],
    [
      'a broken entry',
      doc([ntry({ body: '<NtryDtls><TxDtls></NtryDtls>' })]),
      CAMT_MESSAGES_EN.notXml,
      `${S}/Ntry[1]`,
    ],
    [
      'a file cut inside an entry',
      doc([ntry(), ntry()]).slice(0, doc([ntry(), ntry()]).lastIndexOf('<Ntry>') + 30),
      CAMT_MESSAGES_EN.truncated,
      `${S}/Ntry[2]`,
    ],
    ['a file cut after an entry', doc([ntry()]).slice(0, -30), CAMT_MESSAGES_EN.truncated, S],
  ])('refuses %s', async (_label, file, template, position) => {
    const e = await refusal(file);
    expect(e.template).toBe(template);
    expect(e.position).toBe(position);
  });

  it('refuses bytes that are not UTF-8, naming where the reading was', async () => {
    const xml = doc([ntry(), ntry()]);
    const cut = xml.lastIndexOf('<Ntry>');
    const file = Buffer.concat([
      Buffer.from(xml.slice(0, cut)),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(xml.slice(cut)),
    ]);
    const e = await refusal(file, 16);
    expect(e.template).toBe(CAMT_MESSAGES_EN.notUtf8);
    // the element being read when the bad bytes arrived (an entry's end is looked for in the next chunk)
    expect(e.position.startsWith(S)).toBe(true);
  });

  it('names the unknown namespace', async () => {
    const e = await refusal(doc([ntry()], '053.001.99'));
    expect(e.message).toContain('urn:iso:std:iso:20022:tech:xsd:camt.053.001.99');
  });

  it('has every message translated', () => {
    for (const template of Object.values(CAMT_MESSAGES_EN)) {
      expect(BANK_CAMT_MESSAGES[template], template).toBeDefined();
    }
  });
});
