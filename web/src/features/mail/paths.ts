import { companyApiPath } from '../companies/company-context';
import type { MailKind, MailLanguage } from './types';

export const mailTemplatesApiPath = (companyId: string, kind?: MailKind, language?: MailLanguage) =>
  companyApiPath(
    companyId,
    kind && language
      ? `/mail-templates/${encodeURIComponent(kind)}/${encodeURIComponent(language)}`
      : '/mail-templates',
  );

export const mailSettingsApiPath = (companyId: string, sub = '') =>
  companyApiPath(companyId, `/mail-settings${sub}`);
