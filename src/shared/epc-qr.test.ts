import { describe, expect, it } from 'vitest';
import {
  belgianStructuredDigits,
  EPC_MAX_BYTES,
  type EpcErrorCode,
  type EpcPayment,
  EpcQrError,
  epcPayload,
  isoCreditorReference,
} from './epc-qr.js';

const base: EpcPayment = { name: 'Atelier Dupont SRL', iban: 'BE68 5390 0754 7034', amount: '1234.5' };

describe('epcPayload', () => {
  it.each<[string, Partial<EpcPayment>, string]>([
    [
      'the minimum: name, IBAN (spaces removed) and amount with 2 decimals',
      {},
      'BCD\n002\n1\nSCT\n\nAtelier Dupont SRL\nBE68539007547034\nEUR1234.50',
    ],
    [
      'a BIC, upper-cased',
      { bic: 'gkccbebb' },
      'BCD\n002\n1\nSCT\nGKCCBEBB\nAtelier Dupont SRL\nBE68539007547034\nEUR1234.50',
    ],
    [
      'an ISO 11649 reference, compacted, in the structured field',
      { reference: 'rf18 5390 0754 7034' },
      'BCD\n002\n1\nSCT\n\nAtelier Dupont SRL\nBE68539007547034\nEUR1234.50\n\nRF18539007547034',
    ],
    [
      'a Belgian structured communication as its 12 digits in the structured field',
      { reference: '+++123/4567/89002+++' },
      'BCD\n002\n1\nSCT\n\nAtelier Dupont SRL\nBE68539007547034\nEUR1234.50\n\n123456789002',
    ],
    [
      'the bare 12 digits of a structured communication',
      { reference: '123456789002' },
      'BCD\n002\n1\nSCT\n\nAtelier Dupont SRL\nBE68539007547034\nEUR1234.50\n\n123456789002',
    ],
    [
      'free text in the unstructured field, after an empty reference line',
      { remittance: 'Facture F-2026-00042' },
      'BCD\n002\n1\nSCT\n\nAtelier Dupont SRL\nBE68539007547034\nEUR1234.50\n\n\nFacture F-2026-00042',
    ],
    [
      'purpose and information for the payer',
      { purpose: 'gdds', information: 'Merci !' },
      'BCD\n002\n1\nSCT\n\nAtelier Dupont SRL\nBE68539007547034\nEUR1234.50\nGDDS\n\n\nMerci !',
    ],
    ['the smallest amount', { amount: '0.01' }, 'EUR0.01'],
    ['the largest amount', { amount: '999999999.99' }, 'EUR999999999.99'],
    ['a whole amount', { amount: '40' }, 'EUR40.00'],
    [
      'accents kept as UTF-8',
      { name: 'Société Générale Ł ß' },
      'BCD\n002\n1\nSCT\n\nSociété Générale Ł ß\nBE68539007547034',
    ],
    [
      'a French IBAN with letters',
      { iban: 'FR14 2004 1010 0505 0001 3M02 606' },
      'FR1420041010050500013M02606',
    ],
  ])('%s', (_name, over, expected) => {
    const payload = epcPayload({ ...base, ...over });
    if (expected.startsWith('BCD')) expect(payload.startsWith(expected)).toBe(true);
    else expect(payload.split('\n')).toContain(expected);
    if (expected.startsWith('BCD') && expected.split('\n').length >= 8) {
      // Whole payloads are exact: nothing after the last filled line.
      expect(payload).toBe(expected);
    }
  });

  it.each<[string, Partial<EpcPayment>, EpcErrorCode, keyof EpcPayment | null]>([
    ['an IBAN with a wrong check digit', { iban: 'BE68 5390 0754 7035' }, 'invalid_iban', 'iban'],
    ['something that is no IBAN', { iban: '123' }, 'invalid_iban', 'iban'],
    ['a bad BIC', { bic: 'NOTABIC' }, 'invalid_bic', 'bic'],
    ['a zero amount', { amount: '0' }, 'invalid_amount', 'amount'],
    ['a negative amount', { amount: '-5.00' }, 'invalid_amount', 'amount'],
    ['more than 2 decimals', { amount: '1.005' }, 'invalid_amount', 'amount'],
    ['a billion euros', { amount: '1000000000.00' }, 'invalid_amount', 'amount'],
    ['a comma as decimal separator', { amount: '12,50' }, 'invalid_amount', 'amount'],
    ['an empty name', { name: '  ' }, 'invalid_name', 'name'],
    ['a name of 71 characters', { name: 'x'.repeat(71) }, 'invalid_name', 'name'],
    ['a name on two lines', { name: 'Atelier\nDupont' }, 'invalid_name', 'name'],
    [
      'a creditor reference with a wrong check',
      { reference: 'RF19539007547034' },
      'invalid_reference',
      'reference',
    ],
    [
      'a structured communication with a wrong check',
      { reference: '+++123/4567/89003+++' },
      'invalid_reference',
      'reference',
    ],
    ['an invoice number as reference', { reference: 'F-2026-00042' }, 'invalid_reference', 'reference'],
    ['a remittance of 141 characters', { remittance: 'x'.repeat(141) }, 'invalid_remittance', 'remittance'],
    [
      'both a reference and a remittance',
      { reference: 'RF18539007547034', remittance: 'F-2026-00042' },
      'reference_and_remittance',
      'remittance',
    ],
    ['a purpose of 5 characters', { purpose: 'GOODS' }, 'invalid_purpose', 'purpose'],
    ['information of 71 characters', { information: 'x'.repeat(71) }, 'invalid_information', 'information'],
    [
      'a payload over 331 bytes (multi-byte characters)',
      { name: 'é'.repeat(70), remittance: '€'.repeat(140), information: 'ł'.repeat(70) },
      'payload_too_long',
      null,
    ],
  ])('refuses %s', (_name, over, code, field) => {
    let error: unknown;
    try {
      epcPayload({ ...base, ...over });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EpcQrError);
    expect((error as EpcQrError).code).toBe(code);
    expect((error as EpcQrError).field).toBe(field);
  });

  it('fits a 70-character name and a 140-character remittance with BIC and purpose', () => {
    const payload = epcPayload({
      ...base,
      bic: 'GKCCBEBBXXX',
      name: 'N'.repeat(70),
      amount: '999999999.99',
      purpose: 'GDDS',
      remittance: 'R'.repeat(140),
    });
    expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(EPC_MAX_BYTES);
    expect(payload.split('\n')).toHaveLength(11);
  });

  it('refuses fields each within its limit whose sum passes 331 bytes', () => {
    expect(() =>
      epcPayload({
        ...base,
        bic: 'GKCCBEBBXXX',
        name: 'N'.repeat(70),
        amount: '999999999.99',
        remittance: 'R'.repeat(140),
        information: 'I'.repeat(70),
      }),
    ).toThrow(/331 bytes/);
  });
});

describe('payment references', () => {
  it.each([
    ['+++123/4567/89002+++', '123456789002'],
    ['***123/4567/89002***', '123456789002'],
    ['123/4567/89002', '123456789002'],
    // 10 digits whose remainder is 0 take 97 as check digits.
    ['+++000/0000/09797+++', '000000009797'],
    ['+++123/4567/89003+++', null],
    ['12345678900', null],
  ])('reads the Belgian structured communication %s', (text, digits) => {
    expect(belgianStructuredDigits(text)).toBe(digits);
  });

  it.each([
    ['RF18 5390 0754 7034', 'RF18539007547034'],
    ['rf18539007547034', 'RF18539007547034'],
    ['RF71 2348 231', 'RF712348231'],
    ['RF18539007547035', null],
  ])('reads the creditor reference %s', (text, ref) => {
    expect(isoCreditorReference(text)).toBe(ref);
  });
});
