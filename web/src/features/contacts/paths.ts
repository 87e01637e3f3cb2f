import { companyPath } from '../companies/company-context';

/** `/c/:companyId/contacts[/:contactId[/edit|statement]]` */
export function contactsPath(companyId: string, contactId?: string, sub?: 'edit' | 'statement'): string {
  if (!contactId) return companyPath(companyId, 'contacts');
  const base = companyPath(companyId, `contacts/${encodeURIComponent(contactId)}`);
  return sub ? `${base}/${sub}` : base;
}
