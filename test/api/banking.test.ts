import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../src/platform/queue/enqueue.js';
import {
  addMember,
  belgianSeller,
  buildTestApp,
  client,
  issueInvoice,
  type TestApp,
} from '../helpers/app.js';
import { bankSamplesDir, withoutBankSamples } from '../helpers/conformance.js';

let t: TestApp;
let api: ReturnType<typeof client>;
let base: string;
let companyId: string;
let owner: Parameters<typeof addMember>[1];

const IBAN = 'BE68539007547034';

interface Entry {
  date: string;
  amount: string;
  credit?: boolean;
  name?: string;
  iban?: string;
  ref?: string;
  text?: string;
  acctSvcrRef?: string;
}

/** A camt.053.001.02 statement as a bank writes one (only what the tests need). */
function camt(opts: {
  iban?: string;
  ccy?: string;
  id?: string;
  opening?: string;
  closing?: string;
  from: string;
  to: string;
  entries: Entry[];
}): Buffer {
  const ccy = opts.ccy ?? 'EUR';
  const bal = (code: string, amount: string, date: string) =>
    `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="${ccy}">${amount.replace('-', '')}</Amt><CdtDbtInd>${amount.startsWith('-') ? 'DBIT' : 'CRDT'}</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>`;
  const entry = (e: Entry) => {
    const credit = e.credit ?? true;
    const party = e.name
      ? `<RltdPties><${credit ? 'Dbtr' : 'Cdtr'}><Nm>${e.name}</Nm></${credit ? 'Dbtr' : 'Cdtr'}>${
          e.iban
            ? `<${credit ? 'DbtrAcct' : 'CdtrAcct'}><Id><IBAN>${e.iban}</IBAN></Id></${credit ? 'DbtrAcct' : 'CdtrAcct'}>`
            : ''
        }</RltdPties>`
      : '';
    const rmt = e.ref
      ? `<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp><Ref>${e.ref}</Ref></CdtrRefInf></Strd></RmtInf>`
      : e.text
        ? `<RmtInf><Ustrd>${e.text}</Ustrd></RmtInf>`
        : '';
    return `<Ntry><Amt Ccy="${ccy}">${e.amount}</Amt><CdtDbtInd>${credit ? 'CRDT' : 'DBIT'}</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>${e.date}</Dt></BookgDt><ValDt><Dt>${e.date}</Dt></ValDt>${
      e.acctSvcrRef ? `<AcctSvcrRef>${e.acctSvcrRef}</AcctSvcrRef>` : ''
    }<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd><NtryDtls><TxDtls>${party}${rmt}</TxDtls></NtryDtls></Ntry>`;
  };
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>M${opts.id ?? '1'}</MsgId><CreDtTm>${opts.to}T18:00:00</CreDtTm></GrpHdr>
<Stmt><Id>${opts.id ?? '1'}</Id><CreDtTm>${opts.to}T18:00:00</CreDtTm><FrToDt><FrDtTm>${opts.from}T00:00:00</FrDtTm><ToDtTm>${opts.to}T23:59:59</ToDtTm></FrToDt>
<Acct><Id><IBAN>${opts.iban ?? IBAN}</IBAN></Id><Ccy>${ccy}</Ccy></Acct>
${opts.opening ? bal('OPBD', opts.opening, opts.from) : ''}${opts.closing ? bal('CLBD', opts.closing, opts.to) : ''}
${opts.entries.map(entry).join('\n')}
</Stmt></BkToCstmrStmt></Document>`,
  );
}

const upload = (file: Buffer, query = '', as = api) =>
  as.post(`${base}/bank-statements${query}`, file, {
    'content-type': 'application/octet-stream',
    'accept-language': 'en',
  });

const transactions = async (query = '') => {
  const r = await api.get(`${base}/bank-transactions${query}`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as { items: Array<Record<string, string | null>>; nextCursor: string | null };
};

const createAccount = async (body: Record<string, unknown>) => {
  const r = await api.post(`${base}/bank-accounts`, body);
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { id: string; balance: string; iban: string | null };
};

beforeAll(async () => {
  t = await buildTestApp();
  t.clock.set('2026-11-27T10:00:00.000Z');
  ({ api, base, companyId, session: owner } = await belgianSeller(t));
});
afterAll(async () => {
  await t?.close();
});

describe('bank accounts', () => {
  it('adds an account with its IBAN normalised, its currency the company’s, and refuses a second with the same IBAN', async () => {
    const a = await createAccount({
      name: 'Compte courant',
      iban: 'be68 5390 0754 7034',
      openingBalance: '1000.00',
      openingDate: '2026-11-01',
    });
    expect(a).toMatchObject({ iban: IBAN, balance: '1000.00' });
    expect((await api.get(`${base}/bank-accounts/${a.id}`)).json()).toMatchObject({
      currency: 'EUR',
      openingBalance: '1000.00',
      transactionCount: 0,
      lastStatement: null,
      archived: false,
    });
    const again = await api.post(`${base}/bank-accounts`, { name: 'Doublon', iban: IBAN });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([{ path: 'iban', message: expect.stringContaining('IBAN') }]);
  });

  it('refuses an IBAN with wrong check digits, and an account with neither IBAN nor number', async () => {
    const bad = await api.post(`${base}/bank-accounts`, { name: 'X', iban: 'BE68539007547035' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('iban');
    const none = await api.post(`${base}/bank-accounts`, { name: 'X' });
    expect(none.statusCode).toBe(400);
    const paypal = await api.post(`${base}/bank-accounts`, {
      name: 'PayPal',
      accountNumber: 'billing@atelier.example',
    });
    expect(paypal.statusCode, paypal.body).toBe(201);
  });

  it('is not for a sales member, who may not see the company’s bank', async () => {
    const sales = await addMember(t, owner, companyId, 'sales');
    expect((await client(t.app, sales).get(`${base}/bank-accounts`)).statusCode).toBe(403);
    expect(
      (await upload(camt({ from: '2026-11-02', to: '2026-11-02', entries: [] }), '', client(t.app, sales)))
        .statusCode,
    ).toBe(403);
  });
});

describe('statement import', () => {
  const day1 = camt({
    id: 'S1',
    opening: '1000.00',
    closing: '1236.50',
    from: '2026-11-02',
    to: '2026-11-03',
    entries: [
      {
        date: '2026-11-02',
        amount: '250.00',
        name: 'Brasserie du Parc',
        iban: 'BE71096123456769',
        ref: '+++090/9337/55493+++',
      },
      { date: '2026-11-03', amount: '4.50', credit: false, name: 'Café du Coin', text: 'Carte 1234' },
      { date: '2026-11-03', amount: '4.50', credit: false, name: 'Café du Coin', text: 'Carte 1234' },
      { date: '2026-11-03', amount: '4.50', credit: false, name: 'Banque', text: 'Frais de tenue de compte' },
    ],
  });

  it('imports a camt.053 into the account its IBAN names, with every transaction as the bank gave it', async () => {
    const r = await upload(day1, '?fileName=nov.xml');
    expect(r.statusCode, r.body).toBe(201);
    const out = r.json();
    expect(out).toMatchObject({ format: 'camt', fileName: 'nov.xml' });
    expect(out.accounts).toEqual([
      expect.objectContaining({
        statementCount: 1,
        transactionCount: 4,
        added: 4,
        alreadyThere: 0,
        fromDate: '2026-11-02',
        toDate: '2026-11-03',
        closingBalance: '1236.50',
      }),
    ]);
    const list = await transactions();
    expect(list.items.map((x) => [x.bookingDate, x.amount])).toEqual([
      ['2026-11-03', '-4.50'],
      ['2026-11-03', '-4.50'],
      ['2026-11-03', '-4.50'],
      ['2026-11-02', '250.00'],
    ]);
    expect(list.items[3]).toMatchObject({
      counterpartyName: 'Brasserie du Parc',
      counterpartyIban: 'BE71096123456769',
      structuredReference: '090933755493',
      currency: 'EUR',
    });
    const account = (await api.get(`${base}/bank-accounts`))
      .json()
      .items.find((a: { iban: string }) => a.iban === IBAN);
    // 1000 opening + 250 − 3 × 4.50
    expect(account).toMatchObject({
      balance: '1236.50',
      transactionCount: 4,
      lastTransactionDate: '2026-11-03',
      lastStatement: { closingBalance: '1236.50', closingDate: '2026-11-03' },
    });
  });

  it('adds nothing when the same file comes again, even twice at the same moment', async () => {
    const [a, b] = await Promise.all([upload(day1), upload(day1)]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect([a.json().accounts[0].added, b.json().accounts[0].added]).toEqual([0, 0]);
    expect(a.json().accounts[0].alreadyThere).toBe(4);
    expect((await transactions()).items).toHaveLength(4);
  });

  it('adds only what is new from a statement that overlaps the last one (a third identical payment included)', async () => {
    const overlap = camt({
      id: 'S2',
      from: '2026-11-03',
      to: '2026-11-04',
      entries: [
        { date: '2026-11-03', amount: '4.50', credit: false, name: 'Café du Coin', text: 'Carte 1234' },
        { date: '2026-11-03', amount: '4.50', credit: false, name: 'Café du Coin', text: 'Carte 1234' },
        { date: '2026-11-03', amount: '4.50', credit: false, name: 'Café du Coin', text: 'Carte 1234' },
        {
          date: '2026-11-03',
          amount: '4.50',
          credit: false,
          name: 'Banque',
          text: 'Frais de tenue de compte',
        },
        { date: '2026-11-04', amount: '99.99', name: 'Lambert', ref: 'RF18 5390 0754 7034' },
      ],
    });
    const r = await upload(overlap);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().accounts[0]).toMatchObject({ transactionCount: 5, added: 2, alreadyThere: 3 });
    const list = await transactions('?from=2026-11-04');
    expect(list.items).toEqual([
      expect.objectContaining({ amount: '99.99', structuredReference: 'RF18539007547034' }),
    ]);
  });

  it('refuses a statement for another account, or for an IBAN the company has no account for, and stores nothing', async () => {
    const before = (await transactions('?limit=200')).items.length;
    const other = await createAccount({ name: 'Épargne', iban: 'BE71096123456769' });
    const wrong = await upload(day1, `?accountId=${other.id}`);
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors[0]).toEqual({
      path: expect.stringContaining('Stmt'),
      message: `This statement is for account ${IBAN}, not BE71096123456769`,
    });
    const unknown = await upload(
      camt({
        iban: 'FR1420041010050500013M02606',
        from: '2026-11-02',
        to: '2026-11-02',
        entries: [{ date: '2026-11-02', amount: '1.00' }],
      }),
    );
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().detail).toContain('FR1420041010050500013M02606');
    expect((await transactions('?limit=200')).items.length).toBe(before);
  });

  it('refuses a statement in another currency than the account’s', async () => {
    const usd = await upload(
      camt({
        ccy: 'USD',
        from: '2026-11-05',
        to: '2026-11-05',
        entries: [{ date: '2026-11-05', amount: '5.00' }],
      }),
    );
    expect(usd.statusCode).toBe(422);
    expect(usd.json().detail).toBe('This statement is in USD; the account is in EUR');
  });

  it('refuses a truncated file with the place it broke, in the caller’s language, and stores nothing', async () => {
    const before = (await transactions('?limit=200')).items.length;
    const truncated = day1.subarray(0, Math.floor(day1.length * 0.7));
    const r = await upload(truncated);
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json().errors[0].path).toBeTruthy();
    expect((await transactions('?limit=200')).items.length).toBe(before);
    const notAStatement = await upload(Buffer.from('date;amount\n2026-11-01;12\n'));
    expect(notAStatement.statusCode).toBe(415);
    const empty = await upload(Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
  });

  it('finds transactions by text, direction and date, page by page', async () => {
    expect((await transactions('?q=brasserie')).items.map((x) => x.amount)).toEqual(['250.00']);
    expect((await transactions('?q=090/9337/55493')).items.map((x) => x.amount)).toEqual(['250.00']);
    expect((await transactions('?direction=in')).items.every((x) => !x.amount?.startsWith('-'))).toBe(true);
    const first = await transactions('?limit=2');
    expect(first.items).toHaveLength(2);
    const second = await transactions(`?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((x) => x.id)).not.toContain(first.items[0]?.id);
    expect((second.items[0]?.bookingDate ?? '') <= (first.items[1]?.bookingDate ?? '')).toBe(true);
  });

  it('keeps one company’s accounts and transactions from another', async () => {
    const other = await belgianSeller(t);
    const mine = (await api.get(`${base}/bank-accounts`)).json().items[0].id;
    expect((await other.api.get(`${other.base}/bank-accounts/${mine}`)).statusCode).toBe(404);
    expect((await other.api.get(`${other.base}/bank-transactions`)).json().items).toEqual([]);
    const into = await other.api.post(`${other.base}/bank-statements?accountId=${mine}`, day1, {
      'content-type': 'application/octet-stream',
    });
    expect(into.statusCode).toBe(404);
  });
});

