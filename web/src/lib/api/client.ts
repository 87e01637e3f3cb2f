/**
 * The typed way to call the API: a route as the OpenAPI document names it
 * (`'/api/v1/companies/{companyId}/members'`), its parameters, and an answer typed from the generated
 * schema. It goes through `api()` (lib/api.ts), so CSRF, problem+json errors (`ApiError`), the
 * signed-out handler and `Accept-Language` behave exactly as for every other call.
 */
import { api } from '../api';
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

/** GET `route` as `useApiQuery` does (null params: skip), typed from the schema. */
export function useApiRoute<P extends RoutesWith<'get'>>(
  route: P,
  params: PathParams<P> | null,
): QueryResult<ApiResponse<P, 'get'>> {
  return useApiQuery<ApiResponse<P, 'get'>>(
    params === null ? null : routePath(route, params as Record<string, string>),
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
