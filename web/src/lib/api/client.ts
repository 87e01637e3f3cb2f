/**
 * The typed way to call the API: a route as the OpenAPI document names it
 * (`'/api/v1/companies/{companyId}/members'`), its parameters, and an answer typed from the generated
 * schema. It goes through `api()` (lib/api.ts), so CSRF, problem+json errors (`ApiError`), the
 * signed-out handler and `Accept-Language` behave exactly as for every other call.
 */
import { api, apiUrl, type QueryValue, withQuery } from '../api';
import { type CursorListResult, type QueryResult, useApiQuery, useCursorList } from '../use-api';
import type {
  ApiListItem,
  ApiMethod,
  ApiPathParams,
  ApiQuery,
  ApiRequestBody,
  ApiResponse,
  ApiRoute,
  RoutesWith,
} from './types';

const PREFIX = '/api/v1';

/** The route's path parameters; `{}` for a route without any. */
export type PathParams<P extends ApiRoute, M extends ApiMethod = 'get'> = [ApiPathParams<P, M>] extends [
  never,
]
  ? Record<string, never>
  : ApiPathParams<P, M>;

type PathOption<P extends ApiRoute, M extends ApiMethod> = [ApiPathParams<P, M>] extends [never]
  ? { path?: undefined }
  : { path: ApiPathParams<P, M> };
type QueryOption<P extends ApiRoute, M extends ApiMethod> = [ApiQuery<P, M>] extends [never]
  ? { query?: undefined }
  : { query?: ApiQuery<P, M> };
type BodyOption<P extends ApiRoute, M extends ApiMethod> = [ApiRequestBody<P, M>] extends [never]
  ? { body?: undefined }
  : { body: ApiRequestBody<P, M> };

export type CallOptions<P extends ApiRoute, M extends ApiMethod> = PathOption<P, M> &
  QueryOption<P, M> &
  BodyOption<P, M> & { signal?: AbortSignal; allowUnauthenticated?: boolean };

/** `route` with its `{name}` parts filled in (URL-encoded), relative to the API base as `api()` takes it. */
export function routePath(route: ApiRoute, params: Record<string, string> = {}): string {
  return route.slice(PREFIX.length).replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${route}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
}

/** Route `P`'s query parameters as a link or a hook sends them; `{}`-like for a route without any. */
export type QueryParams<P extends ApiRoute, M extends ApiMethod = 'get'> = [ApiQuery<P, M>] extends [never]
  ? Record<string, never>
  : ApiQuery<P, M>;

/** Calls `method route`; resolves to the typed answer (undefined for 202/204), rejects with `ApiError`. */
export function callApi<M extends ApiMethod, P extends RoutesWith<M>>(
  method: M,
  route: P,
  ...[options]: [ApiPathParams<P, M>] extends [never]
    ? [options?: CallOptions<P, M>]
    : [options: CallOptions<P, M>]
): Promise<ApiResponse<P, M>> {
  const { path, query, body, signal, allowUnauthenticated } = (options ?? {}) as {
    path?: Record<string, string>;
    query?: Record<string, string | number | boolean | null | undefined>;
    body?: unknown;
    signal?: AbortSignal;
    allowUnauthenticated?: boolean;
  };
  return api<ApiResponse<P, M>>(routePath(route, path), {
    method: method.toUpperCase() as Uppercase<ApiMethod>,
    ...(query ? { query } : {}),
    ...(body !== undefined ? { body } : {}),
    ...(signal ? { signal } : {}),
    ...(allowUnauthenticated ? { allowUnauthenticated } : {}),
  });
}

/**
 * Sends `file` as the raw body of `method route`, with the file's own content type: the routes that
 * take bytes (the company logo, a CSV to import) rather than JSON. Same CSRF, errors and answer typing
 * as `callApi`.
 */
export function sendFile<M extends ApiMethod, P extends RoutesWith<M>>(
  method: M,
  route: P,
  options: { path: PathParams<P, M>; file: Blob; query?: QueryParams<P, M>; signal?: AbortSignal },
): Promise<ApiResponse<P, M>> {
  return api<ApiResponse<P, M>>(routePath(route, options.path as Record<string, string>), {
    method: method.toUpperCase() as Uppercase<ApiMethod>,
    body: options.file,
    ...(options.query ? { query: options.query as Record<string, QueryValue> } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/**
 * The address of GET `route` for the browser to fetch itself — a link, a download, an `<img>` — with
 * `/api/v1` and the query (e.g. `format=csv`). `extra` carries what the route does not read, such
 * as a cache-busting version.
 */
export function routeUrl<P extends RoutesWith<'get'>>(
  route: P,
  params: PathParams<P>,
  query?: QueryParams<P>,
  extra?: Record<string, QueryValue>,
): string {
  return apiUrl(routePath(route, params as Record<string, string>), {
    ...(query as Record<string, QueryValue> | undefined),
    ...extra,
  });
}

/** GET `route` as `useApiQuery` does (null params: skip), typed from the schema; `query` joins the key. */
export function useApiRoute<P extends RoutesWith<'get'>>(
  route: P,
  params: PathParams<P> | null,
  query?: QueryParams<P>,
): QueryResult<ApiResponse<P, 'get'>> {
  return useApiQuery<ApiResponse<P, 'get'>>(
    params === null
      ? null
      : withQuery(
          routePath(route, params as Record<string, string>),
          query as Record<string, QueryValue> | undefined,
        ),
  );
}

/** A cursor-paginated list route as `useCursorList` reads it ("Load more"), its items typed. */
export function useCursorRoute<P extends RoutesWith<'get'>>(
  route: P,
  params: PathParams<P>,
  limit?: number,
  query?: Omit<ApiQuery<P>, 'limit' | 'cursor'>,
): CursorListResult<ApiListItem<P>> {
  return useCursorList<ApiListItem<P>>(
    routePath(route, params as Record<string, string>),
    limit,
    query as Record<string, string | number | boolean | null | undefined> | undefined,
  );
}
