import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, api, isAbortError, toApiError } from './api';

export interface QueryResult<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
  /** Local update after a mutation, without a round trip. */
  setData: (update: (current: T | undefined) => T | undefined) => void;
}

interface QueryState<T> {
  key: string | null;
  data?: T;
  error?: ApiError;
  loading: boolean;
}

/** GET `path` (null = skip). Data is reset when the path changes so another company's data never shows. */
export function useApiQuery<T>(path: string | null): QueryResult<T> {
  const [state, setState] = useState<QueryState<T>>({ key: path, loading: path !== null });
  const [nonce, setNonce] = useState(0);

  useEffect(() => {
    if (path === null) return;
    void nonce;
    const controller = new AbortController();
    setState((s) =>
      s.key === path ? { ...s, loading: true, error: undefined } : { key: path, loading: true },
    );
    api<T>(path, { signal: controller.signal }).then(
      (data) => setState({ key: path, data, loading: false }),
      (error: unknown) => {
        if (isAbortError(error) || controller.signal.aborted) return;
        setState({ key: path, error: toApiError(error), loading: false });
      },
    );
    return () => controller.abort();
  }, [path, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const setData = useCallback(
    (update: (current: T | undefined) => T | undefined) => setState((s) => ({ ...s, data: update(s.data) })),
    [],
  );

  const stale = state.key !== path;
  return {
    data: stale ? undefined : state.data,
    error: stale ? undefined : state.error,
    loading: stale ? path !== null : state.loading,
    reload,
    setData,
  };
}

export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CursorListResult<T> {
  items: T[];
  error: ApiError | undefined;
  loading: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
  /**
   * Fetches the rows already shown again (up to the API's page maximum) without clearing them first:
   * after a change made from the list, the rows update in place instead of flashing a skeleton.
   */
  refresh: () => void;
}

/** The API's largest page (`limit` is capped there). */
const MAX_PAGE = 200;

/**
 * A cursor-paginated list with "Load more". `query` (filters, search) restarts the list when it changes;
 * pass a memoised object or rely on its serialised value.
 */
export function useCursorList<T>(
  path: string,
  limit = 50,
  query?: Record<string, string | number | boolean | null | undefined>,
): CursorListResult<T> {
  const queryKey = JSON.stringify(query ?? {});
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | undefined>();
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [nonce, setNonce] = useState(0);
  const controllerRef = useRef<AbortController | null>(null);

  useEffect(() => {
    void nonce;
    const controller = new AbortController();
    controllerRef.current?.abort();
    controllerRef.current = controller;
    setItems([]);
    setCursor(null);
    setError(undefined);
    setLoading(true);
    api<CursorPage<T>>(path, { query: { ...JSON.parse(queryKey), limit }, signal: controller.signal }).then(
      (page) => {
        setItems(page.items);
        setCursor(page.nextCursor ?? null);
        setLoading(false);
      },
      (err: unknown) => {
        if (isAbortError(err) || controller.signal.aborted) return;
        setError(toApiError(err));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [path, limit, queryKey, nonce]);

  const loadMore = useCallback(() => {
    if (!cursor) return;
    const controller = new AbortController();
    controllerRef.current = controller;
    setLoadingMore(true);
    setError(undefined);
    api<CursorPage<T>>(path, {
      query: { ...JSON.parse(queryKey), limit, cursor },
      signal: controller.signal,
    }).then(
      (page) => {
        setItems((current) => [...current, ...page.items]);
        setCursor(page.nextCursor ?? null);
        setLoadingMore(false);
      },
      (err: unknown) => {
        if (isAbortError(err) || controller.signal.aborted) return;
        setError(toApiError(err));
        setLoadingMore(false);
      },
    );
  }, [path, limit, queryKey, cursor]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);

  const loaded = items.length;
  const refresh = useCallback(() => {
    const controller = new AbortController();
    controllerRef.current?.abort();
    controllerRef.current = controller;
    setError(undefined);
    api<CursorPage<T>>(path, {
      query: { ...JSON.parse(queryKey), limit: Math.min(MAX_PAGE, Math.max(limit, loaded)) },
      signal: controller.signal,
    }).then(
      (page) => {
        setItems(page.items);
        setCursor(page.nextCursor ?? null);
      },
      (err: unknown) => {
        if (isAbortError(err) || controller.signal.aborted) return;
        setError(toApiError(err));
      },
    );
  }, [path, limit, queryKey, loaded]);

  return { items, error, loading, loadingMore, hasMore: cursor !== null, loadMore, reload, refresh };
}

/**
 * Fetches again each time `version` is bumped past 0 (after a change made elsewhere on the page),
 * keeping what is shown meanwhile instead of clearing it.
 */
export function useReloadOn(version: number, reload: () => void): void {
  useEffect(() => {
    if (version > 0) reload();
  }, [version, reload]);
}
