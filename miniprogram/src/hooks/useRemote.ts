import { useCallback, useEffect, useRef, useState } from 'react';
import { toCloudError, type CloudError } from '../services/cloud';
import { readCachedPage, saveCachedPage } from '../services/pageCache';

export type TRemote<T> =
  | { status: 'loading' }
  | { status: 'error'; error: CloudError }
  /** `savedAt` is set while the data shown is the copy kept on the phone, not a fresh answer. */
  | { status: 'ready'; data: T; savedAt: string | null };

/**
 * Loads once per `key` and on `reload`. Answers to superseded requests are
 * dropped, so a slow first attempt cannot overwrite a retry. With a
 * `cacheKey`, the last answer kept on the phone is shown at once and stays
 * when the network fails.
 */
export function useRemote<T>(load: () => Promise<T>, key: string, cacheKey?: string): TRemote<T> & { reload: () => void } {
  const [state, setState] = useState<TRemote<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const request = ++latest.current;
    const cached = cacheKey ? readCachedPage<T>(cacheKey) : null;
    setState(cached ? { status: 'ready', data: cached.data, savedAt: cached.savedAt } : { status: 'loading' });
    loadRef.current().then(
      (data) => {
        if (request !== latest.current) return;
        if (cacheKey) saveCachedPage(cacheKey, data);
        setState({ status: 'ready', data, savedAt: null });
      },
      (e: unknown) => {
        if (request !== latest.current || cached) return;
        setState({ status: 'error', error: toCloudError(e) });
      },
    );
  }, [key, attempt, cacheKey]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
