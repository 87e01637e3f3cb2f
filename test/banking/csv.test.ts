import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  counterpartyInText,
  parseBankCsv,
  parseCsvAmount,
  parseCsvDate,
} from '../../src/modules/banking/formats/csv.js';
import {
  BANK_CSV_PRESETS,
  type BankCsvMappingInput,
  BankCsvMappingSchema,
  detectPreset,
  findPreset,
  requiredHeaders,
} from '../../src/modules/banking/formats/csv-mapping.js';
import {
  normalizeStructuredReference,
  structuredReferenceInText,
} from '../../src/modules/banking/formats/structured-reference.js';
import { type ParsedStatement, StatementFormatError } from '../../src/modules/banking/formats/types.js';
import { BANK_CSV_MESSAGES } from '../../src/shared/messages/bank-csv.js';
import { Decimal } from '../../src/shared/money.js';
import { bankSamplesDir, withoutBankSamples } from '../helpers/conformance.js';

async function* chunks(bytes: Buffer, size = 7): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function read(file: string | Buffer, mapping: BankCsvMappingInput): Promise<ParsedStatement[]> {
  const out: ParsedStatement[] = [];
  for await (const s of parseBankCsv(chunks(typeof file === 'string' ? Buffer.from(file) : file), mapping))
    out.push(s);
  return out;
}

async function refusal(file: string | Buffer, mapping: BankCsvMappingInput): Promise<StatementFormatError> {
  try {
    await read(file, mapping);
  } catch (err) {
    expect(err).toBeInstanceOf(StatementFormatError);
    const e = err as StatementFormatError;
    expect(BANK_CSV_MESSAGES[e.template], `catalogued: ${e.template}`).toBeDefined();
    return e;
  }
  throw new Error('the file was accepted');
}

const sum = (s: ParsedStatement) =>
  s.transactions.reduce((t, x) => t.plus(x.amount), new Decimal(0)).toFixed(2);

/** A mapping for small table tests: semicolons, Belgian number and date formats, EUR. */
const base = (over: Partial<BankCsvMappingInput> = {}): BankCsvMappingInput => ({
  delimiter: 'semicolon',
  dateFormat: 'DD/MM/YYYY',
  decimalSeparator: ',',
  thousandsSeparator: '.',
  defaultCurrency: 'EUR',
  columns: { bookingDate: 'Date', remittanceText: ['Text'] },
  amount: { kind: 'signed', column: 'Amount' },
  ...over,
});

