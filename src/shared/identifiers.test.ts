import { describe, expect, it } from 'vitest';
import {
  belgianEnterpriseNumberOfVat,
  CountryCode,
  CurrencyCode,
  formatBelgianEnterpriseNumber,
  Iban,
  isValidBelgianEnterpriseNumber,
  TimeZone,
  VatNumber,
} from './identifiers.js';

describe('identifiers', () => {
  it.each([
    ['BE0403170701', true],
    ['BE 0403.170.701', true],
    ['be0403170701', true],
    ['BE0403170702', false],
    ['FR40303265045', true],
    ['FR40303265046', false],
    ['NL004495445B01', true],
    ['DE136695976', true],
    ['DE136695977', false],
    ['LU26375245', true],
    ['LU26375246', false],
    ['XX123', false],
  ])('VAT %s valid: %s', (input, valid) => {
    expect(VatNumber.safeParse(input).success).toBe(valid);
  });

  it.each([
    ['BE0403170701', '0403170701'],
    ['be 0403.170.701', '0403170701'],
    ['BE403170701', '0403170701'],
    ['BE0403170702', null],
    ['FR40303265045', null],
    [null, null],
  ])('the enterprise number inside Belgian VAT number %s is %s', (vat, expected) => {
    expect(belgianEnterpriseNumberOfVat(vat)).toBe(expected);
  });

  it('prints a Belgian enterprise number with its dots', () => {
    expect(formatBelgianEnterpriseNumber('0403170701')).toBe('0403.170.701');
    expect(formatBelgianEnterpriseNumber('303265045')).toBe('303265045');
  });

  it('normalises VAT numbers', () => {
    expect(VatNumber.parse(' be 0403.170.701 ')).toBe('BE0403170701');
  });

  it.each([
    ['0403170701', true],
    ['0403170702', false],
    ['1234567895', false],
    ['2403170701', false],
    ['040317070', false],
  ])('Belgian enterprise number %s valid: %s', (input, valid) => {
    expect(isValidBelgianEnterpriseNumber(input)).toBe(valid);
  });

  it('checks IBAN check digits and normalises spacing', () => {
    expect(Iban.parse('be68 5390 0754 7034')).toBe('BE68539007547034');
    expect(Iban.safeParse('BE68539007547035').success).toBe(false);
  });

  it('knows countries, currencies and time zones', () => {
    expect(CountryCode.parse('be')).toBe('BE');
    expect(CountryCode.safeParse('XX').success).toBe(false);
    expect(CurrencyCode.parse('eur')).toBe('EUR');
    expect(CurrencyCode.safeParse('EUX').success).toBe(false);
    expect(TimeZone.safeParse('Europe/Brussels').success).toBe(true);
    expect(TimeZone.safeParse('Mars/Olympus').success).toBe(false);
  });
});
