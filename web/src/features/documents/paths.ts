import { companyApiPath, companyPath } from '../companies/company-context';
import { KINDS } from './kinds';
import type { DocumentKind } from './types';

export function documentsApiPath(companyId: string, kind: DocumentKind, documentId?: string, sub?: string) {
  const base = companyApiPath(companyId, `/${KINDS[kind].segment}`);
  if (!documentId) return base;
  return `${base}/${encodeURIComponent(documentId)}${sub ? `/${sub}` : ''}`;
}

export const documentSettingsApiPath = (companyId: string) => companyApiPath(companyId, '/document-settings');

/** `/c/:companyId/<kind>[/new | /:id[/edit]]` */
export function documentsPath(companyId: string, kind: DocumentKind, documentId?: string, sub?: 'edit') {
  const base = companyPath(companyId, KINDS[kind].segment);
  if (!documentId) return base;
  if (documentId === 'new') return `${base}/new`;
  return `${base}/${encodeURIComponent(documentId)}${sub ? `/${sub}` : ''}`;
}
