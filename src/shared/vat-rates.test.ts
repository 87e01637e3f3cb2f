import { describe, expect, it } from 'vitest';
import {
  COUNTRY_VAT_RATES,
  countryVatTable,
  findVatEntry,
  offeredVatRates,
  parseVatSelection,
} from './vat-rates.js';

describe('VAT rates', () => {
  it.each([
    ['BE', ['21', '12', '6', '0']],
    ['FR', ['20', '10', '5.5', '2.1', '0']],
    ['NL', ['21', '9', '0']],
    ['DE', ['19', '7', '0']],
    ['LU', ['17', '14', '8', '3', '0']],
  ])('%s has its rates, standard first', (country, rates) => {
    expect(COUNTRY_VAT_RATES[country]?.map((e) => e.rate)).toEqual(rates);
  });

  it('adds the VAT-free categories to every country, and only those to an unknown one', () => {
    for (const c of ['BE', 'FR', 'XX']) {
      const cats = countryVatTable(c).map((e) => e.category);
      for (const k of ['E', 'AE', 'K', 'G', 'O']) expect(cats).toContain(k);
    }
    expect(countryVatTable('XX')).toHaveLength(5);
  });

  it('labels every entry in four languages', () => {
    for (const c of Object.keys(COUNTRY_VAT_RATES)) {
      for (const e of countryVatTable(c)) {
        for (const l of ['fr', 'nl', 'en', 'de'] as const) expect(e.label[l]).toBeTruthy();
      }
    }
    expect(countryVatTable('FR').find((e) => e.rate === '5.5')?.label.fr).toBe('TVA taux réduit 5,5\u202f%');
    const label = (country: string, category: string) =>
      countryVatTable(country).find((e) => e.category === category)?.label;
    expect(label('BE', 'E')?.fr).toBe('0\u202f% — exonéré (art. 44)');
    expect(label('FR', 'E')?.fr).toBe('0\u202f% — exonéré');
    expect(label('BE', 'AE')).toMatchObject({
      fr: '0\u202f% — autoliquidation',
      nl: '0% — verlegging van heffing',
    });
    expect(label('BE', 'K')?.en).toBe('0% — intra-EU supply');
  });

  it('matches rates numerically: "21.00" is 21, "5.50" is 5.5', () => {
    const table = countryVatTable('FR');
    expect(findVatEntry(table, { rate: '5.50', category: 'S' })?.rate).toBe('5.5');
    expect(findVatEntry(table, { rate: '21', category: 'S' })).toBeUndefined();
    expect(findVatEntry(table, { rate: '20', category: 'Z' })).toBeUndefined();
  });

  it('offers the selection in table order, or the whole table without one', () => {
    const sel = [
      { rate: '0', category: 'AE' },
      { rate: '21', category: 'S' },
    ];
    expect(offeredVatRates('BE', sel).map((e) => `${e.category}${e.rate}`)).toEqual(['S21', 'AE0']);
    expect(offeredVatRates('BE', null)).toEqual(countryVatTable('BE'));
    // A French selection on a company now in Germany leaves nothing: the German table applies.
    expect(offeredVatRates('DE', [{ rate: '5.5', category: 'S' }])).toEqual(countryVatTable('DE'));
  });

  it.each([
    [null, null],
    ['not json', null],
    ['{}', null],
    ['[{"rate":"21","category":"S"},{"x":1}]', [{ rate: '21', category: 'S' }]],
  ])('reads the stored selection %j', (json, expected) => {
    expect(parseVatSelection(json)).toEqual(expected);
  });
});
