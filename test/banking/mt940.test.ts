import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryDate, parseMt940, parseStatementLine } from '../../src/modules/banking/formats/mt940.js';
import { bankSamplesDir, withoutBankSamples } from '../helpers/conformance.js';
import { balances, parseSample, parseText, refusal } from './statement-files.js';

const parse = (file: string) => parseSample(parseMt940, 'mt940', file);

/**
 * Every sample: [file, statements, transactions (= the INVENTORY's :61: count), statements whose
 * opening balance plus their transactions gives the closing balance]. The anonymised test files of
 * ABN AMRO, Rabobank, HSBC, Knab… were edited by hand upstream and do not balance; the count says
 * which do, so a parser that drops or mis-signs a line fails.
 */
const VALID: [string, number, number, number][] = [
  ['oca-test-ing-old.940', 1, 8, 1],
  ['oca-test-ing.940', 1, 8, 1],
  ['oca-test-sns.940', 3, 8, 2],
  ['oca-test-wrong-file.940', 1, 1, 1],
  ['phpmt940-Abn-sample.sta', 4, 5, 4],
  ['phpmt940-Abn-sample2.sta', 1, 4, 0],
  ['phpmt940-Bunq-sample.sta', 1, 111, 1],
  ['phpmt940-Hsbc-sample.sta', 1, 1, 0],
  ['phpmt940-Kbs-sample.sta', 1, 3, 1],
  ['phpmt940-Kbs-sample2.sta', 1, 7, 1],
  ['phpmt940-Knab-sample2.sta', 1, 1, 1],
  ['phpmt940-Knab-sample3.sta', 1, 1, 0],
  ['phpmt940-Penta-sample.sta', 1, 30, 1],
  ['phpmt940-Rabo-sample.sta', 39, 39, 10],
  ['phpmt940-Rabo-sample3.sta', 2, 12, 0],
  ['phpmt940-Rabo-sample4.sta', 1, 3, 0],
  ['phpmt940-Triodos-sample.sta', 2, 8, 2],
  ['phpmt940-Zetb-sample.sta', 1, 8, 1],
  ['wolph-betterplace-sepa_mt9401.sta', 26, 97, 26],
  ['wolph-betterplace-sepa_snippet.sta', 2, 11, 1],
  ['wolph-betterplace-with_binary_character.sta', 2, 4, 2],
  ['wolph-citi-mt940.txt', 1, 5, 1],
  ['wolph-jejik-abnamro.sta', 2, 10, 0],
  ['wolph-jejik-ing.sta', 1, 7, 0],
  ['wolph-jejik-knab.sta', 2, 3, 1],
  ['wolph-jejik-rabobank-iban.sta', 2, 4, 2],
  ['wolph-jejik-rabobank.sta', 4, 5, 2],
  ['wolph-jejik-triodos.sta', 1, 2, 0],
  ['wolph-mBank-mt940.sta', 1, 3, 1],
  ['wolph-mBank-with_newline_in_tnr.sta', 1, 2, 0],
  ['wolph-sberbank-171011_01234945.sta', 1, 3, 1],
  ['wolph-self-provided-details_60-63.sta', 1, 1, 0],
  ['wolph-self-provided-malformed_details.sta', 1, 1, 0],
  ['wolph-self-provided-mt942.sta', 1, 1, 0],
  ['wolph-self-provided-overly_long_details.sta', 1, 1, 0],
  ['wolph-self-provided-raiffeisen-cmi.sta', 1, 7, 0],
];

/**
 * Refused: the upstream unit-test snippets that hold one field and no statement (cmxl-*, betterplace
 * amount_formats/currency_in_25/empty_entry_date/empty_line, sparkassen, empty_non_swift), a file of
 * numbers (invalid_statement), a statement cut short before :62F: (gv_codes), and two whose :61:
 * value date is 30 February (160230).
 */
