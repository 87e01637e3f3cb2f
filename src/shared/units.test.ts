import { describe, expect, it } from 'vitest';
import { UNITS, UnitCode } from './units.js';

describe('units', () => {
  it('lists about thirty distinct Rec 20 codes, each named in four languages', () => {
    expect(UNITS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(UNITS.map((u) => u.code)).size).toBe(UNITS.length);
    for (const u of UNITS) {
      for (const l of ['fr', 'nl', 'en', 'de'] as const) expect(u.name[l], `${u.code} ${l}`).toBeTruthy();
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
});
