import { useCallback, useEffect, useRef, useState } from 'react';
import { toCloudError, type CloudError } from '../services/cloud';

export type TRemote<T> =
  | { status: 'loading' }
  | { status: 'error'; error: CloudError }
  | { status: 'ready'; data: T };

/**
 * Loads once per `key` and on `reload`. Answers to superseded requests are
 * dropped, so a slow first attempt cannot overwrite a retry.
 */
export function useRemote<T>(load: () => Promise<T>, key: string): TRemote<T> & { reload: () => void } {
  const [state, setState] = useState<TRemote<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const request = ++latest.current;
    setState({ status: 'loading' });
    loadRef.current().then(
      (data) => request === latest.current && setState({ status: 'ready', data }),
      (e: unknown) => request === latest.current && setState({ status: 'error', error: toCloudError(e) }),
    );
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