describe.skipIf(withoutBankSamples(import.meta.url))('CSV bank statements: the samples', () => {
  const sample = (name: string) => readFileSync(join(bankSamplesDir as string, 'csv', name));
  const preset = (id: string) => {
    const p = findPreset(id);
    if (!p) throw new Error(id);
    return p.mapping;
  };
  // The generic "sheet" exports of the OCA samples: US dates and numbers, the account's currency given.
  const sheet = (over: Partial<BankCsvMappingInput> = {}): BankCsvMappingInput => ({
    delimiter: 'comma',
    dateFormat: 'MM/DD/YYYY',
    decimalSeparator: '.',
    thousandsSeparator: ',',
    defaultCurrency: 'USD',
    columns: {
      bookingDate: 'Date',
      remittanceText: ['Label'],
      counterpartyName: 'Partner Name',
      counterpartyAccount: 'Bank Account',
    },
    amount: { kind: 'signed', column: 'Amount' },
    ...over,
  });
  const withBalance = (over: Partial<BankCsvMappingInput>) =>
    sheet({ ...over, columns: { ...sheet().columns, balance: 'Balance' } });

  it('reads the Fintro export through the BNP Paribas Fortis preset it is detected as', async () => {
    const bytes = sample('fintro-be-sample.csv');
    const header = bytes.toString('latin1').split('\n')[0]?.split(';') ?? [];
    expect(detectPreset(header)?.id).toBe('bnp-fortis-legacy-nl');
    const [s, more] = await read(bytes, preset('bnp-fortis-legacy-nl'));
    expect(more).toBeUndefined();
    if (!s) throw new Error('no statement');
    expect(s).toMatchObject({
      format: 'csv',
      accountIban: null,
      // Anonymised in the sample: 14 characters, not a valid Belgian IBAN, so kept as written.
      accountNumber: 'BE848575674748',
      currency: 'EUR',
      openingBalance: null,
      closingBalance: null,
      position: 'line 1',
    });
    expect(s.transactions).toHaveLength(4);
    expect(sum(s)).toBe('-7257.08');
    expect(s.transactions[0]).toEqual({
      bookingDate: '2017-02-27',
      valueDate: '2017-02-26',
      amount: '-191.13',
      currency: 'EUR',
      counterpartyName: null,
      counterpartyIban: null,
      counterpartyAccount: null,
      counterpartyBic: null,
      structuredReference: null,
      remittanceText:
        'MET KAART 5555 04XX XXXX X100 2 MODEMAKERS /02/2017 UITGEVOERD OP 26-02 VALUTADATUM : 26/02/2017',
      bankReference: '2017-',
      endToEndId: null,
      bankTransactionCode: null,
      position: 'line 2',
    });
    // "MEDEDELING : 847564737563" has wrong check digits (8475647375 mod 97 = 96): not a structured reference.
    // The counterparty of a transfer is in the details: "<name> <account>BIC <bic>" (the account anonymised).
    expect(s.transactions[2]).toMatchObject({
      bookingDate: '2017-02-25',
      valueDate: '2017-02-27',
      amount: '-12.48',
      counterpartyName: 'ZIEKENHUIS',
      counterpartyIban: null,
      counterpartyAccount: 'BE848575674748',
      counterpartyBic: 'KREDBEBB',
      structuredReference: null,
    });
    expect(s.transactions[2]?.remittanceText).toContain('MEDEDELING : 847564737563');
    // Thousands separator, and the last line without a line break.
    expect(s.transactions[3]).toMatchObject({
      bookingDate: '2017-02-24',
      amount: '-7000.97',
      bankReference: '2017-0102',
      remittanceText: 'MET KAART 5555 04XX XXXX X200 0 CONSULTING   24-02-2017 VALUTADATUM : 24/02/2017',
      position: 'line 5',
    });
  });

  it('reads a PayPal statement as one statement per currency, each fee its own transaction', async () => {
    const bytes = sample('oca-paypal-statement_en.csv');
    expect(detectPreset(bytes.toString('utf8').split('\n')[0]?.replace(/"/g, '').split(',') ?? [])?.id).toBe(
      'paypal-statement-en',
    );
    const [eur, usd, more] = await read(bytes, preset('paypal-statement-en'));
    expect(more).toBeUndefined();
    if (!eur || !usd) throw new Error('statements missing');
    expect(eur.currency).toBe('EUR');
    expect(eur.transactions).toHaveLength(8);
    expect(sum(eur)).toBe('0.00');
    expect(eur.openingBalance).toEqual({ amount: '0.75', date: '2018-09-04' });
    expect(eur.closingBalance).toEqual({ amount: '0.75', date: '2018-09-27' });
    expect(eur.transactions[0]).toMatchObject({
      bookingDate: '2018-09-04',
      amount: '-1058.09',
      currency: 'EUR',
      bankReference: 'TID1',
      bankTransactionCode: 'General Withdrawal - Bank Account',
      position: 'line 2',
    });
    // 11 USD rows and 7 non-zero fees.
    expect(usd.currency).toBe('USD');
    expect(usd.transactions).toHaveLength(18);
    expect(sum(usd)).toBe('280.30');
    expect(usd.openingBalance).toEqual({ amount: '0.89', date: '2018-09-04' });
    expect(usd.closingBalance).toEqual({ amount: '281.19', date: '2018-09-30' });
    expect(usd.position).toBe('line 10');
    const [gross, fee] = usd.transactions;
    expect(gross).toMatchObject({
      bookingDate: '2018-09-04',
      amount: '1309.80',
      currency: 'USD',
      counterpartyName: 'Partner 1',
      counterpartyAccount: 'paypal@partner1.com',
      counterpartyIban: null,
      remittanceText: '361',
      bankReference: 'TID9',
      bankTransactionCode: 'Express Checkout Payment',
      position: 'line 10',
    });
    expect(fee).toMatchObject({
      amount: '-48.76',
      bankReference: 'TID9:fee',
      bankTransactionCode: 'FEE',
      position: 'line 10',
    });
    expect(usd.transactions.at(-2)).toMatchObject({
      bookingDate: '2018-09-30',
      amount: '292.30',
      counterpartyName: 'Partner 1',
    });
  });

  it('reads a PayPal activity download (day-first dates) into USD, EUR and AUD statements', async () => {
    const statements = await read(sample('oca-paypal-activity_en.csv'), preset('paypal-activity-en'));
    expect(statements.map((s) => [s.currency, s.transactions.length, sum(s)])).toEqual([
      ['USD', 71, '1.90'],
      ['EUR', 29, '43.34'],
      ['AUD', 2, '0.00'],
    ]);
    const [usd, eur] = statements;
    expect(usd?.openingBalance).toEqual({ amount: '0.00', date: '2015-12-29' });
    expect(usd?.closingBalance).toEqual({ amount: '1.90', date: '2016-11-01' });
    expect(usd?.transactions[0]).toMatchObject({
      bookingDate: '2015-12-29',
      amount: '84.00',
      counterpartyName: 'PARTNER1',
      counterpartyAccount: 'paypal@partner1.com',
      bankReference: 'TID1',
      bankTransactionCode: 'General Payment',
    });
    expect(usd?.transactions[1]).toMatchObject({ amount: '-4.25', bankReference: 'TID1:fee' });
    // Money out: the payee is "To Email Address"; "From" is the PayPal account itself.
    expect(usd?.transactions[2]).toMatchObject({
      amount: '-50.00',
      counterpartyAccount: null,
      bankReference: 'TID2',
    });
    const invoice31 = usd?.transactions.find((t) => t.bankReference === 'TID4');
    expect(invoice31).toMatchObject({
      bookingDate: '2016-06-09',
      amount: '1653.75',
      counterpartyName: 'PARTNER2',
      counterpartyAccount: 'paypal@partner2.com',
      remittanceText: '31 Payment to My Company for invoice 31',
    });
    expect(eur?.closingBalance?.amount).toBe('43.34');
  });

  it('refuses the header-only exports: there is nothing to import', async () => {
    const paypal = await refusal(sample('oca-paypal-empty_activity.csv'), preset('paypal-activity-en'));
    expect([paypal.template, paypal.position]).toEqual([
      'The file has column names but no transactions',
      'line 1',
    ]);
    const sheetEmpty = await refusal(sample('oca-sheet-empty_statement_en.csv'), sheet());
    expect(sheetEmpty.template).toBe('The file has column names but no transactions');
  });

  it('reads a signed amount with a running balance', async () => {
    const [s] = await read(sample('oca-sheet-balance.csv'), withBalance({}));
    expect(
      s?.transactions.map((t) => [t.bookingDate, t.amount, t.counterpartyName, t.counterpartyAccount]),
    ).toEqual([
      ['2018-12-15', '-33.50', 'John Doe', '123456789'],
      ['2018-12-15', '1533.50', 'Azure Interior', null],
    ]);
    expect(s?.transactions[0]?.remittanceText).toBe('Your best supplier');
    expect(s?.currency).toBe('USD');
    expect(s?.openingBalance).toEqual({ amount: '10.00', date: '2018-12-15' });
    expect(s?.closingBalance).toEqual({ amount: '1510.00', date: '2018-12-15' });
  });

  it('reads an amount whose direction is in a D/C column', async () => {
    const [s] = await read(
      sample('oca-sheet-debit_credit.csv'),
      withBalance({
        amount: {
          kind: 'indicator',
          column: 'Amount',
          indicator: 'D/C',
          debitValues: ['D'],
          creditValues: ['C'],
        },
      }),
    );
    expect(s?.transactions.map((t) => t.amount)).toEqual(['-33.50', '1533.50']);
    expect(s?.openingBalance?.amount).toBe('10.00');
    expect(s?.closingBalance?.amount).toBe('1510.00');
  });

  it('reads separate debit and credit columns, whatever sign each is written with', async () => {
    const [s] = await read(
      sample('oca-sheet-debit_credit_amount.csv'),
      withBalance({ amount: { kind: 'debit-credit', debit: 'Debit', credit: 'Credit' } }),
    );
    expect(s?.transactions.map((t) => [t.remittanceText, t.amount])).toEqual([
      ['Credit 20.00', '20.00'],
      ['Credit 13.50', '13.50'],
      ['Debit 33.50', '-33.50'],
      ['Debit 1500', '-1500.00'],
    ]);
    expect(sum(s as ParsedStatement)).toBe('-1500.00');
    // The sample's balances do not follow from its amounts (-10.00 after +20.00, then -23.50 after +13.50).
    expect(s?.openingBalance).toBeNull();
    expect(s?.closingBalance).toBeNull();
  });

  it('reads the multi-currency sheets: the amount is in the account currency', async () => {
    const [s] = await read(sample('oca-sheet-sample_statement_en.csv'), sheet());
    expect(s?.transactions.map((t) => [t.amount, t.currency, t.remittanceText])).toEqual([
      ['-33.50', 'USD', 'Your best supplier on 12/15/2018'],
      ['1525.00', 'USD', 'Your payment on 12/15/2018'],
    ]);
    for (const name of ['oca-sheet-original_currency.csv', 'oca-sheet-original_currency_empty.csv']) {
      const [one] = await read(sample(name), sheet());
      expect(one?.transactions.map((t) => [t.bookingDate, t.amount, t.counterpartyName])).toEqual([
        ['2018-12-15', '1525.00', 'Azure Interior'],
      ]);
    }
  });
});

describe('CSV bank statements: dates', () => {
  it.each([
    ['24/02/2017', 'DD/MM/YYYY', '2017-02-24'],
    ['4/2/2017', 'DD/MM/YYYY', '2017-02-04'],
    ['24-02-2017', 'DD-MM-YYYY', '2017-02-24'],
    ['24.02.2017', 'DD.MM.YYYY', '2017-02-24'],
    ['24/02/17', 'DD/MM/YY', '2017-02-24'],
    ['24.02.17', 'DD.MM.YY', '2017-02-24'],
    ['2017-02-24', 'YYYY-MM-DD', '2017-02-24'],
    ['2017-02-24T23:30:00+01:00', 'YYYY-MM-DD', '2017-02-24'],
    ['2017/02/24', 'YYYY/MM/DD', '2017-02-24'],
    ['20170224', 'YYYYMMDD', '2017-02-24'],
    ['9/25/2018', 'MM/DD/YYYY', '2018-09-25'],
    ['02-24-2017', 'MM-DD-YYYY', '2017-02-24'],
    ['24-02-2017 13:05:00', 'DD-MM-YYYY', '2017-02-24'],
    ['29/02/2024', 'DD/MM/YYYY', '2024-02-29'],
  ] as const)('%s as %s → %s', (value, format, expected) => {
    expect(parseCsvDate(value, format)).toBe(expected);
  });

  it.each([
    ['29/02/2023', 'DD/MM/YYYY'],
    ['9/25/2018', 'DD/MM/YYYY'],
    ['2017-02-24', 'DD/MM/YYYY'],
    ['24/02/2017', 'YYYY-MM-DD'],
    ['24.02.2017', 'DD/MM/YYYY'],
    ['2017-13-01', 'YYYY-MM-DD'],
    ['yesterday', 'DD/MM/YYYY'],
  ] as const)('refuses %s as %s', (value, format) => {
    expect(parseCsvDate(value, format)).toBeNull();
  });
});

describe('CSV bank statements: amounts', () => {
  const be = { decimalSeparator: ',', thousandsSeparator: '.' } as const;
  const fr = { decimalSeparator: ',', thousandsSeparator: ' ' } as const;
  const us = { decimalSeparator: '.', thousandsSeparator: ',' } as const;
  const plainComma = { decimalSeparator: ',', thousandsSeparator: '' } as const;
  const plainDot = { decimalSeparator: '.', thousandsSeparator: '' } as const;
  it.each([
    ['-7.000,97', be, '-7000.97'],
    ['1.234.567,8', be, '1234567.8'],
    ['12,50', be, '12.50'],
    ['+12,50', be, '12.50'],
    ['12,50-', be, '-12.50'],
    ['−12,50', be, '-12.50'],
    ['(12,50)', be, '-12.50'],
    ['€ 12,50', be, '12.50'],
    ['12,50 EUR', be, '12.50'],
    ['0,00', be, '0.00'],
    ['-0,00', be, '0.00'],
    ['007', be, '7'],
    ['1 234,56', fr, '1234.56'],
    ['-1\u00a0234,56', fr, '-1234.56'],
    ['1\u202f234\u202f567,00', fr, '1234567.00'],
    ['1,533.50', us, '1533.50'],
    ['-1,058.09', us, '-1058.09'],
    ['-1234,56', plainComma, '-1234.56'],
    ['1234.56', plainDot, '1234.56'],
    ['', be, ''],
  ] as const)('%s (%j) → %s', (value, sep, expected) => {
    expect(parseCsvAmount(value, sep)).toBe(expected);
  });

  it.each([
    ['12.50', be],
    ['1.23,50', be],
    ['1,234.56', be],
    ['1.234,56', plainComma],
    ['1,234.56', plainDot],
    ['12,5,0', plainComma],
    ['abc', be],
    ['1,23', us],
  ] as const)('refuses %s with %j', (value, sep) => {
    expect(parseCsvAmount(value, sep)).toBeNull();
  });
});

describe('CSV bank statements: amount conventions', () => {
  it('keeps or inverts a signed amount', async () => {
    const file = 'Date;Amount;Text\n01/03/2024;-12,50;card\n02/03/2024;1.000,00;salary\n';
    const [asIs] = await read(file, base());
    expect(asIs?.transactions.map((t) => t.amount)).toEqual(['-12.50', '1000.00']);
    const [inverted] = await read(
      file,
      base({ amount: { kind: 'signed', column: 'Amount', sign: 'inverted' } }),
    );
    expect(inverted?.transactions.map((t) => t.amount)).toEqual(['12.50', '-1000.00']);
  });

  it('reads debit and credit columns, debits written positive or negative, a zero counting as empty', async () => {
    const mapping = base({ amount: { kind: 'debit-credit', debit: 'Débit', credit: 'Crédit' } });
    const file =
      'Date;Débit;Crédit;Text\n01/03/2024;12,50;;a\n02/03/2024;-7,00;0,00;b\n03/03/2024;;1.500,00;c\n';
    const [s] = await read(file, mapping);
    expect(s?.transactions.map((t) => t.amount)).toEqual(['-12.50', '-7.00', '1500.00']);
  });

  it('refuses a row with both a debit and a credit, naming the line and column', async () => {
    const mapping = base({ amount: { kind: 'debit-credit', debit: 'Débit', credit: 'Crédit' } });
    const e = await refusal('Date;Débit;Crédit;Text\n01/03/2024;12,50;;a\n02/03/2024;7,00;3,00;b\n', mapping);
    expect(e.template).toBe('Both the debit ({debit}) and the credit ({credit}) are filled');
    expect(e.params).toEqual({ debit: '7,00', credit: '3,00' });
    expect(e.position).toBe('line 3, column Débit');
    const neither = await refusal('Date;Débit;Crédit;Text\n01/03/2024;;;a\n', mapping);
    expect(neither.template).toBe('Neither the debit nor the credit is filled');
  });

  it('reads a debit/credit indicator column and refuses an unknown indicator', async () => {
    const mapping = base({
      amount: {
        kind: 'indicator',
        column: 'Amount',
        indicator: 'Af Bij',
        debitValues: ['Af'],
        creditValues: ['Bij'],
      },
    });
    const [s] = await read(
      'Date;Amount;Af Bij;Text\n01/03/2024;12,50;Af;a\n02/03/2024;-3,00;bij;b\n',
      mapping,
    );
    expect(s?.transactions.map((t) => t.amount)).toEqual(['-12.50', '3.00']);
    const e = await refusal('Date;Amount;Af Bij;Text\n01/03/2024;12,50;X;a\n', mapping);
    expect([e.params.value, e.position]).toEqual(['X', 'line 2, column Af Bij']);
  });
});

describe('CSV bank statements: the file', () => {
  it('names a mapped header the file lacks', async () => {
    const e = await refusal('Datum;Amount;Text\n01/03/2024;1,00;a\n', base());
    expect(e.template).toBe('Column “{column}” is missing: the mapping no longer fits the file');
    expect(e.params).toEqual({ column: 'Date' });
    expect(e.position).toBe('line 1');
    // Below an account preamble, the row that is most nearly the header is the one named.
    const below = await refusal('Account;BE68539007547034\nDate;Amount;Remarks\n01/03/2024;1,00;a\n', base());
    expect([below.params.column, below.position]).toEqual(['Text', 'line 2']);
  });

  it('names the value and the expected format of a date or amount that does not read', async () => {
    const date = await refusal('Date;Amount;Text\n01/03/2024;1,00;a\n2024-03-02;2,00;b\n', base());
    expect(date.template).toBe('“{value}” is not a date as {format}');
    expect(date.params).toEqual({ value: '2024-03-02', format: 'DD/MM/YYYY' });
    expect(date.position).toBe('line 3, column Date');
    expect(date.message).toBe('line 3, column Date: “2024-03-02” is not a date as DD/MM/YYYY');
    const amount = await refusal('Date;Amount;Text\n01/03/2024;1.5;a\n', base());
    expect(amount.params).toEqual({ value: '1.5', format: '-1.234,56' });
    expect(amount.position).toBe('line 2, column Amount');
    const missing = await refusal('Date;Amount;Text\n01/03/2024;;a\n', base());
    expect(missing.template).toBe('The amount is missing');
  });

  it('refuses an empty file, a blank one, and a spreadsheet', async () => {
    expect((await refusal('', base())).template).toBe('The file is empty');
    expect((await refusal('\r\n \n', base())).template).toBe('The file is empty');
    expect((await refusal('\n', base())).template).toBe('The file is empty');
    const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect((await refusal(xlsx, base())).template).toBe(
      'The file is a spreadsheet, not a CSV file: save it as CSV first',
    );
  });

  it('refuses a file in another encoding than the mapping says', async () => {
    const cp1252 = Buffer.from('Date;Amount;Text\n01/03/2024;1,00;Caf\xe9\n', 'latin1');
    const asUtf8 = await refusal(cp1252, base({ encoding: 'utf-8' }));
    expect(asUtf8.template).toBe('The file is not text in {encoding}: check the encoding of the mapping');
    expect(asUtf8.params).toEqual({ encoding: 'utf-8' });
    const utf8 = Buffer.from('Date;Amount;Text\n01/03/2024;1,00;Café\n', 'utf8');
    expect((await refusal(utf8, base({ encoding: 'windows-1252' }))).params).toEqual({
      encoding: 'windows-1252',
    });
    const utf16 = Buffer.from('Date;Amount;Text\n01/03/2024;1,00;a\n', 'utf16le');
    expect((await refusal(utf16, base({ encoding: 'windows-1252' }))).params).toEqual({
      encoding: 'windows-1252',
    });
  });

  it('decodes Windows-1252 (€ and accents) and UTF-16 with its byte-order mark', async () => {
    const cp1252 = Buffer.from([
      ...Buffer.from('Date;Amount;Text\n01/03/2024;1,00;Caf', 'latin1'),
      0xe9,
      0x20,
      0x80,
      0x0a,
    ]);
    const [s] = await read(cp1252, base());
    expect(s?.transactions[0]?.remittanceText).toBe('Café €');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Date;Amount;Text\r\n01/03/2024;1,00;Zoë\r\n', 'utf16le'),
    ]);
    const [t] = await read(utf16, base({ delimiter: 'auto' }));
    expect(t?.transactions[0]).toMatchObject({ amount: '1.00', remittanceText: 'Zoë' });
  });

  it('finds the header below the lines about the account, and numbers lines as the file does', async () => {
    const file = [
      'Compte courant;BE68 5390 0754 7034',
      'Solde au 31/03/2024;1.234,56',
      '',
      'Date;Amount;Text',
      '01/03/2024;-12,50;"two',
      'lines"',
      '02/03/2024;3,00;x',
    ].join('\r\n');
    const [s] = await read(file, base());
    expect(s?.position).toBe('line 4');
    expect(s?.transactions.map((t) => [t.position, t.remittanceText])).toEqual([
      ['line 5', 'two lines'],
      ['line 7', 'x'],
    ]);
  });

  it('reads a file without a header through column numbers, after the rows to skip', async () => {
    const mapping = base({
      headerRow: false,
      skipRows: 1,
      columns: { bookingDate: 1, remittanceText: [4] },
      amount: { kind: 'signed', column: 2 },
    });
    const [s] = await read(
      'exported 01/04/2024\n01/03/2024;-12,50;CB;SUPERMARCHE\n02/03/2024;3,00\n',
      mapping,
    );
    expect(s?.transactions.map((t) => [t.bookingDate, t.amount, t.remittanceText, t.position])).toEqual([
      ['2024-03-01', '-12.50', 'SUPERMARCHE', 'line 2'],
      ['2024-03-02', '3.00', null, 'line 3'],
    ]);
    expect(() => BankCsvMappingSchema.parse({ ...mapping, columns: { bookingDate: 'Date' } })).toThrow(
      'Without a header row, columns are given by number',
    );
  });

  it('splits the rows of several accounts into statements, IBANs normalised', async () => {
    const mapping = base({ columns: { bookingDate: 'Date', account: 'Account', counterpartyAccount: 'To' } });
    const file =
      'Date;Account;Amount;To\n01/03/2024;BE68 5390 0754 7034;1,00;be71 0961 2345 6769\n01/03/2024;12345;2,00;\n02/03/2024;BE68539007547034;3,00;000-1234567-89\n';
    const statements = await read(file, mapping);
    expect(
      statements.map((s) => [s.accountIban, s.accountNumber, s.transactions.length, s.position]),
    ).toEqual([
      ['BE68539007547034', null, 2, 'line 1'],
      [null, '12345', 1, 'line 3'],
    ]);
    expect(statements[0]?.transactions.map((t) => [t.counterpartyIban, t.counterpartyAccount])).toEqual([
      ['BE71096123456769', null],
      [null, '000-1234567-89'],
    ]);
  });

  it('takes the balances from a running balance given newest first', async () => {
    const mapping = base({ columns: { bookingDate: 'Date', balance: 'Saldo' } });
    const [s] = await read('Date;Amount;Saldo\n03/03/2024;-10,00;95,00\n02/03/2024;5,00;105,00\n', mapping);
    expect(s?.openingBalance).toEqual({ amount: '100.00', date: '2024-03-02' });
    expect(s?.closingBalance).toEqual({ amount: '95.00', date: '2024-03-03' });
  });

  it('refuses a currency that is not a code, and a file naming none without a default', async () => {
    const withCurrency = base({ columns: { bookingDate: 'Date', currency: 'Cur' } });
    const e = await refusal('Date;Amount;Cur\n01/03/2024;1,00;euro\n', withCurrency);
    expect([e.params.value, e.position]).toEqual(['euro', 'line 2, column Cur']);
    const noDefault = { ...base() };
    delete noDefault.defaultCurrency;
    expect((await refusal('Date;Amount;Text\n01/03/2024;1,00;a\n', noDefault)).template).toBe(
      'The file names no currency: set the account’s currency in the mapping',
    );
  });
});

