import { companyPath } from '../companies/company-context';

/** `/c/:companyId/contacts[/:contactId[/edit]]` */
export function contactsPath(companyId: string, contactId?: string, sub?: 'edit'): string {
  if (!contactId) return companyPath(companyId, 'contacts');
  const base = companyPath(companyId, `contacts/${encodeURIComponent(contactId)}`);
  return sub ? `${base}/${sub}` : base;
}