describe('reconciliation by structured communication', () => {
  it('pays the invoice a transfer names, in two parts, once however often it runs; leaves what is not certain', async () => {
    const seller = await belgianSeller(t);
    const sellerApi = seller.api;
    await sellerApi.post(`${seller.base}/bank-accounts`, { name: 'Courant', iban: IBAN });
    const invoice = await issueInvoice(seller); // 10 × 100 + 21 % = 1210.00
    const other = await issueInvoice(seller);
    const ref = invoice.paymentReference ?? '';
    expect(ref).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
    const digits = ref.replace(/\D/g, '');
    const file = camt({
      id: 'R1',
      from: '2026-11-27',
      to: '2026-11-27',
      entries: [
        {
          date: '2026-11-27',
          amount: '1000.00',
          name: 'Brasserie du Parc',
          iban: 'BE71096123456769',
          ref,
          acctSvcrRef: 'A1',
        },
        // The reference written as bare digits, as some banks do: the same invoice, its last 210.00.
        { date: '2026-11-27', amount: '210.00', name: 'Brasserie du Parc', ref: digits, acctSvcrRef: 'A2' },
        // More than the other invoice's balance: for a person to decide.
        {
          date: '2026-11-27',
          amount: '5000.00',
          name: 'Brasserie du Parc',
          ref: other.paymentReference ?? '',
          acctSvcrRef: 'A3',
        },
      ],
    });
    const r = await sellerApi.post(`${seller.base}/bank-statements`, file, {
      'content-type': 'application/octet-stream',
    });
    expect(r.statusCode, r.body).toBe(201);
    await t.runJobs();
    const paid = (await sellerApi.get(`${seller.base}/invoices/${invoice.id}`)).json();
    expect(paid.status).toBe('paid');
    const payments = (await sellerApi.get(`${seller.base}/payments`)).json().items;
    expect(
      payments
        .map((x: { amount: string; method: string; date: string }) => [x.date, x.amount, x.method])
        .sort(),
    ).toEqual([
      ['2026-11-27', '1000.00', 'bank_transfer'],
      ['2026-11-27', '210.00', 'bank_transfer'],
    ]);
    expect((await sellerApi.get(`${seller.base}/invoices/${other.id}`)).json().status).not.toBe('paid');

    // The same file again, and the job again: nothing more is paid.
    await sellerApi.post(`${seller.base}/bank-statements`, file, {
      'content-type': 'application/octet-stream',
    });
    // A second run of the job itself (a retry after a crash): every match is already there.
    await enqueueJob(t.ctx.db, '2026-11-27T10:00:00.000Z', 'bank.reconcile', {
      companyId: seller.companyId,
      importId: r.json().accounts[0].importId,
    });
    await t.runJobs();
    expect((await sellerApi.get(`${seller.base}/payments`)).json().items).toHaveLength(2);
  });
});