const FAULTY: [string, string, RegExp][] = [
  ['wolph-betterplace-amount_formats.sta', 'line 1', /:60F: comes before the statement reference/],
  ['wolph-betterplace-currency_in_25.sta', 'line 1', /:25: comes before/],
  ['wolph-betterplace-empty_entry_date.sta', 'line 1', /:61: comes before/],
  ['wolph-betterplace-empty_line.sta', 'line 2', /no account identification :25:/],
  ['wolph-cmxl-account_balance_debit.sta', 'line 1', /:60F: comes before/],
  ['wolph-cmxl-account_identification_iban.sta', 'line 1', /:25: comes before/],
  ['wolph-cmxl-available_balance.sta', 'line 1', /:64: comes before/],
  ['wolph-cmxl-closing_balance.sta', 'line 1', /:62F: comes before/],
  ['wolph-cmxl-reference.sta', 'line 1', /no account identification :25:/],
  ['wolph-cmxl-statement_details.sta', 'line 1', /:61: comes before/],
  ['wolph-cmxl-statement_number.sta', 'line 1', /:28C: comes before/],
  ['wolph-self-provided-empty_non_swift.sta', 'line 1', /:NS: comes before/],
  ['wolph-self-provided-gv_codes.sta', 'line 8', /no closing balance :62F: \(the file may be cut short\)/],
  ['wolph-self-provided-invalid_statement.sta', 'line 10', /no MT940 or MT942 statement/],
  ['wolph-self-provided-sparkassen.sta', 'line 1', /:61: comes before/],
  ['wolph-self-provided-transaction_details_wrapped.sta', 'line 6', /"160230" is not a valid date/],
  ['wolph-self-provided-wrapped_timestamp.sta', 'line 5', /"160230" is not a valid date/],
];

