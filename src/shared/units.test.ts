import { describe, expect, it } from 'vitest';
import { UNITS, UnitCode, unitLabel } from './units.js';

describe('units', () => {
  it('lists about thirty distinct Rec 20 codes, each named in four languages', () => {
    expect(UNITS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(UNITS.map((u) => u.code)).size).toBe(UNITS.length);
    for (const u of UNITS) {
      for (const l of ['fr', 'nl', 'en', 'de'] as const) {
        expect(u.name[l], `${u.code} ${l}`).toBeTruthy();
        expect(u.plural[l], `${u.code} ${l} plural`).toBeTruthy();
      }
    }
  });

  it.each([
    ['C62', 'C62'],
    ['hur', 'HUR'],
    [' KGM ', 'KGM'],
  ])('accepts %j as %s', (input, code) => {
    expect(UnitCode.parse(input)).toBe(code);
  });

  it.each(['XYZ', '', 'piece'])('refuses %j', (input) => {
    expect(UnitCode.safeParse(input).success).toBe(false);
  });

  it.each([
    ['HUR', '6', 'fr', 'heures'],
    ['HUR', '1', 'fr', 'heure'],
    ['HUR', '1.5', 'fr', 'heure'],
    ['HUR', '0', 'fr', 'heure'],
    ['HUR', '2', 'fr', 'heures'],
    ['H87', '200', 'fr', 'pièces'],
    ['MON', '3', 'fr', 'mois'],
    ['MTK', '12.5', 'fr', 'mètres carrés'],
    ['HUR', '6', 'nl', 'uur'],
    ['DAY', '1', 'nl', 'dag'],
    ['DAY', '3', 'nl', 'dagen'],
    ['H87', '200', 'nl', 'stuks'],
    ['H87', '1', 'nl', 'stuk'],
    ['HUR', '1', 'en', 'hour'],
    ['HUR', '1.5', 'en', 'hours'],
    ['HUR', '0', 'en', 'hours'],
    ['BX', '2', 'en', 'boxes'],
    ['DAY', '5', 'de', 'Tage'],
    ['DAY', '1', 'de', 'Tag'],
    ['HUR', '-2', 'fr', 'heures'],
  ] as const)('names %s after %s in %s: %s', (code, quantity, lang, expected) => {
    expect(unitLabel(code, quantity, lang)).toBe(expected);
  });

  it('names a unit alone in the singular, and an unknown code by its code', () => {
    expect(unitLabel('HUR', null, 'fr')).toBe('heure');
    expect(unitLabel('HUR', '', 'nl')).toBe('uur');
    expect(unitLabel('XYZ', '3', 'fr')).toBe('XYZ');
  });
});
