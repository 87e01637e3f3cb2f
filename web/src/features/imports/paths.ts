import type { RouteAfter, RouteRest } from '../../lib/api/types';
import type { ImportKind } from './types';

type ImportsPrefix = `/api/v1/companies/{companyId}/${ImportKind}/imports`;

/**
 * `…/contacts/imports[/{importId}[/validate|/commit]]`, `…/products/imports…` as the OpenAPI document
 * names them, for `callApi` to check (a route the server renames breaks the type-check here).
 */
export function importRoute<Rest extends RouteRest<ImportsPrefix>>(
  kind: ImportKind,
  rest: Rest,
): RouteAfter<ImportsPrefix, Rest> {
  return `/api/v1/companies/{companyId}/${kind}/imports${rest}` as RouteAfter<ImportsPrefix, Rest>;
}
