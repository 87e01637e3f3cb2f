import { describe, expect, it } from 'vitest';
import {
  creditorReference,
  formatCreditorReference,
  formatStructuredCommunication,
  isValidCreditorReference,
  parseStructuredCommunication,
  referenceBase,
  structuredCommunication,
} from './payment-reference.js';

describe('Belgian structured communication', () => {
  it.each([
    // 1234567890 = 97 × 12727504 (= 1234567888) + 2 → check 02
    ['1234567890', '+++123/4567/89002+++'],
    // 909337554 = 97 × 9374613 (= 909337461) + 93 → check 93
    ['0909337554', '+++090/9337/55493+++'],
    ['909337554', '+++090/9337/55493+++'],
    // 2600000001 = 97 × 26804123 (= 2599999931) + 70 → check 70
    ['2600000001', '+++260/0000/00170+++'],
    // 9700000000 = 97 × 100000000, remainder 0 → check 97, not 00
    ['9700000000', '+++970/0000/00097+++'],
    // 97 = 97 × 1 → check 97
    ['97', '+++000/0000/09797+++'],
    // 1 mod 97 = 1 → check 01
    ['1', '+++000/0000/00101+++'],
  ])('%s → %s', (base, expected) => {
    expect(structuredCommunication(base)).toBe(expected);
  });

  it.each(['', '12345678901', '12a4', '-1', ' 1'])('refuses the base %j', (base) => {
    expect(() => structuredCommunication(base)).toThrow(RangeError);
  });

  it.each([
    ['+++123/4567/89002+++', '123456789002'],
    ['***123/4567/89002***', '123456789002'],
    ['+++123456789002+++', '123456789002'],
    ['+++ 123 / 4567 / 89002 +++', '123456789002'],
    ['  ***090/9337/55493***  ', '090933755493'],
    ['123456789002', '123456789002'],
    ['123/4567/89002', '123456789002'],
    ['+++970/0000/00097+++', '970000000097'],
    // wrong check digits
    ['+++123/4567/89003+++', null],
    ['+++123/4567/89097+++', null],
    // remainder 0 is written 97, never 00
    ['+++970/0000/00000+++', null],
    // mixed or missing wrappers, wrong length, letters
    ['+++123/4567/89002***', null],
    ['++123/4567/89002++', null],
    ['+++123/4567/8900+++', null],
    ['+++123/4567/890021+++', null],
    ['+++12A/4567/89002+++', null],
    ['', null],
  ])('reads %j as %j', (text, expected) => {
    expect(parseStructuredCommunication(text)).toBe(expected);
  });

  it('reads back what it writes', () => {
    for (const base of ['1', '42', '2600000042', '9999999999', '0000000000']) {
      const twelve = parseStructuredCommunication(structuredCommunication(base));
      expect(twelve).toBe(base.padStart(10, '0') + twelve?.slice(10));
      expect(formatStructuredCommunication(twelve ?? '')).toBe(structuredCommunication(base));
    }
  });

  it.each([
    [1, '0000000001'],
    [42, '0000000042'],
    [2_600_000_042, '2600000042'],
    [9_999_999_999, '9999999999'],
  ])('bases the counter value %j on 10 digits: %s', (input, expected) => {
    expect(referenceBase(input)).toBe(expected);
  });

  it.each([0, -1, 1.5, 10_000_000_000, Number.NaN])('refuses the counter value %j', (input) => {
    expect(() => referenceBase(input)).toThrow(RangeError);
  });
});

describe('ISO 11649 creditor reference', () => {
  it.each([
    // ISO 11649 example. 539007547034 + "RF00" (R = 27, F = 15) = 539007547034271500;
    // mod 97 by pieces: 539007547 → 81; 810342715 → 59; 5900 → 80; check = 98 − 80 = 18.
    ['539007547034', 'RF18539007547034'],
    ['5390 0754 7034', 'RF18539007547034'],
    // 1271500 = 97 × 13108 (= 1271476) + 24 → 98 − 24 = 74
    ['1', 'RF741'],
    // I = 18, N = 23, V = 31: 1823312026001271500; 182331202 → 11; 116001271 → 38; 38500 → 88 → 10
    ['INV2026001', 'RF10INV2026001'],
    ['inv2026001', 'RF10INV2026001'],
    // 54271500 = 97 × 559500 exactly → 98 − 0 = 98
    ['54', 'RF9854'],
    // 72271500 = 97 × 745067 (= 72271499) + 1 → 98 − 1 = 97
    ['72', 'RF9772'],
  ])('%s → %s', (base, expected) => {
    expect(creditorReference(base)).toBe(expected);
  });

  it.each(['', 'ABCDEFGHIJKLMNOPQRSTUV', 'INV-2026', 'é'])('refuses the base %j', (base) => {
    expect(() => creditorReference(base)).toThrow(RangeError);
  });

  it.each([
    ['RF18539007547034', true],
    ['RF18 5390 0754 7034', true],
    ['rf18 5390 0754 7034', true],
    ['RF10INV2026001', true],
    ['RF9854', true],
    ['RF19539007547034', false],
    ['RF18539007547035', false],
    ['RF18', false],
    ['XX18539007547034', false],
    ['RF1853900754703', false],
    ['RF18-5390-0754-7034', false],
  ])('%s valid: %s', (text, valid) => {
    expect(isValidCreditorReference(text)).toBe(valid);
  });

  it('accepts every reference it makes', () => {
    for (const base of ['1', '00', 'Z', 'ABCDEFGHIJKLMNOPQRSTU', '123456789012345678901']) {
      expect(isValidCreditorReference(creditorReference(base))).toBe(true);
    }
  });

  it.each([
    ['RF18539007547034', 'RF18 5390 0754 7034'],
    ['rf18 5390075 47034', 'RF18 5390 0754 7034'],
    ['RF741', 'RF74 1'],
    ['RF9854', 'RF98 54'],
  ])('prints %s as %s', (ref, printed) => {
    expect(formatCreditorReference(ref)).toBe(printed);
  });
});
