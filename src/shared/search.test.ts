import { describe, expect, it } from 'vitest';
import { escapeLike, normalizeSearch } from './search.js';

describe('search normal form', () => {
  it('drops accents and case so that "Société" is found by "societe"', () => {
    expect(normalizeSearch('Société  Générale', null, 'ÉCOLE Zoë')).toBe('societe generale ecole zoe');
    expect(normalizeSearch('Straße')).toBe('straße');
  });
  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});
