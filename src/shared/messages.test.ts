import { describe, expect, it } from 'vitest';
import { MESSAGES, pickLanguage, translate } from './messages.js';

describe('messages', () => {
  it.each([
    ['fr-BE,fr;q=0.9,en;q=0.8', undefined, 'fr'],
    ['nl', 'fr', 'nl'],
    ['es-ES, de;q=0.5', undefined, 'de'],
    [undefined, 'nl', 'nl'],
    ['ja', 'xx', 'en'],
    [undefined, undefined, 'en'],
  ])('picks %s (account %s) → %s', (header, account, expected) => {
    expect(pickLanguage(header, account)).toBe(expected);
  });

  it('translates every catalogued message into French, Dutch and German, and leaves unknown text alone', () => {
    for (const [en, t] of Object.entries(MESSAGES)) {
      for (const lang of ['fr', 'nl', 'de'] as const) {
        expect(t[lang], `${en} (${lang})`).toBeTruthy();
        expect(translate(en, lang)).toBe(t[lang]);
      }
      expect(translate(en, 'en')).toBe(en);
    }
    expect(translate('Something new', 'fr')).toBe('Something new');
  });
});
