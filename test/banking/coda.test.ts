import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCoda } from '../../src/modules/banking/formats/coda.js';
import { type ParsedStatement, StatementFormatError } from '../../src/modules/banking/formats/types.js';
import { BANK_CODA_MESSAGES } from '../../src/shared/messages/bank-coda.js';
import { Decimal } from '../../src/shared/money.js';
import {
  header,
  type MovementSpec,
  movementRecords,
  newBalance,
  oldBalance,
  record,
  statementLines,
  trailer,
} from '../helpers/coda-file.js';
import { bankSamplesDir, withoutBankSamples } from '../helpers/conformance.js';

async function* chunks(data: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

async function parse(data: Buffer, chunkSize = 64 * 1024): Promise<ParsedStatement[]> {
  const out: ParsedStatement[] = [];
  for await (const s of parseCoda(chunks(data, chunkSize))) out.push(s);
  return out;
}

async function refusal(data: Buffer, chunkSize?: number): Promise<StatementFormatError> {
  try {
    await parse(data, chunkSize);
  } catch (e) {
    if (e instanceof StatementFormatError) return e;
    throw e;
  }
  throw new Error('the file was accepted');
}

const withEndings = (data: Buffer, eol: '\n' | '\r\n') =>
  Buffer.from(data.toString('latin1').replace(/\r?\n/g, eol), 'latin1');

const lf = (lines: string[]) => Buffer.from(`${lines.join('\n')}\n`, 'latin1');

/** Closing minus opening balance equals the sum of the yielded transactions (exactly). */
function expectBalanced(s: ParsedStatement) {
  const sum = s.transactions.reduce((acc, t) => acc.plus(t.amount), new Decimal(0));
  expect(sum.toFixed(3)).toBe(
    new Decimal(s.closingBalance!.amount).minus(s.openingBalance!.amount).toFixed(3),
  );
}

interface Golden {
  file: string;
  statements: {
    position: string;
    transactions: number;
    sum: string;
    opening: [string, string];
    closing: [string, string];
  }[];
  check: (s: ParsedStatement[]) => void;
}

const VALID: Golden[] = [
  {
    file: 'oca7-Coda_iban_v2_3_multi_statements.txt',
    statements: [
      {
        position: 'line 1',
        transactions: 1,
        sum: '-122.40',
        opening: ['39698.09', '2014-03-28'],
        closing: ['39575.69', '2014-03-29'],
      },
      {
        position: 'line 10',
        transactions: 1,
        sum: '100000.00',
        opening: ['39575.69', '2014-03-29'],
        closing: ['139575.69', '2014-03-31'],
      },
    ],
    check: ([a, b]) => {
      expect(a).toMatchObject({
        format: 'coda',
        accountIban: 'BE13001676096039',
        accountNumber: null,
        accountBic: 'GEBABEBB',
        currency: 'EUR',
        statementId: '036',
        toDate: '2014-03-29',
      });
      expect(a!.transactions[0]).toEqual({
        bookingDate: '2014-03-29',
        valueDate: '2014-03-29',
        amount: '-122.40',
        currency: 'EUR',
        counterpartyName: 'VZW SOCIAAL SECRET.SECUREX',
        counterpartyIban: 'BE11290006307748',
        counterpartyAccount: null,
        counterpartyBic: 'GEBABEBB',
        structuredReference: null,
        remittanceText: 'PREVENTION ET PROTECTION',
        bankReference: '0001400000101',
        endToEndId: '201403281819027994ISABEL',
        bankTransactionCode: '00101000',
        position: 'line 3',
      });
      // The globalised total (line 12) gives way to its detail (line 17), which makes it up.
      expect(b!.statementId).toBe('037');
      expect(b!.transactions[0]).toMatchObject({
        amount: '100000.00',
        counterpartyName: 'LINE MARKET SA',
        counterpartyIban: 'NL34BKMG0261239759',
        bankReference: '000140000010290012618',
        endToEndId: 'FT14090KG9S3',
        bankTransactionCode: '80150100',
        position: 'line 17',
      });
    },
  },
  {
    file: 'phpcoda-sample1.cod',
    statements: [
      {
        position: 'line 1',
        transactions: 4,
        sum: '80.00',
        opening: ['17752.12', '2017-10-10'],
        closing: ['17832.12', '2017-10-11'],
      },
    ],
    check: ([s]) => {
      expect(s).toMatchObject({ accountIban: null, accountNumber: '138536152215', accountBic: 'KREDBEBB' });
      // A type-101 communication whose check digits are wrong (34, not 58) stays text, never a reference.
      expect(s!.transactions[0]).toMatchObject({
        amount: '5.00',
        counterpartyName: 'KLANT1 MET NAAM1',
        counterpartyIban: null,
        counterpartyAccount: 'BE22313215646432',
        counterpartyBic: 'KREDBEBB',
        structuredReference: null,
        remittanceText: '+++000/0035/05158+++',
        bankReference: 'JRFC00120DSCCOCACAERT',
        position: 'line 3',
      });
      expect(s!.transactions[3]).toMatchObject({
        amount: '30.00',
        counterpartyName: 'KLANT4 - NAAM4 MET',
        position: 'line 18',
      });
    },
  },
  {
    file: 'phpcoda-sample10.cod',
    statements: [
      {
        position: 'line 1',
        transactions: 2,
        sum: '1000.00',
        opening: ['100.00', '2024-06-05'],
        closing: ['1100.00', '2024-06-06'],
      },
    ],
    check: ([s]) => {
      // Total 1000.00 (type 1, line 3) → its details of type 5, 250.00 + 750.00.
      expect(s!.transactions.map((t) => [t.amount, t.position, t.counterpartyName, t.endToEndId])).toEqual([
        ['250.00', 'line 5', 'KLANT1 MET NAAM1', '243690000141'],
        ['750.00', 'line 10', 'KLANT2 MET NAAM2', '243690000142'],
      ]);
      expect(s!.transactions[0]!.bankTransactionCode).toBe('50550000');
    },
  },
  {
    file: 'phpcoda-sample8.cod',
    statements: [
      {
        position: 'line 1',
        transactions: 2,
        sum: '-644.89',
        opening: ['1293.45', '2023-03-03'],
        closing: ['648.56', '2023-03-06'],
      },
    ],
    check: ([s]) => {
      // Totals of a customer's batch (type 1, globalisation 1) without details: booked as they are.
      expect(
        s!.transactions.map((t) => [t.amount, t.endToEndId, t.bankTransactionCode, t.bookingDate]),
      ).toEqual([
        ['-395.55', 'ACERTA/I/03948039/230306/1', '10107000', '2023-03-06'],
        ['-249.34', 'ACERTA/I/33449300/230306/1', '10107000', '2023-03-06'],
      ]);
    },
  },
  {
    file: 'pycoda-Coda_v2_3_faulty_globalisation.txt',
    statements: [
      {
        position: 'line 1',
        transactions: 11,
        sum: '-8530.28',
        opening: ['19338.09', '2013-12-23'],
        closing: ['10807.81', '2013-12-24'],
      },
    ],
    check: ([s]) => {
      expect(s!.transactions[0]).toMatchObject({
        amount: '177.83',
        remittanceText: 'R:4-82055601/058  AFG:MC VAN 22/12 TOT 22/12 BRT:0000179,46EUR C:00001,63',
        bookingDate: '2013-12-24',
      });
      // The unclosed globalisation (line 7): its total is an ordinary movement.
      expect(s!.transactions[2]).toMatchObject({
        amount: '-5568.32',
        bankTransactionCode: '10105000',
        endToEndId: 'XXXXX X-536908262/0/0000035187',
        position: 'line 7',
      });
      expect(s!.transactions[4]).toMatchObject({
        amount: '-717.53',
        counterpartyName: 'XXXXX DOCUMENTS NV',
        counterpartyAccount: 'BE21234561029073',
        counterpartyBic: 'GEBABEBB',
        remittanceText: 'F 469089',
      });
    },
  },
  {
    file: 'pycoda-Coda_v2_3_globalisation.txt',
    statements: [
      {
        position: 'line 1',
        transactions: 4,
        sum: '275725.70',
        opening: ['-455.17', '2014-12-09'],
        closing: ['275270.53', '2014-12-10'],
      },
    ],
    check: ([s]) => {
      expect(s).toMatchObject({
        accountNumber: 'BE12341676096039',
        statementId: '159',
        accountBic: 'GEBABEBB',
      });
      expect(s!.transactions.map((t) => t.position)).toEqual(['line 3', 'line 8', 'line 18', 'line 22']);
      expect(s!.transactions[0]).toMatchObject({
        amount: '113135.00',
        bookingDate: '2011-11-11',
        valueDate: '2014-12-10',
        counterpartyName: 'XXXXX-IN MARKET ZAVENTEM B',
        remittanceText: 'REDEVANCE JAN-NOV                  CONTRAT DE GESTION',
        endToEndId: 'XXXXXXXXXXXX597055ISABEL',
      });
      expect(s!.transactions[2]).toMatchObject({
        amount: '50000.00',
        counterpartyName: 'XXXX MARKET SA',
        counterpartyAccount: 'NL123KMG0261239759',
        bankTransactionCode: '80150100',
      });
      expect(s!.transactions[3]).toMatchObject({ amount: '-544.30', bankTransactionCode: '00403000' });
    },
  },
  {
    file: 'pycoda-Coda_v2_3_single_statement.txt',
    statements: [
      {
        position: 'line 1',
        transactions: 30,
        sum: '0.00',
        opening: ['0.00', '2009-03-04'],
        closing: ['0.00', '2009-03-05'],
      },
    ],
    check: ([s]) => {
      const t = s!.transactions;
      expect(s!.accountIban).toBe('BE86407051416150');
      expect(t.find((x) => x.position === 'line 21')).toMatchObject({
        amount: '-62095.01',
        counterpartyName: 'AMERICAN EXPRESS',
        bankReference: 'SWJVZ0BOX DOMUCVDIU01',
      });
      expect(t.find((x) => x.position === 'line 25')).toMatchObject({
        amount: '148.30',
        counterpartyName: 'VIVIUM',
        counterpartyAccount: '310180203454',
        counterpartyIban: null,
        remittanceText: 'ONG. SG   20-4203595                             LOON VERLIES HAMERLYNCK TONY',
      });
      // Total 2608.00 (line 47, type 2) → its 14 details of type 6 (lines 50 to 89).
      const details = t.filter((x) => x.bankTransactionCode === '60117000');
      expect(details.map((x) => x.position)).toHaveLength(14);
      expect(details.reduce((a, x) => a.plus(x.amount), new Decimal(0)).toFixed(2)).toBe('-2608.00');
      expect(t.some((x) => x.position === 'line 47' || x.position === 'line 41')).toBe(false);
      expect(details[0]).toMatchObject({
        counterpartyIban: 'BE38733040385372',
        counterpartyBic: 'KREDBEBB',
        remittanceText: 'OVERBOEKING NAAR CENTRALE REKENING',
      });
    },
  },
];

interface Faulty {
  file: string;
  position: string;
  template: string;
  params?: Record<string, string | number>;
}

const FAULTY: Faulty[] = [
  {
    file: 'pycoda-Coda_faulty_version.txt',
    position: 'line 1',
    template: 'CODA version {version} is not supported; only version 2 is read',
    params: { version: '5' },
  },
];

/**
 * Samples that read but fail a consistency check (edited by hand upstream): imported, each statement
 * carrying the warning, so a user can take it up with the bank rather than be left with nothing.
 */
const WARNED: Faulty[] = [
  {
    file: 'pycoda-Coda_v2_3_globalisation_2.txt',
    position: 'line 21',
    template: 'The trailer counts {declared} records; the statement has {counted}',
    params: { declared: 23, counted: 19 },
  },
  // Samples edited by hand upstream whose balances no longer add up.
  ...(
    [
      ['oca-Ontvangen_CODA.2012-01-11-18.59.15.txt', 'line 23', '13646.05', '11812.70', '1715.11'],
      ['phpcoda-sample2.cod', 'line 17', '23154.685', '25846.00', '-9.68'],
      ['phpcoda-sample3.cod', 'line 7', '99999.99', '99999.99', '-812.69'],
      ['phpcoda-sample5.cod', 'line 15', '-500012.10', '4004.10', '6303.46'],
      ['phpcoda-sample6.cod', 'line 15', '-500012.10', '4004.10', '3767.817'],
      ['phpcoda-sample7.cod', 'line 21', '17832.12', '17752.12', '-75.00'],
    ] as const
  ).map(([file, position, closing, opening, movements]) => ({
    file,
    position,
    template: 'The new balance {closing} is not the old balance {opening} plus the movements {movements}',
    params: { closing, opening, movements },
  })),
];

describe.skipIf(withoutBankSamples(import.meta.url))('CODA samples', () => {
  const dir = join(bankSamplesDir ?? '', 'coda');
  const read = (file: string) => readFileSync(join(dir, file));

  it('covers every sample in the folder', async () => {
    const { readdirSync } = await import('node:fs');
    const listed = [...VALID, ...FAULTY, ...WARNED].map((g) => g.file).sort();
    expect(readdirSync(dir).sort()).toEqual(listed);
  });

  for (const golden of VALID)
    for (const eol of ['\n', '\r\n'] as const)
      it(`imports ${golden.file} (${eol === '\n' ? 'LF' : 'CRLF'})`, async () => {
        const data = withEndings(read(golden.file), eol);
        // Small chunks: a record (and a CR LF pair) split across two chunks is read whole.
        const statements = await parse(data, 61);
        expect(statements).toEqual(await parse(data));
        expect(
          statements.map((s) => ({
            position: s.position,
            transactions: s.transactions.length,
            sum: s.transactions.reduce((a, t) => a.plus(t.amount), new Decimal(0)).toFixed(2),
            opening: [s.openingBalance?.amount, s.openingBalance?.date],
            closing: [s.closingBalance?.amount, s.closingBalance?.date],
          })),
        ).toEqual(golden.statements);
        for (const s of statements) {
          expectBalanced(s);
          for (const t of s.transactions) {
            expect(t.currency).toBe('EUR');
            expect(t.amount).toMatch(/^-?\d+\.\d{2,3}$/);
            expect(t.bookingDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          }
        }
        golden.check(statements);
      });

  for (const warned of WARNED)
    for (const eol of ['\n', '\r\n'] as const)
      it(`imports ${warned.file} with a warning at ${warned.position} (${eol === '\n' ? 'LF' : 'CRLF'})`, async () => {
        const statements = await parse(withEndings(read(warned.file), eol), 50);
        const warnings = statements.flatMap((s) => s.warnings ?? []);
        expect(warnings).toContainEqual({
          template: warned.template,
          position: warned.position,
          params: warned.params ?? expect.anything(),
        });
        expect(statements.flatMap((s) => s.transactions).length).toBeGreaterThan(0);
        expect(BANK_CODA_MESSAGES[warned.template]).toBeDefined();
      });

  for (const faulty of FAULTY)
    for (const eol of ['\n', '\r\n'] as const)
      it(`refuses ${faulty.file} at ${faulty.position} (${eol === '\n' ? 'LF' : 'CRLF'})`, async () => {
        const e = await refusal(withEndings(read(faulty.file), eol), 50);
        expect(e.position).toBe(faulty.position);
        expect(e.template).toBe(faulty.template);
        if (faulty.params) expect(e.params).toEqual(faulty.params);
        expect(BANK_CODA_MESSAGES[e.template]).toBeDefined();
      });
});

const PAYMENT: MovementSpec = {
  sequence: 1,
  millis: 1_250_500n,
  ogm: '010806817183',
  counterparty: { name: 'CLIENT SPRL', account: 'BE71 0961 2345 6769', bic: 'GKCCBEBB' },
  endToEndId: 'E2E-1',
};
const FEE: MovementSpec = { sequence: 2, millis: -3_450n, code: '00137000', text: 'FRAIS DE TENUE' };

describe('CODA, read from records written here', () => {
  it('reads a valid statement: structured reference checked, IBAN normalised, free text, Latin-1 names', async () => {
    const lines = statementLines([
      { ...PAYMENT, counterparty: { ...PAYMENT.counterparty!, name: 'SOCIÉTÉ GÉNÉRALE' } },
      FEE,
    ]);
    const [s, more] = await parse(lf(lines), 5);
    expect(more).toBeUndefined();
    expect(s).toMatchObject({
      accountIban: 'BE68539007547034',
      currency: 'EUR',
      statementId: '001',
      openingBalance: { amount: '100.00', date: '2026-12-03' },
      closingBalance: { amount: '1347.05', date: '2026-12-04' },
      position: 'line 1',
    });
    expect(s!.transactions).toEqual([
      {
        bookingDate: '2026-12-04',
        valueDate: '2026-12-04',
        amount: '1250.50',
        currency: 'EUR',
        counterpartyName: 'SOCIÉTÉ GÉNÉRALE',
        counterpartyIban: 'BE71096123456769',
        counterpartyAccount: null,
        counterpartyBic: 'GKCCBEBB',
        structuredReference: '010806817183',
        remittanceText: null,
        bankReference: 'REF00010000',
        endToEndId: 'E2E-1',
        bankTransactionCode: '00150000',
        position: 'line 3',
      },
      expect.objectContaining({ amount: '-3.45', remittanceText: 'FRAIS DE TENUE', position: 'line 6' }),
    ]);
  });

  it('joins the free text of the 21, 22 and 23 records with one space', async () => {
    const lines = statementLines([{ ...FEE, counterparty: { name: 'X', account: '' } }]);
    lines[3] = record([
      [1, lines[3]!.slice(0, 10)],
      [11, 'SECOND PART'],
      [126, '1'],
      [128, '0'],
    ]);
    lines[4] = record([
      [1, lines[4]!.slice(0, 47)],
      [48, 'X'],
      [83, 'THIRD PART'],
      [128, '0'],
    ]);
    const [s] = await parse(lf(lines));
    expect(s!.transactions[0]!.remittanceText).toBe('FRAIS DE TENUE SECOND PART THIRD PART');
  });

  it('keeps a type-101 communication with wrong check digits as text, not as a reference', async () => {
    const [s] = await parse(lf(statementLines([{ ...PAYMENT, ogm: '010806817184' }])));
    expect(s!.transactions[0]).toMatchObject({
      structuredReference: null,
      remittanceText: '+++010/8068/17184+++',
    });
  });

  it('yields the details of a globalised movement instead of its total, and the total when none follow', async () => {
    const [s] = await parse(
      lf(
        statementLines([
          { sequence: 1, millis: -30_000n, code: '10107000', globalisation: 1, text: 'BATCH' },
          { sequence: 1, detail: 1, millis: -10_000n, code: '50107000' },
          { sequence: 1, detail: 2, millis: -20_000n, code: '50107000', globalisation: 1 },
          { sequence: 2, millis: -5_000n, code: '10107000', globalisation: 1 },
        ]),
      ),
    );
    expect(s!.transactions.map((t) => [t.amount, t.position, t.remittanceText])).toEqual([
      ['-10.00', 'line 4', 'BATCH'],
      ['-20.00', 'line 5', 'BATCH'],
      ['-5.00', 'line 6', null],
    ]);
    expectBalanced(s!);
  });

  it('yields the leaves of a two-level globalisation', async () => {
    const [s] = await parse(
      lf(
        statementLines([
          { sequence: 1, millis: -30_000n, globalisation: 2, text: 'TOTAL' },
          { sequence: 1, detail: 1, millis: -20_000n, globalisation: 1 },
          { sequence: 1, detail: 2, millis: -5_000n },
          { sequence: 1, detail: 3, millis: -15_000n, globalisation: 1 },
          { sequence: 1, detail: 4, millis: -10_000n, globalisation: 2 },
        ]),
      ),
    );
    expect(s!.transactions.map((t) => [t.amount, t.position])).toEqual([
      ['-5.00', 'line 5'],
      ['-15.00', 'line 6'],
      ['-10.00', 'line 7'],
    ]);
  });

  it('reads several statements in one file', async () => {
    const statements = await parse(lf([...statementLines([PAYMENT]), ...statementLines([FEE])]));
    expect(statements.map((s) => [s.position, s.transactions.length])).toEqual([
      ['line 1', 1],
      ['line 8', 1],
    ]);
  });

  it('tolerates a blank line at the end of the file only', async () => {
    expect(await parse(Buffer.from(`${statementLines([FEE]).join('\r\n')}\r\n\r\n`, 'latin1'))).toHaveLength(
      1,
    );
    const lines = statementLines([FEE]);
    lines.splice(2, 0, '');
    const e = await refusal(lf(lines));
    expect([e.position, e.template]).toEqual([
      'line 3',
      'The record is {length} characters long; a CODA record has {expected}',
    ]);
  });

  const valid = () => statementLines([PAYMENT, FEE]);
  // Lines: 1 header, 2 old balance, 3-5 payment (21 22 23), 6 fee (21), 7 new balance, 8 trailer.
  type Case = [string, (l: string[]) => string[] | Buffer, string, string];
  const cases: Case[] = [
    ['an empty file', () => Buffer.alloc(0), 'line 1', 'The file is empty'],
    [
      'a record of the wrong length',
      (l) => l.map((x, i) => (i === 3 ? x.slice(0, 127) : x)),
      'line 4',
      'The record is {length} characters long; a CODA record has {expected}',
    ],
    [
      'an unknown record type',
      (l) => l.map((x, i) => (i === 5 ? `5${x.slice(1)}` : x)),
      'line 6',
      'Unknown CODA record type "{type}"',
    ],
    [
      'another version',
      (l) => [header('1'), ...l.slice(1)],
      'line 1',
      'CODA version {version} is not supported; only version 2 is read',
    ],
    [
      'a file that does not start with a header',
      (l) => l.slice(1),
      'line 1',
      'The file must start with a header record 0, not a record {type}',
    ],
    [
      'a 22 without its 21',
      (l) => [l[0]!, l[1]!, l[3]!, ...l.slice(5)],
      'line 3',
      'A record {type} cannot follow a record {previous}',
    ],
    [
      'a 22 of another movement',
      (l) => l.map((x, i) => (i === 3 ? `2200090000${x.slice(10)}` : x)),
      'line 4',
      'Record {type} belongs to movement {found}, not to the movement {expected} before it',
    ],
    [
      'a trailer before the new balance',
      (l) => [...l.slice(0, 6), l[7]!],
      'line 7',
      'A record {type} cannot follow a record {previous}',
    ],
    [
      'a file without its trailer',
      (l) => l.slice(0, 7),
      'line 7',
      'The file ends without a trailer record 9',
    ],
    [
      'a non-numeric amount',
      (l) => l.map((x, i) => (i === 5 ? `${x.slice(0, 40)}O${x.slice(41)}` : x)),
      'line 6',
      'Positions {from}-{to} ("{value}") are not a number',
    ],
    [
      'an impossible date',
      (l) => l.map((x, i) => (i === 5 ? `${x.slice(0, 115)}310226${x.slice(121)}` : x)),
      'line 6',
      'Positions {from}-{to} ("{value}") are not a date DDMMYY',
    ],
    [
      'a sign that is neither 0 nor 1',
      (l) => [l[0]!, `${l[1]!.slice(0, 42)}2${l[1]!.slice(43)}`, ...l.slice(2)],
      'line 2',
      'Position {at} ("{value}") is neither 0 (credit) nor 1 (debit)',
    ],
    [
      'a detail without its total',
      () => [header(), oldBalance(0n), ...movementRecords({ sequence: 1, detail: 1, millis: 5n })],
      'line 3',
      'Movement {sequence}/{detail} is a detail without its movement {sequence}/0000 before it',
    ],
    [
      'details that do not make up their total',
      () =>
        statementLines([
          { sequence: 1, millis: -30_000n, globalisation: 1 },
          { sequence: 1, detail: 1, millis: -10_000n },
          { sequence: 1, detail: 2, millis: -10_000n, globalisation: 1 },
        ]),
      'line 3',
      'The details of movement {sequence} add up to {details}; its globalised amount is {total}',
    ],
    [
      'a movement sequence number used twice',
      () => statementLines([FEE, FEE]),
      'line 4',
      'Movement sequence number {sequence} is used twice',
    ],
    [
      'a UTF-8 file',
      (l) =>
        Buffer.from(
          l.map((x, i) => (i === 4 ? `${x.slice(0, 47)}SOCIÉTÉ${x.slice(54)}` : x)).join('\n'),
          'utf8',
        ),
      'line 5',
      'The file is UTF-8 encoded; CODA is ISO-8859-1',
    ],
    [
      'a control character',
      (l) => l.map((x, i) => (i === 4 ? `${x.slice(0, 47)}\t${x.slice(48)}` : x)),
      'line 5',
      'The file contains a control character (byte {byte}); CODA is ISO-8859-1 text',
    ],
  ];
  it.each(cases)('refuses %s, naming the line', async (_, edit, position, template) => {
    const edited = edit(valid());
    const e = await refusal(Buffer.isBuffer(edited) ? edited : lf(edited), 7);
    expect([e.position, e.template]).toEqual([position, template]);
    expect(BANK_CODA_MESSAGES[template]).toBeDefined();
    expect(e.message.startsWith(`${position}: `)).toBe(true);
  });

  const warnings: Case[] = [
    [
      'a trailer whose record count is wrong',
      (l) => [...l.slice(0, 7), trailer(7, 3_450n, 1_250_500n)],
      'line 8',
      'The trailer counts {declared} records; the statement has {counted}',
    ],
    [
      'a trailer whose totals are wrong',
      (l) => [...l.slice(0, 7), trailer(6, 3_450n, 1_250_000n)],
      'line 8',
      'The trailer totals {debit} in debit and {credit} in credit; the movements total {movementDebit} and {movementCredit}',
    ],
    [
      'balances that do not add up',
      (l) => [...l.slice(0, 6), newBalance(1_347_060n), l[7]!],
      'line 7',
      'The new balance {closing} is not the old balance {opening} plus the movements {movements}',
    ],
  ];
  it.each(warnings)('imports %s with a warning naming the line', async (_, edit, position, template) => {
    const edited = edit(valid());
    const [statement] = await parse(Buffer.isBuffer(edited) ? edited : lf(edited));
    expect(statement?.warnings?.map((w) => [w.position, w.template])).toEqual([[position, template]]);
    expect(BANK_CODA_MESSAGES[template]).toBeDefined();
  });

  it('accepts every edit above undone: the valid statement they start from reads', async () => {
    expect(await parse(lf(valid()))).toHaveLength(1);
  });
});
