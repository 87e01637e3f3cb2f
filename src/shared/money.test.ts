import { describe, expect, it } from 'vitest';
import {
  currencyDecimals,
  Decimal,
  dec,
  fromMinor,
  moneyString,
  roundMoney,
  sumMoney,
  toMinor,
} from './money.js';

describe('money', () => {
  it.each([
    ['1.005', 2, '1.01'],
    ['-1.005', 2, '-1.01'],
    ['0.125', 2, '0.13'],
    ['2.675', 2, '2.68'], // 2.675 is 2.67499… as a binary float; decimal arithmetic keeps it exact
    ['1.0049999', 2, '1.00'],
    ['0.5', 0, '1'],
    ['-0.5', 0, '-1'],
    ['12.34567', 4, '12.3457'],
  ])('rounds %s to %i decimals half away from zero → %s', (value, decimals, expected) => {
    expect(roundMoney(value, decimals).toFixed(decimals)).toBe(expected);
  });

  it.each([
    ['12.5', 2, '12.50'],
    ['0', 2, '0.00'],
    ['-0', 2, '0.00'],
    ['-0.004', 2, '0.00'],
    ['-0.005', 2, '-0.01'],
    ['1234567890.1', 2, '1234567890.10'],
    ['7', 0, '7'],
    ['1.5', 3, '1.500'],
    ['-0.4', 0, '0'],
    ['-0.49', 1, '-0.5'],
  ])('prints %s with %i decimals as %s', (value, decimals, expected) => {
    expect(moneyString(value, decimals)).toBe(expected);
  });

  it.each([
    ['12.50', 2, 1250],
    ['-3.1', 2, -310],
    ['0.00', 2, 0],
    ['-0', 2, 0],
    ['1000', 0, 1000],
    ['1.234', 3, 1234],
    ['90071992547409.91', 2, 9007199254740991],
  ])('stores %s as %i-decimal minor units %i', (value, decimals, minor) => {
    expect(toMinor(value, decimals)).toBe(minor);
  });

  it('refuses to store what it cannot store exactly', () => {
    expect(() => toMinor('0.001')).toThrow(RangeError);
    expect(() => toMinor('1.5', 0)).toThrow(RangeError);
    expect(() => toMinor('90071992547409.92')).toThrow(RangeError); // beyond Number.MAX_SAFE_INTEGER
    expect(() => fromMinor(1.5)).toThrow(RangeError);
  });

  it.each([
    [1250, 2, '12.50'],
    [-5, 2, '-0.05'],
    [0, 2, '0.00'],
    [-0, 2, '0.00'],
    [1000, 0, '1000'],
    [1, 3, '0.001'],
  ])('reads minor units %i (%i decimals) as %s', (minor, decimals, expected) => {
    expect(fromMinor(minor, decimals)).toBe(expected);
  });

  it('reads minor units as the decimal division would, and back', () => {
    const samples = [1, 9, 10, 99, 100, 101, 123456789, Number.MAX_SAFE_INTEGER, 2 ** 31 + 7];
    for (const n of [...samples, ...samples.map((v) => -v)])
      for (const decimals of [0, 2, 3]) {
        const expected = new Decimal(n).dividedBy(10 ** decimals).toFixed(decimals);
        expect(fromMinor(n, decimals)).toBe(expected);
        expect(toMinor(fromMinor(n, decimals), decimals)).toBe(n);
      }
  });

  it.each([
    ['EUR', 2],
    ['eur', 2],
    ['USD', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['BHD', 3],
    ['KWD', 3],
  ])('knows that %s has %i minor digits', (currency, digits) => {
    expect(currencyDecimals(currency)).toBe(digits);
  });

  it('sums exactly where floats would not', () => {
    // As numbers, 0.1 + 0.2 = 0.30000000000000004.
    expect(sumMoney(['0.1', '0.2'])).toBe('0.30');
    expect(sumMoney(['10.00', '-10.00'])).toBe('0.00');
    expect(sumMoney([])).toBe('0.00');
    expect(sumMoney(['1', '2'], 0)).toBe('3');
    expect(() => sumMoney(['0.001', '1'])).toThrow(RangeError);
  });

  it('keeps products exact beyond decimal.js default 20 significant digits', () => {
    // 999999999999.999 × 9999.9999 = 9999999899999990.0000001 (24 significant digits).
    expect(dec('999999999999.999').times('9999.9999').toString()).toBe('9999999899999990.0000001');
    expect(dec('1').dividedBy(3).times(3).toDecimalPlaces(2).toString()).toBe('1');
    expect(dec(new Decimal('2.5')).toFixed(2)).toBe('2.50');
  });
});
