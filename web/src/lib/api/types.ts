/**
 * Names for the API's types, all derived from `schema.d.ts` — which `npm run gen:api` writes from the
 * server's OpenAPI document (test/api/openapi-types.test.ts fails when it is stale). A field the
 * server adds, renames or drops thus reaches the web app's type-check instead of drifting silently.
 */
import type { components, paths } from './schema';

/** The server's named schemas (`Contact`, `Product`, `Document`…): `Schemas['Contact']`. */
export type Schemas = components['schemas'];

export type ApiRoute = keyof paths;
export type ApiMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

type Operation<P extends ApiRoute, M extends ApiMethod> = NonNullable<paths[P][M]>;
type JsonBody<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;
type Responses<P extends ApiRoute, M extends ApiMethod> =
  Operation<P, M> extends { responses: infer R } ? R : never;

/** The routes that answer `M` (`'get'` by default). */
export type RoutesWith<M extends ApiMethod = 'get'> = {
  [P in ApiRoute]: paths[P][M] extends undefined | never ? never : P;
}[ApiRoute];

/** What route `P` answers to `M` on success (200 or 201; `undefined` for 202/204). */
export type ApiResponse<P extends ApiRoute, M extends ApiMethod = 'get'> = JsonBody<
  Responses<P, M>[Extract<keyof Responses<P, M>, 200 | 201 | 202 | 204>]
>;

/** The JSON body route `P` takes for `M` (`never` when it takes none). */
type RequestBodyOf<P extends ApiRoute, M extends ApiMethod> = NonNullable<Operation<P, M>['requestBody']>;
export type ApiRequestBody<P extends ApiRoute, M extends ApiMethod> = [RequestBodyOf<P, M>] extends [never]
  ? never
  : RequestBodyOf<P, M> extends { content: { 'application/json': infer B } }
    ? B
    : never;

/** The query parameters route `P` takes for `M`. */
export type ApiQuery<P extends ApiRoute, M extends ApiMethod = 'get'> =
  Operation<P, M> extends {
    parameters: { query?: infer Q };
  }
    ? NonNullable<Q>
    : never;

/** The path parameters of route `P` (`{ companyId: string; … }`). */
export type ApiPathParams<P extends ApiRoute, M extends ApiMethod = 'get'> =
  Operation<P, M> extends {
    parameters: { path: infer Q };
  }
    ? Q
    : never;

/** The items of a list answer (`{ items: [...] }`). */
export type ApiListItem<P extends ApiRoute, M extends ApiMethod = 'get'> =
  ApiResponse<P, M> extends {
    items: (infer I)[];
  }
    ? I
    : never;

/**
 * What follows `Prefix` in the routes that start with it (`Prefix` may be a union: the per-kind
 * routes `…/quotes`, `…/invoices`…): `''`, `'/{documentId}'`, `'/{documentId}/pdf'`…
 */
export type RouteRest<Prefix extends string> = {
  [P in Prefix]: ApiRoute extends infer R ? (R extends `${P}${infer Rest}` ? Rest : never) : never;
}[Prefix];

/** The routes named `Prefix` + `Rest` that exist (for a union `Prefix`, those of the kinds that have it). */
export type RouteAfter<Prefix extends string, Rest extends string> = Extract<ApiRoute, `${Prefix}${Rest}`>;