describe.skipIf(withoutBankSamples(import.meta.url))('MT940 / MT942 samples', () => {
  it('classifies every file of the sample folder', () => {
    const files = readdirSync(join(bankSamplesDir ?? '', 'mt940')).sort();
    expect([...VALID.map((v) => v[0]), ...FAULTY.map((f) => f[0])].sort()).toEqual(files);
  });

  it.each(VALID)(
    '%s: %i statements, %i transactions, %i balanced',
    async (file, statements, transactions, balanced) => {
      const out = await parse(file);
      expect(out).toHaveLength(statements);
      expect(out.reduce((n, s) => n + s.transactions.length, 0)).toBe(transactions);
      expect(out.filter(balances)).toHaveLength(balanced);
      for (const s of out) {
        expect(s.currency).toMatch(/^[A-Z]{3}$/);
        for (const t of s.transactions) {
          expect(t.amount).toMatch(/^-?\d+(\.\d+)?$/);
          expect(t.bookingDate).toMatch(/^\d{4}-\d\d-\d\d$/);
          expect(t.currency).toBe(s.currency);
          expect(t.position).toMatch(/^line \d+$/);
        }
      }
    },
  );

  it.each(FAULTY)('refuses %s at %s', async (file, position, message) => {
    const e = await refusal(parse(file));
    expect(e.position).toBe(position);
    expect(e.message).toMatch(message);
  });

  it('reads a German SEPA statement (?20 sub-fields, EREF+/SVWZ+, BIC and IBAN in ?30/?31)', async () => {
    const [first, second] = await parse('wolph-betterplace-sepa_snippet.sta');
    expect(first).toMatchObject({
      format: 'mt940',
      accountIban: null,
      accountNumber: '50880050/0194787400888',
      statementId: '00004/00001',
      currency: 'EUR',
      openingBalance: { amount: '766656.49', date: '2007-09-03' },
      closingBalance: { amount: '1125250.4', date: '2007-09-04' },
      position: 'line 1',
    });
    expect(first?.transactions[0]).toEqual({
      bookingDate: '2007-09-04',
      valueDate: '2007-09-07',
      amount: '50990.05',
      currency: 'EUR',
      counterpartyName: 'KARL        KAUFMANN',
      counterpartyIban: 'DE14508800500194785000',
      counterpartyAccount: null,
      counterpartyBic: 'DRESDEFF508',
      structuredReference: null,
      remittanceText: 'Verw CTSc-01 BC-PPP TFNr 22 004',
      bankReference: '0724710333343453',
      endToEndId: 'EndToEndId TFNR 22 004 00001',
      bankTransactionCode: '166',
      position: 'line 5',
    });
    // "Strukturier" / "ter Verwend" / "ungszweck": the sub-fields wrap inside words.
    expect(first?.transactions[1]).toMatchObject({
      amount: '154551.93',
      counterpartyName: 'Quentin Quast',
      counterpartyIban: 'DE03508800500194791600',
      remittanceText: 'Strukturierter Verwendungszweck 30030004 DE',
      endToEndId: 'TFNR 0300300004',
    });
    expect(second?.openingBalance).toEqual({ amount: '-1970431.87', date: '2007-09-03' });
    expect(second?.transactions[6]).toMatchObject({
      amount: '-3572569.03',
      bookingDate: '2007-09-04',
      remittanceText: '0904059001',
      bankTransactionCode: '079',
      position: 'line 53',
    });
  });

  it('reads ING (SWIFT envelope, /EREF/ /CNTP/ /REMI/ wrapped mid-word, "-" lines inside :86:)', async () => {
    const [s] = await parse('oca-test-ing.940');
    expect(s).toMatchObject({
      accountNumber: 'NL77INGB0574908765',
      currency: 'EUR',
      statementId: '0000',
      openingBalance: { amount: '662.23', date: '2014-02-19' },
      closingBalance: { amount: '564.35', date: '2014-02-20' },
      position: 'line 4',
    });
    expect(s?.transactions[0]).toMatchObject({
      amount: '1.56',
      bookingDate: '2014-02-20',
      counterpartyName: 'ING BANK NV INZAKE WEB',
      counterpartyIban: 'NL32INGB0000012345',
      counterpartyBic: 'INGBNL2A',
      remittanceText: 'EV10001REP1000000T1000',
      endToEndId: 'EV12341REP1231456T1234',
      bankReference: '00000000001',
      bankTransactionCode: 'NTRF',
      position: 'line 9',
    });
    expect(s?.transactions[7]).toMatchObject({
      amount: '-119.00',
      counterpartyIban: 'NL32INGB0000012345',
      // /REMI/STRD/CUR/…: a Dutch payment reference, not a Belgian or RF one, so it stays text.
      remittanceText: '1070123412341234',
      structuredReference: null,
      endToEndId: '15614016000384600',
      bankReference: '00000000001012',
      position: 'line 51',
    });
  });

  it('reads Rabobank (counterparty IBAN on the :61: continuation, /NAME/ /REMI/)', async () => {
    const [s] = await parse('phpmt940-Rabo-sample3.sta');
    expect(s?.transactions[0]).toMatchObject({
      amount: '-127.50',
      bookingDate: '2013-04-03',
      counterpartyName: 'Nespresso Nederland B.V.',
      counterpartyIban: 'NL96RBOS0523149468',
      remittanceText: '674725433 1120000153447185 14144467636004962',
      endToEndId: '02-04-2013 22:56 1120000153447185',
      bankTransactionCode: 'N102',
    });
  });

  it('reads ABN AMRO free text, several statements after the "ABNANL2A / 940" header', async () => {
    const out = await parse('phpmt940-Abn-sample.sta');
    expect(out.map((s) => s.accountNumber)).toEqual(['500950253', '500950253', '500950253', '485082713']);
    expect(out[0]?.transactions[0]).toMatchObject({
      amount: '-7.5',
      valueDate: '2009-06-23',
      bookingDate: '2009-06-24',
      remittanceText:
        'GIRO   428428 KPN BV             BETALINGSKENM.  000000018503995 5109227317                       BETREFT FACTUUR D.D. 20-06-2009 INCL. 1,20 BTW',
      counterpartyName: null,
      bankTransactionCode: 'N192',
    });
  });

  it('reads SNS: a last statement closed by "-}" without :62F:, the IBAN leading the free text', async () => {
    const out = await parse('oca-test-sns.940');
    expect(out[2]?.closingBalance).toBeNull();
    expect(out[0]?.transactions[0]).toMatchObject({
      amount: '-713.13',
      counterpartyIban: 'NL49RABO0166416932',
      remittanceText: 'NL49RABO0166416932 gerrits glas en schilderwerk Factuur 17227/248/20',
      bankTransactionCode: 'NOVB',
    });
  });

  it('reads bunq, Knab, Triodos (">" sub-fields, BIC/account in :25:) and Raiffeisen', async () => {
    const [bunq] = await parse('phpmt940-Bunq-sample.sta');
    expect(bunq).toMatchObject({ accountIban: 'NL10BUNQ2290325473', accountNumber: null, currency: 'EUR' });
    expect(bunq?.transactions[0]).toMatchObject({
      amount: '2',
      counterpartyName: 'P.C. Wacki',
      counterpartyIban: 'NL65BUNQ2206724936',
      remittanceText: null,
    });
    const [knab] = await parse('phpmt940-Knab-sample2.sta');
    expect(knab?.transactions[0]).toMatchObject({
      amount: '567.42',
      counterpartyName: 'STRIPE PAYMENTS UK LTD',
      counterpartyBic: 'SXPYDEHHXXX',
      counterpartyAccount: '123',
      remittanceText: 'SHOPIFY D3DJ2',
      bankReference: 'C0D27XM01D000031',
    });
    const [triodos] = await parse('phpmt940-Triodos-sample.sta');
    expect(triodos).toMatchObject({ accountBic: 'TRIODOSBANK', accountNumber: '0666666666' });
    expect(triodos?.transactions[0]).toMatchObject({
      amount: '-10.00',
      counterpartyAccount: '0666666666',
      remittanceText:
        'TENAAMSTELLING TEGENREKENING EN ADRES TEGENREKENING EN PLAATS TEGENREKENING EN EEN LANGE OMSCHRIJVING VAN DE TRANSACTIE',
    });
    const [raiffeisen] = await parse('wolph-self-provided-raiffeisen-cmi.sta');
    expect(raiffeisen).toMatchObject({
      accountBic: 'UBRTHUHB',
      accountNumber: '123456789150ABCDEF002',
      currency: 'HUF',
    });
    expect(raiffeisen?.transactions[1]).toMatchObject({ amount: '-14790.00', bankTransactionCode: 'N031' });
  });

  it('decodes UTF-8 text (Ü) and keeps German sub-field text', async () => {
    const out = await parse('wolph-betterplace-with_binary_character.sta');
    expect(out[1]?.transactions[0]).toMatchObject({
      amount: '1120.00',
      valueDate: '2010-03-22',
      bookingDate: '2010-03-19',
      remittanceText: 'Belegloser ZahlungsauftragÜberweisung:19.03.2010Anzahl Posten :7Anw-Nr.: 69725663086',
    });
  });

  it('reads an MT942 interim report (:34F:, :13D:, :90D:)', async () => {
    const [s] = await parse('wolph-self-provided-mt942.sta');
    expect(s).toMatchObject({
      format: 'mt942',
      accountNumber: 'GJB0291077111',
      currency: 'EUR',
      statementId: '03917/00001',
      toDate: '2016-10-30',
      openingBalance: null,
      closingBalance: null,
    });
    expect(s?.transactions[0]).toMatchObject({
      valueDate: '2016-10-30',
      bookingDate: '2016-10-31',
      amount: '-0.42',
      remittanceText: 'REMIT:Costs to MT940 Parsing. This is Somuchfun.',
      bankReference: '055001022000001',
      position: 'line 7',
    });
  });
});

