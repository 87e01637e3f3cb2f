import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { type ApiError, isAbortError, toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import type { RecurringPreview, Schedule } from './types';

export interface SchedulePreviewState {
  runs: RecurringPreview['runs'] | undefined;
  error: ApiError | undefined;
  loading: boolean;
}

/**
 * The next 12 runs of a schedule as the server computes them (POST …/recurring-profiles/preview),
 * asked again 400 ms after the schedule last changed; null: nothing to ask (no start date yet).
 */
export function useSchedulePreview(companyId: string, schedule: Schedule | null): SchedulePreviewState {
  const key = schedule ? JSON.stringify(schedule) : null;
  const [debounced] = useDebouncedValue(key, 400);
  const [state, setState] = useState<SchedulePreviewState & { key: string | null }>({
    key: null,
    runs: undefined,
    error: undefined,
    loading: key !== null,
  });

  useEffect(() => {
    if (debounced === null) {
      setState({ key: null, runs: undefined, error: undefined, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    callApi('post', '/api/v1/companies/{companyId}/recurring-profiles/preview', {
      path: { companyId },
      body: { schedule: JSON.parse(debounced) as Schedule },
      signal: controller.signal,
    }).then(
      (answer) => setState({ key: debounced, runs: answer.runs, error: undefined, loading: false }),
      (error: unknown) => {
        if (isAbortError(error) || controller.signal.aborted) return;
        setState({ key: debounced, runs: undefined, error: toApiError(error), loading: false });
      },
    );
    return () => controller.abort();
  }, [companyId, debounced]);

  // Typing: the dates shown are those of the schedule as it was, until the new ones come.
  return { runs: state.runs, error: state.error, loading: state.loading || key !== debounced };
}
