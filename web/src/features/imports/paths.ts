import { companyApiPath } from '../companies/company-context';
import type { ImportKind } from './types';

/** `…/contacts/imports[/:id[/validate|/commit]]`, `…/products/imports…` */
export function importsApiPath(
  companyId: string,
  kind: ImportKind,
  importId?: string,
  action?: 'validate' | 'commit',
): string {
  let path = `/${kind}/imports`;
  if (importId) path += `/${encodeURIComponent(importId)}`;
  if (action) path += `/${action}`;
  return companyApiPath(companyId, path);
}