describe('CSV bank statements: the counterparty in the text', () => {
  it.each([
    [
      'ZIEKENHUIS BE848575674748BIC KREDBEBB    VIA MOBILE BANKING',
      { name: 'ZIEKENHUIS', account: 'BE848575674748', bic: 'KREDBEBB' },
    ],
    [
      'EUROPESE OVERSCHRIJVING VAN BE68 5390 0754 7034 BIC GKCCBEBB ACME NV MEDEDELING : X',
      { name: null, account: 'BE68539007547034', bic: 'GKCCBEBB' },
    ],
    ['MET KAART 5555 04XX XXXX X100 2 BROUWER     25/02/2017', null],
  ])('%s', (text, expected) => {
    expect(counterpartyInText(text)).toEqual(expected);
  });
});

describe('CSV bank statements: structured references', () => {
  it.each([
    ['+++010/8068/17183+++', '010806817183'],
    ['***010/8068/17183***', '010806817183'],
    ['010806817183', '010806817183'],
    ['+++010/8068/17184+++', null],
    ['RF18 5390 0754 7034', 'RF18539007547034'],
    ['rf18539007547034', 'RF18539007547034'],
    ['RF19539007547034', null],
    ['INVOICE 12', null],
  ])('reference column %s → %s', (value, expected) => {
    expect(normalizeStructuredReference(value)).toBe(expected);
  });

  it.each([
    ['VIREMENT +++010/8068/17183+++ FACTURE', '010806817183'],
    ['ZIEKENHUIS VIA MOBILE BANKING MEDEDELING : 010806817183 VALUTADATUM : 27/02/2017', '010806817183'],
    ['COMMUNICATION : 010/8068/17183', '010806817183'],
    ['MEDEDELING : 847564737563 VALUTADATUM', null],
    ['MET KAART 5555 04XX XXXX X100 2 010806817183', null],
    ['payment RF18 5390 0754 7034 thanks', 'RF18539007547034'],
  ])('text %s → %s', (text, expected) => {
    expect(structuredReferenceInText(text)).toBe(expected);
  });

  it('takes the reference from its column, else from the text; an unstructured one stays in the text', async () => {
    const mapping = base({
      columns: { bookingDate: 'Date', structuredReference: 'Ref', remittanceText: ['Text'] },
    });
    const [s] = await read(
      'Date;Amount;Ref;Text\n01/03/2024;1,00;+++010/8068/17183+++;\n02/03/2024;1,00;;MEDEDELING : 010806817183\n03/03/2024;1,00;INV-7;thanks\n',
      mapping,
    );
    expect(s?.transactions.map((t) => [t.structuredReference, t.remittanceText])).toEqual([
      ['010806817183', null],
      ['010806817183', 'MEDEDELING : 010806817183'],
      [null, 'INV-7 thanks'],
    ]);
  });
});

