/**
 * The one HTTP client of the web app. Same-origin cookie session; state-changing requests carry the
 * CSRF token (kept in memory only, refetched once when the server says it is stale). Errors are
 * RFC 9457 problem+json and surface as `ApiError`.
 */

export const API_BASE = '/api/v1';

export interface FieldProblem {
  path: string;
  message: string;
}

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: FieldProblem[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  readonly errors: FieldProblem[];
  /** The whole problem body, with any extension members (`existingId`…). */
  readonly problem: ProblemDetails & Record<string, unknown>;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.problem = problem as ProblemDetails & Record<string, unknown>;
  }
}

/** Status 0: the request never reached the server (offline, DNS, aborted proxy). */
export const NETWORK_ERROR_STATUS = 0;

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(NETWORK_ERROR_STATUS, { code: 'network_error', detail: String(error) });
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Plain objects are sent as JSON; a Blob/File is sent raw with its own content type. */
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** Do not trigger the global "signed out" handler on 401 (login, session probe). */
  allowUnauthenticated?: boolean;
}

let csrfToken: string | null = null;
let csrfRequest: Promise<string | null> | null = null;
let unauthorizedHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request answers 401 `unauthenticated`: the session is gone. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

async function fetchCsrfToken(): Promise<string | null> {
  csrfRequest ??= fetch(`${API_BASE}/auth/csrf`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  })
    .then(async (res) => {
      if (!res.ok) return null;
      const body = (await res.json()) as { csrfToken?: string };
      csrfToken = body.csrfToken ?? null;
      return csrfToken;
    })
    .catch(() => null)
    .finally(() => {
      csrfRequest = null;
    });
  return csrfRequest;
}

/** `path` with `query` appended (empty values left out), still relative to the API base. */
export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  return `${API_BASE}${withQuery(path, query)}`;
}

async function readProblem(res: Response): Promise<ProblemDetails> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      return (await res.json()) as ProblemDetails;
    } catch {
      // fall through to a generic problem
    }
  }
  return { status: res.status, title: res.statusText };
}

async function send(path: string, options: RequestOptions, retriedCsrf: boolean): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    // Lets the server word its messages (problem details, field errors) in the UI language.
    'Accept-Language': document.documentElement.lang || 'fr',
  };
  let body: BodyInit | undefined;
  if (options.body instanceof Blob) {
    body = options.body;
    headers['Content-Type'] = options.body.type || 'application/octet-stream';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET') {
    // Public calls (login, signup, reset) need no token; a missing one is fetched for signed-in calls,
    // and a stale one is refreshed below on `csrf_invalid`.
    const token = csrfToken ?? (options.allowUnauthenticated ? null : await fetchCsrfToken());
    if (token) headers['X-CSRF-Token'] = token;
  }

  let res: Response;
  try {
    res = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError(NETWORK_ERROR_STATUS, { code: 'network_error', detail: String(error) });
  }

  if (res.ok) return res;

  const problem = await readProblem(res);
  if (res.status === 403 && problem.code === 'csrf_invalid' && !retriedCsrf) {
    csrfToken = null;
    await fetchCsrfToken();
    return send(path, options, true);
  }
  if (
    res.status === 401 &&
    !options.allowUnauthenticated &&
    (problem.code === undefined || problem.code === 'unauthenticated')
  ) {
    csrfToken = null;
    unauthorizedHandler?.();
  }
  throw new ApiError(res.status, { status: res.status, ...problem });
}

/** JSON request; resolves to the parsed body, or `undefined` for 204/empty answers. */
export async function api<T = unknown>(path: string, options: RequestOptions = {}): Promise<T> {
  const res = await send(path, options, false);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  if (!text) return undefined as T;
  return JSON.parse(text) as T;
}

/**
 * Downloads a file the API answers (an e-invoice, an export) under the name it gives, or throws its
 * problem as an ApiError — so a refusal shows as a message, not as JSON in a new tab.
 */
export async function apiDownload(path: string): Promise<void> {
  const res = await send(path, {}, false);
  const disposition = res.headers.get('content-disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'download';
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
