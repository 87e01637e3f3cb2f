import { describe, expect, it } from 'vitest';
import { RULE_TEXTS } from '../../platform/einvoice/rule-texts.js';
import { AppError } from '../../shared/errors.js';
import { MESSAGES } from '../../shared/messages.js';
import { failureText, translateReason } from './recurring-run.service.js';

describe('a stored failure reason read in another language', () => {
  const refused = new AppError(
    'einvoice_invalid',
    'The e-invoice fails {count} rule(s) of the official validation',
    {
      params: { count: 1 },
      errors: [{ path: 'BR-S-02', message: '[BR-S-02]-An Invoice that contains … (BT-63).' }],
    },
  );
  const stored = failureText(refused);

  it('keeps the failed rule’s id and English text as stored', () => {
    expect(stored).toBe(
      'The e-invoice fails 1 rule(s) of the official validation (BR-S-02: [BR-S-02]-An Invoice that contains … (BT-63).)',
    );
    expect(translateReason(stored, 'en')).toBe(stored);
  });

  it('explains a failed e-invoice rule by its id, and other fields by their English text', () => {
    expect(translateReason(stored, 'nl')).toBe(
      `The e-invoice fails 1 rule(s) of the official validation (BR-S-02: ${RULE_TEXTS['BR-S-02']?.nl})`,
    );
    const missing =
      'The e-invoice cannot be made: some information is missing (buyer/address/country: A country is required)';
    expect(translateReason(missing, 'fr')).toBe(
      `${MESSAGES['The e-invoice cannot be made: some information is missing']?.fr} (buyer/address/country: ${MESSAGES['A country is required']?.fr})`,
    );
  });
});