describe.skipIf(withoutBankSamples(import.meta.url))('statement files from banks', () => {
  const sample = (path: string) => readFileSync(join(bankSamplesDir ?? '', path));

  it('imports a CODA file of two statements into the account it names, and the same file again adds nothing', async () => {
    const account = await createAccount({
      name: 'BNP Paribas Fortis',
      iban: 'BE13001676096039',
      openingBalance: '0',
    });
    const file = sample('coda/oca7-Coda_iban_v2_3_multi_statements.txt');
    const r = await upload(file);
    expect(r.statusCode, r.body).toBe(201);
    const result = r.json().accounts[0];
    expect(result).toMatchObject({ accountId: account.id, statementCount: 2 });
    expect(result.added).toBe(result.transactionCount);
    expect(result.transactionCount).toBeGreaterThan(0);
    const again = (await upload(file)).json().accounts[0];
    expect(again).toMatchObject({ added: 0, alreadyThere: result.transactionCount });
  });

  it('imports the camt.053 sample into the account of its IBAN', async () => {
    await createAccount({ name: 'ABN AMRO', iban: 'NL77ABNA0574908765' });
    const r = await upload(sample('camt053/oca-test-camt053.xml'));
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().accounts[0]).toMatchObject({ statementCount: 1, added: 4 });
  });
});
