import { describe, expect, it } from 'vitest';
import { failedRules } from './failed-rules';

describe('failedRules', () => {
  const stored = [
    {
      path: 'BR-S-02',
      message:
        '[BR-S-02]-An Invoice that contains an Invoice line where the VAT category code is "Standard rated" shall contain the Seller VAT Identifier',
      translations: {
        fr: 'Une facture au taux normal doit porter le numéro de TVA du vendeur (BT-31).',
        nl: 'Een factuur met normaal tarief vermeldt het btw-nummer van de verkoper (BT-31).',
      },
    },
    { path: 'PEPPOL-EN16931-R999', message: 'A rule the catalogue does not know' },
  ];

  it('says each failed rule by its id, in the reader’s language when the catalogue has it', () => {
    expect(failedRules(stored, 'fr-BE')).toEqual([
      'BR-S-02: Une facture au taux normal doit porter le numéro de TVA du vendeur (BT-31).',
      'PEPPOL-EN16931-R999: A rule the catalogue does not know',
    ]);
    expect(failedRules(stored, 'en')[0]).toBe(`BR-S-02: ${stored[0]?.message}`);
  });

  it('ignores what is not a stored rule', () => {
    expect(failedRules(undefined, 'fr')).toEqual([]);
    expect(failedRules([null, 3, { path: 'x' }], 'fr')).toEqual([]);
  });
});
