import { describe, expect, it } from 'vitest';
import { canonicalDecimal, decimalString, fromScaled, toScaled } from './decimal.js';

describe('decimal strings', () => {
  const price = decimalString({ maxDecimals: 4 });
  it.each([
    ['12.50', true],
    ['0', true],
    ['0.0125', true],
    ['1e3', false],
    ['12,50', false],
    ['-1', false],
    ['12.12345', false],
    ['', false],
    ['abc', false],
    ['.5', false],
  ])('%j valid: %s', (v, ok) => {
    expect(price.safeParse(v).success).toBe(ok);
  });

  it('allows a sign only when asked', () => {
    expect(decimalString({ maxDecimals: 2, allowNegative: true }).safeParse('-3.10').success).toBe(true);
  });

  it('scales exactly, without binary floating point', () => {
    expect(toScaled('0.1', 4)).toBe(1000);
    expect(toScaled('1234567.8901', 4)).toBe(12345678901);
    expect(fromScaled(125000, 4)).toBe('12.50');
    expect(fromScaled(125, 4)).toBe('0.0125');
    expect(fromScaled(-30000, 4)).toBe('-3.00');
    expect(() => toScaled('0.00001', 4)).toThrow();
    expect(canonicalDecimal('05.50')).toBe('5.5');
  });
});

describe('scaled integers as text', () => {
  it.each([
    ['12.5', 4, 125000],
    ['-0.001', 3, -1],
    ['0', 2, 0],
    ['-0.00', 2, 0],
    ['007.10', 2, 710],
    ['999999999999.999', 3, 999999999999999],
  ])('toScaled(%s, %i) = %i', (v, s, n) => {
    expect(toScaled(v, s)).toBe(n);
  });

  it.each([
    [125000, 4, 2, '12.50'],
    [-1, 3, 0, '-0.001'],
    [0, 2, 0, '0'],
    [2500, 3, 0, '2.5'],
    [-125, 4, 2, '-0.0125'],
    [999999999999999, 3, 0, '999999999999.999'],
  ])('fromScaled(%i, %i, %i) = %s', (n, s, min, v) => {
    expect(fromScaled(n, s, min)).toBe(v);
  });

  it('round-trips every value of a range exactly', () => {
    for (let i = -2000; i <= 2000; i += 7) expect(toScaled(fromScaled(i, 3, 0), 3)).toBe(i);
  });
});