describe(':61: statement lines', () => {
  it.each([
    // [line, valueDate, bookingDate, amount, funds code, type, customer ref, bank ref]
    [
      '1402200220C1,56NTRFEREF//00000000001',
      '2014-02-20',
      '2014-02-20',
      '1.56',
      null,
      'NTRF',
      'EREF',
      '00000000001',
    ],
    [
      '0709070904CR50990,05NTRFNONREF//0724710333343453',
      '2007-09-07',
      '2007-09-04',
      '50990.05',
      'R',
      'NTRF',
      null,
      '0724710333343453',
    ],
    [
      '0709040904DR1500,00NTRFKREF+//536D80EFEC56ACF8',
      '2007-09-04',
      '2007-09-04',
      '-1500.00',
      'R',
      'NTRF',
      'KREF+',
      '536D80EFEC56ACF8',
    ],
    ['1601020102RD12,00NMSCNONREF', '2016-01-02', '2016-01-02', '12.00', null, 'NMSC', null, null],
    ['1601020102RC12,00NMSCNONREF', '2016-01-02', '2016-01-02', '-12.00', null, 'NMSC', null, null],
    ['1601020102RCR1,NMSCNONREF', '2016-01-02', '2016-01-02', '-1', 'R', 'NMSC', null, null],
    ['0906230624D203,N369NONREF', '2009-06-23', '2009-06-24', '-203', null, 'N369', null, null],
    ['0906230624D1,N369NONREF', '2009-06-23', '2009-06-24', '-1', null, 'N369', null, null],
    ['130403D000000000127,50N102EREF', '2013-04-03', '2013-04-03', '-127.50', null, 'N102', 'EREF', null],
    ['240312    DD212,39NMSCNONREF//', '2024-03-12', '2024-03-12', '-212.39', 'D', 'NMSC', null, null],
    [
      '1702010201CN45,00NTRFNONREF//MB170201323000',
      '2017-02-01',
      '2017-02-01',
      '45.00',
      'N',
      'NTRF',
      null,
      'MB170201323000',
    ],
    ['2009020902D20,00NONREF', '2020-09-02', '2020-09-02', '-20.00', null, null, null, null],
    [
      '2011301130CN220000,00//19239782213',
      '2020-11-30',
      '2020-11-30',
      '220000.00',
      'N',
      null,
      null,
      '19239782213',
    ],
    [
      '1407290729C500NTRF29-07-2014 10:05//B4G29PGDCK1QFV3E',
      '2014-07-29',
      '2014-07-29',
      '500',
      null,
      'NTRF',
      '29-07-2014 10:05',
      'B4G29PGDCK1QFV3E',
    ],
    // year turn: booked on 31 December for a value date of 2 January, and the reverse
    ['1601021231D5,00NTRFNONREF', '2016-01-02', '2015-12-31', '-5.00', null, 'NTRF', null, null],
    ['1512310102C5,00NTRFNONREF', '2015-12-31', '2016-01-02', '5.00', null, 'NTRF', null, null],
    ['1610301031D0,00MCI0NONREF', '2016-10-30', '2016-10-31', '0.00', null, null, 'MCI0NONREF', null],
  ])('%s', (line, valueDate, bookingDate, amount, fundsCode, typeCode, customerReference, bankReference) => {
    expect(parseStatementLine([line, 'supplementary'], 3)).toEqual({
      valueDate,
      bookingDate,
      amount,
      fundsCode,
      typeCode,
      customerReference,
      bankReference,
      supplementary: 'supplementary',
    });
  });

  it.each([
    ['1602300301DR6,00N024NONREF', /"160230" is not a valid date/],
    ['160229D', /:61: "160229D" is not valid/],
    ['160229X1,00NTRF', /is not valid/],
    ['1602291345D1,00NTRF', /"1345" is not a valid date/],
  ])('refuses %s, naming the line', (line, message) => {
    expect(() => parseStatementLine([line], 7)).toThrow(message);
    expect(() => parseStatementLine([line], 7)).toThrow(/^line 7: /);
  });

  it('puts a leap day booked after the year turn in the right year', () => {
    expect(entryDate('2017-01-01', '1231')).toBe('2016-12-31');
    expect(entryDate('2016-02-28', '0229')).toBe('2016-02-29');
    expect(entryDate('2015-02-28', '0229')).toBe('2016-02-29');
  });
});

