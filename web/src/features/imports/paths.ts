import type { ApiRoute } from '../../lib/api/types';
import type { ImportKind } from './types';

type KindRoute<
  K extends ImportKind,
  Rest extends string = string,
> = `/api/v1/companies/{companyId}/${K}/imports${Rest}`;

/** What follows `…/<kind>/imports` in the OpenAPI document's routes (`''`, `'/{importId}'`, `'/{importId}/commit'`…). */
export type ImportRouteRest = {
  [K in ImportKind]: ApiRoute extends infer R ? (R extends KindRoute<K, infer Rest> ? Rest : never) : never;
}[ImportKind];

/**
 * `…/contacts/imports[/{importId}[/validate|/commit]]`, `…/products/imports…` as the OpenAPI document
 * names them, for `callApi` to check (a route the server renames breaks the type-check here).
 */
export function importRoute<Rest extends ImportRouteRest>(
  kind: ImportKind,
  rest: Rest,
): Extract<ApiRoute, KindRoute<ImportKind, Rest>> {
  return `/api/v1/companies/{companyId}/${kind}/imports${rest}` as Extract<
    ApiRoute,
    KindRoute<ImportKind, Rest>
  >;
}
