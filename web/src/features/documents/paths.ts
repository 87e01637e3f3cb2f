import type { RouteAfter, RouteRest } from '../../lib/api/types';
import { companyPath } from '../companies/company-context';
import { KINDS, type KindConfig } from './kinds';
import type { DocumentKind } from './types';

type KindPrefix = `/api/v1/companies/{companyId}/${KindConfig['segment']}`;

/**
 * The route of `kind`'s documents followed by `rest`, as the OpenAPI document names it
 * (`documentRoute('invoice', '/{documentId}/pdf')` → `'/api/v1/companies/{companyId}/invoices/{documentId}/pdf'`).
 * Typed as the routes that exist for some kind: `callApi` then checks the parameters, body and answer,
 * and a route the server renames breaks the type-check here.
 */
export function documentRoute<Rest extends RouteRest<KindPrefix>>(
  kind: DocumentKind,
  rest: Rest,
): RouteAfter<KindPrefix, Rest> {
  return `/api/v1/companies/{companyId}/${KINDS[kind].segment}${rest}` as RouteAfter<KindPrefix, Rest>;
}

/** `/c/:companyId/<kind>[/new | /:id[/edit]]` */
export function documentsPath(companyId: string, kind: DocumentKind, documentId?: string, sub?: 'edit') {
  const base = companyPath(companyId, KINDS[kind].segment);
  if (!documentId) return base;
  if (documentId === 'new') return `${base}/new`;
  return `${base}/${encodeURIComponent(documentId)}${sub ? `/${sub}` : ''}`;
}
