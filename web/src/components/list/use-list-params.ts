import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

export interface ListParams {
  /** The URL's query: filters read from it survive a visit to an item and the back button. */
  params: URLSearchParams;
  /** The search as applied (`?q=`). */
  q: string;
  /** The search as typed, applied 300 ms after the last key (or at once on Enter). */
  search: string;
  setSearch: (value: string) => void;
  /** Applies the typed search now. */
  submitSearch: () => void;
  /** Sets or (with null or '') removes query parameters, replacing the history entry. */
  update: (changes: Record<string, string | null>) => void;
  /** Empties the search and removes the given parameters (all of them when none are named). */
  clear: (keys?: readonly string[]) => void;
}

/** A list's search and filters, kept in the URL. */
export function useListParams(): ListParams {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);

  const update = (changes: Record<string, string | null>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  };

  // Runs on the debounced value only; `update` reads the latest params through the setter.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (debouncedSearch !== q) update({ q: debouncedSearch || null });
  }, [debouncedSearch]);

  return {
    params,
    q,
    search,
    setSearch,
    submitSearch: () => update({ q: search.trim() || null }),
    update,
    clear: (keys) => {
      setSearch('');
      if (keys) update(Object.fromEntries(['q', ...keys].map((k) => [k, null])));
      else setParams(new URLSearchParams(), { replace: true });
    },
  };
}
