import type { TFunction } from 'i18next';
import { BANK_CAMT_MESSAGES } from '../../../../src/shared/messages/bank-camt';
import { BANK_CODA_MESSAGES } from '../../../../src/shared/messages/bank-coda';
import { BANK_CSV_MESSAGES } from '../../../../src/shared/messages/bank-csv';
import { BANK_MT940_MESSAGES } from '../../../../src/shared/messages/bank-mt940';
import { BANK_OFX_MESSAGES } from '../../../../src/shared/messages/bank-ofx';
import { BANKING_MESSAGES } from '../../../../src/shared/messages/banking';
import type { Language } from '../../lib/i18n';
import type { StatementImportAccount } from './types';

/*
 * An import's warnings come as an English template with its parameters (the answer is stored, not
 * re-read per language); the server's own catalogue of the statement formats gives the French and
 * Dutch, so the page says what the API would have said in the user's language.
 */
const CATALOG = {
  ...BANK_CAMT_MESSAGES,
  ...BANK_CODA_MESSAGES,
  ...BANK_CSV_MESSAGES,
  ...BANK_MT940_MESSAGES,
  ...BANK_OFX_MESSAGES,
  ...BANKING_MESSAGES,
};

type Warning = StatementImportAccount['warnings'][number];

/** The warning in `language`, its `{name}` placeholders filled; the English message when uncatalogued. */
export function warningText(warning: Warning, language: Language): string {
  if (language === 'en') return warning.message;
  const template = CATALOG[warning.template]?.[language];
  if (!template) return warning.message;
  return template.replace(/\{(\w+)\}/g, (all, name: string) =>
    name in warning.params ? String(warning.params[name]) : all,
  );
}

/** The API names a position in the file in English ("line 14"): said in the user's language. */
export function positionText(position: string, t: TFunction): string {
  return position.replace(/^line (\d+)/, (_, line: string) => t('banking.import.line', { line }));
}