describe('MT940 text handling', () => {
  const statement = (details: string[]) =>
    [
      ':20:REF1',
      ':25:BE68539007547034',
      ':28C:1/1',
      ':60F:C250101EUR100,00',
      ':61:2501020102D10,NTRFNONREF',
      ...details,
      ':62F:C250102EUR90,00',
      '-',
    ].join('\r\n');

  it('reads Latin-1 lines, a Belgian IBAN and a structured communication', async () => {
    const text = statement([
      ':86:/NAME/Société Générale/IBAN/BE71096123456769/REMI/USTD//+++010/8068/17183+++/',
    ]);
    const [s] = await parseText(parseMt940, Buffer.from(text, 'latin1'));
    expect(s).toMatchObject({
      accountIban: 'BE68539007547034',
      closingBalance: { amount: '90.00', date: '2025-01-02' },
    });
    expect(s?.transactions[0]).toMatchObject({
      amount: '-10',
      counterpartyName: 'Société Générale',
      counterpartyIban: 'BE71096123456769',
      structuredReference: '010806817183',
      remittanceText: '+++010/8068/17183+++',
    });
  });

  it('finds an RF creditor reference in free text, and "NOTPROVIDED" is no end-to-end id', async () => {
    const [s] = await parseText(
      parseMt940,
      statement([':86:166?00SEPA?20EREF+NOTPROVIDED?21SVWZ+RF18 5390 0754 7034?32Acme']),
    );
    expect(s?.transactions[0]).toMatchObject({
      structuredReference: 'RF18539007547034',
      endToEndId: null,
      counterpartyName: 'Acme',
      bankTransactionCode: '166',
    });
  });

  it('refuses a file cut short inside a statement', async () => {
    const text = statement([]).split('\r\n').slice(0, 5).join('\n');
    const e = await refusal(parseText(parseMt940, text));
    expect(e.position).toBe('line 5');
    expect(e.message).toMatch(/no closing balance/);
  });
});
