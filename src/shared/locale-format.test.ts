import { describe, expect, it } from 'vitest';
import { formatUnitPrice, localeFormatters, unitPriceFormat } from './locale-format.js';

// Intl separates amount and symbol with a no-break space (U+00A0) or a narrow one (U+202F).
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('unit prices', () => {
  it.each([
    // The cases: the public page used to show 33,33 € and 0,13 €.
    ['33.3330', 'EUR', 'fr-BE', '33,333 €'],
    ['0.1250', 'EUR', 'fr-BE', '0,125 €'],
    ['0.0125', 'EUR', 'fr-BE', '0,0125 €'],
    ['12.5', 'EUR', 'fr-BE', '12,50 €'],
    ['12.0000', 'EUR', 'fr-BE', '12,00 €'],
    ['1234.5678', 'EUR', 'fr-BE', '1 234,5678 €'],
    ['-33.333', 'EUR', 'fr-BE', '-33,333 €'],
    ['33.333', 'EUR', 'nl-BE', '€ 33,333'],
    ['0.125', 'EUR', 'de-BE', '0,125 €'],
    ['33.333', 'EUR', 'en-IE', '€33.333'],
    ['33.333', 'EUR', 'en-GB', '€33.333'],
    // Currencies without minor units keep their own minimum (none).
    ['1234.5', 'JPY', 'en-GB', 'JP¥1,234.5'],
    ['1234', 'JPY', 'en-GB', 'JP¥1,234'],
  ])('%s %s in %s → %s', (value, currency, locale, expected) => {
    expect(plain(formatUnitPrice(value, currency, locale))).toBe(expected);
  });

  it('formats the decimal string exactly, with no float in between', () => {
    // 0.1 + 0.2 style surprises cannot appear: the string goes to Intl as it is.
    expect(plain(formatUnitPrice('9999999.9999', 'EUR', 'fr-BE'))).toBe('9 999 999,9999 €');
  });

  it('is the rule the customer-facing formatters use', () => {
    const f = localeFormatters('fr', 'EUR');
    expect(f.unitPrice('33.3330')).toBe(unitPriceFormat('fr-BE', 'EUR')('33.3330'));
    expect(plain(f.money('50.00'))).toBe('50,00 €');
    expect(plain(f.unitPrice('0.125'))).toBe('0,125 €');
  });
});
