import { companyApiPath } from '../companies/company-context';
import type { DocumentKind } from '../documents/types';
import type { MailLanguage } from './types';

export const mailTemplatesApiPath = (companyId: string, kind?: DocumentKind, language?: MailLanguage) =>
  companyApiPath(
    companyId,
    kind && language
      ? `/mail-templates/${encodeURIComponent(kind)}/${encodeURIComponent(language)}`
      : '/mail-templates',
  );

export const mailSettingsApiPath = (companyId: string, sub = '') =>
  companyApiPath(companyId, `/mail-settings${sub}`);
