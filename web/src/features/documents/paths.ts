import type { ApiRoute } from '../../lib/api/types';
import { companyPath } from '../companies/company-context';
import { KINDS, type KindConfig } from './kinds';
import type { DocumentKind } from './types';

type Segment = KindConfig['segment'];
type KindRoute<S extends Segment, Rest extends string = string> = `/api/v1/companies/{companyId}/${S}${Rest}`;

/**
 * What follows a kind's segment in the OpenAPI document's routes (`''`, `'/{documentId}'`,
 * `'/{documentId}/pdf'`, `'/summary'`…), for any kind that has it.
 */
export type DocumentRouteRest = {
  [S in Segment]: ApiRoute extends infer R ? (R extends KindRoute<S, infer Rest> ? Rest : never) : never;
}[Segment];

/**
 * The route of `kind`'s documents followed by `rest`, as the OpenAPI document names it
 * (`documentRoute('invoice', '/{documentId}/pdf')` → `'/api/v1/companies/{companyId}/invoices/{documentId}/pdf'`).
 * Typed as the routes that exist for some kind: `callApi` then checks the parameters, body and answer,
 * and a route the server renames breaks the type-check here.
 */
export function documentRoute<Rest extends DocumentRouteRest>(
  kind: DocumentKind,
  rest: Rest,
): Extract<ApiRoute, KindRoute<Segment, Rest>> {
  return `/api/v1/companies/{companyId}/${KINDS[kind].segment}${rest}` as Extract<
    ApiRoute,
    KindRoute<Segment, Rest>
  >;
}

/** `/c/:companyId/<kind>[/new | /:id[/edit]]` */
export function documentsPath(companyId: string, kind: DocumentKind, documentId?: string, sub?: 'edit') {
  const base = companyPath(companyId, KINDS[kind].segment);
  if (!documentId) return base;
  if (documentId === 'new') return `${base}/new`;
  return `${base}/${encodeURIComponent(documentId)}${sub ? `/${sub}` : ''}`;
}
