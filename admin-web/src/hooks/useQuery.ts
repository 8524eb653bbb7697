import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { toApiError, type ApiError } from '../api/client';

export interface TQuery<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads `load()` whenever `deps` change. The previous data stays while a new
 * load runs, so a table keeps its rows under the spinner instead of flashing empty.
 */
export function useQuery<T>(load: () => Promise<T>, deps: DependencyList): TQuery<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    setError(undefined);
    load().then(
      (result) => {
        if (cancelled) return;
        setData(result);
        setLoading(false);
      },
      (e: unknown) => {
        if (cancelled) return;
        setError(toApiError(e));
        setLoading(false);
      },
    );
    return () => {
      cancelled = true;
    };
    // `load` is a fresh closure each render; `deps` says when it means something new.
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, error, loading, reload };
}
