import { describe, expect, it } from 'vitest';
import { readBoolean, readCountry, readDecimal, readInteger, readList } from './import-cells.js';

describe('spreadsheet cells', () => {
  it.each([
    ['12.50', '12.50'],
    ['12,5', '12.5'],
    ['1 234,50', '1234.50'],
    ['1.234,50', '1234.50'],
    ['1,234.50', '1234.50'],
    ['21 %', '21'],
    ['€ 9,99', '9.99'],
    ['12 EUR', '12'],
    ['dix', 'dix'],
  ])('reads the decimal %j as %j', (cell, value) => {
    expect(readDecimal(cell)).toBe(value);
  });

  it.each([
    ['oui', true],
    ['Ja', true],
    ['1', true],
    ['non', false],
    ['nee', false],
    ['peut-être', 'peut-être'],
  ])('reads the boolean %j as %j', (cell, value) => {
    expect(readBoolean(cell)).toBe(value);
  });

  it.each([
    ['Belgique', 'BE'],
    ['België', 'BE'],
    ['Germany', 'DE'],
    ['pays-bas', 'NL'],
    ['fr', 'FR'],
    ['Atlantis', 'Atlantis'],
  ])('reads the country %j as %j', (cell, value) => {
    expect(readCountry(cell)).toBe(value);
  });

  it('reads lists and day counts', () => {
    expect(readList('a@x.be; b@x.be | c@x.be')).toEqual(['a@x.be', 'b@x.be', 'c@x.be']);
    expect(readInteger('30 jours')).toBe(30);
    expect(readInteger('trente')).toBe('trente');
  });
});