describe('CSV bank statements: presets', () => {
  it('has unique ids, and marks as verified only the layouts checked against a sample', () => {
    expect(new Set(BANK_CSV_PRESETS.map((p) => p.id)).size).toBe(BANK_CSV_PRESETS.length);
    expect(BANK_CSV_PRESETS.filter((p) => p.verified).map((p) => p.id)).toEqual([
      'bnp-fortis-legacy-nl',
      'paypal-statement-en',
      'paypal-activity-en',
    ]);
  });

  it.each([
    [
      [
        'Volgnummer',
        'Uitvoeringsdatum',
        'Valutadatum',
        'Bedrag',
        'Valuta rekening',
        'Details',
        'Rekeningnummer',
      ],
      'bnp-fortis-legacy-nl',
    ],
    [
      [
        'Volgnummer',
        'Uitvoeringsdatum',
        'Valutadatum',
        'Bedrag',
        'Valuta rekening',
        'Rekeningnummer',
        'Type verrichting',
        'Tegenpartij',
        'Naam van de tegenpartij',
        'Mededeling',
        'Details',
        'Status',
        'Reden van weigering',
      ],
      'bnp-fortis-nl',
    ],
    [['Date', 'Libellé', 'Débit euros', 'Crédit euros', ''], 'credit-agricole'],
    [[' date ', 'LIBELLÉ', 'Débit euros', 'Crédit euros'], 'credit-agricole'],
    [['Date', 'Date de valeur', 'Débit', 'Crédit', 'Libellé', 'Solde'], 'credit-mutuel-cic'],
    [['Date', 'Volgnummer'], null],
    [[], null],
  ])('detects %j as %s', (header, id) => {
    expect(detectPreset(header)?.id ?? null).toBe(id);
  });

  it('detects each preset with a header row from its own headers', async () => {
    for (const p of BANK_CSV_PRESETS.filter((x) => x.mapping.headerRow)) {
      const headers = requiredHeaders(p.mapping);
      expect(detectPreset(headers)?.id, p.id).toBe(p.id);
    }
  });
});
