import { describe, expect, it } from 'vitest';
import { parseTypedNumber, type TypedNumberLanguage } from './typed-number.js';

const amount = (text: string, language: TypedNumberLanguage = 'fr') =>
  parseTypedNumber(text, { maxDecimals: 2, language });

describe('parseTypedNumber', () => {
  it.each([
    ['120,50 €', '120.5'],
    ['120,50€', '120.5'],
    ['€ 120', '120'],
    ['€120,5', '120.5'],
    ['120 EUR', '120'],
    ['EUR 120,00', '120'],
    ['120 euros', '120'],
    ['1 250,50', '1250.5'],
    ['1\u00a0250,50', '1250.5'],
    ['1\u202f250,50\u00a0€', '1250.5'],
    ['1.250,50', '1250.5'],
    ['1,250.50', '1250.5'],
    ["1'250.50", '1250.5'],
    ['1.250.000', '1250000'],
    ['1 250 000,5', '1250000.5'],
    ['120.5', '120.5'],
    ['120,5', '120.5'],
    ['12', '12'],
    ['  12,50  ', '12.5'],
    ['0,10', '0.1'],
    [',5', '0.5'],
    ['5,', '5'],
    ['007', '7'],
    ['0', '0'],
    ['-0', '0'],
    ['1.250', '1250'],
    ['1,25', '1.25'],
    ['1,250', '1.25'],
  ])('reads %j as %s (French)', (text, value) => {
    expect(amount(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['1,250', '1250'],
    ['1.250', '1.25'],
    ['1,250.50', '1250.5'],
    ['$1,250', '1250'],
    ['1.250,50', '1250.5'],
  ])('reads %j as %s in English', (text, value) => {
    expect(amount(text, 'en')).toEqual({ ok: true, value });
  });

  it.each([
    ['1.250', '1250'],
    ['1.250,5', '1250.5'],
    ['12,5', '12.5'],
  ])('reads %j as %s in Dutch', (text, value) => {
    expect(amount(text, 'nl')).toEqual({ ok: true, value });
  });

  it.each([
    'abc12,5x',
    '12,5x',
    'x12',
    '12abc',
    '12 50',
    '1 2 3',
    '1.2.3',
    '12,50,1',
    '1.250,5.0',
    '1 250.000,5',
    '1234.567,8',
    '12..5',
    '12,,5',
    '€',
    '.',
    ',',
    '€ € 12',
    '12 € €',
    '1e3',
    '+12',
    '12-',
    '--12',
    '12,5 0',
    'Infinity',
    'NaN',
    '0x10',
  ])('refuses %j without cleaning it up', (text) => {
    expect(amount(text)).toEqual({ ok: false, reason: 'format' });
  });

  it('says an empty field is empty', () => {
    expect(amount('')).toEqual({ ok: false, reason: 'empty' });
    expect(amount(' \u00a0 ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('counts decimals after dropping trailing zeros', () => {
    expect(amount('12,500')).toEqual({ ok: true, value: '12.5' });
    expect(amount('12,555')).toEqual({ ok: false, reason: 'decimals' });
    expect(parseTypedNumber('1,2345', { maxDecimals: 4 })).toEqual({ ok: true, value: '1.2345' });
    expect(parseTypedNumber('1,23456', { maxDecimals: 4 })).toEqual({ ok: false, reason: 'decimals' });
  });

  it('takes a sign only where negatives are allowed', () => {
    expect(amount('-12,50')).toEqual({ ok: false, reason: 'negative' });
    const signed = (text: string) => parseTypedNumber(text, { maxDecimals: 2, allowNegative: true });
    expect(signed('-12,50')).toEqual({ ok: true, value: '-12.5' });
    expect(signed('−12,50')).toEqual({ ok: true, value: '-12.5' });
    expect(signed('-120,50 €')).toEqual({ ok: true, value: '-120.5' });
    expect(signed('€ -120')).toEqual({ ok: true, value: '-120' });
    expect(signed('-€120')).toEqual({ ok: true, value: '-120' });
    expect(signed('- 1 250,5')).toEqual({ ok: true, value: '-1250.5' });
  });
});
