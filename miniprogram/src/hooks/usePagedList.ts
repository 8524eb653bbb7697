import { useCallback, useEffect, useRef, useState } from 'react';
import type { TPage } from '@sunshine/shared';
import { toCloudError, type CloudError } from '../services/cloud';

export interface TPagedList<T> {
  /** Loading the first page. */
  isLoading: boolean;
  isLoadingMore: boolean;
  /** Failure of the last request, first page or further. */
  error: CloudError | null;
  items: T[];
  total: number;
  hasMore: boolean;
  loadMore: () => void;
  /** Retries whatever failed last: the first page or the next one. */
  retry: () => void;
}

/** A list read page by page; `key` identifies the list, a new key starts over. */
export function usePagedList<T>(loadPage: (page: number) => Promise<TPage<T>>, key: string): TPagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [loadedPages, setLoadedPages] = useState(0);
  const [hasMore, setHasMore] = useState(false);
  const [pending, setPending] = useState<number | null>(1);
  const [error, setError] = useState<CloudError | null>(null);
  const latest = useRef(0);
  const loadRef = useRef(loadPage);
  loadRef.current = loadPage;

  const fetchPage = useCallback((page: number) => {
    const request = ++latest.current;
    setPending(page);
    setError(null);
    loadRef.current(page).then(
      (result) => {
        if (request !== latest.current) return;
        setItems((prev) => (page === 1 ? result.items : [...prev, ...result.items]));
        setTotal(result.total);
        setLoadedPages(page);
        // An empty page ends the list even if the total says otherwise.
        setHasMore(result.items.length > 0 && result.page * result.pageSize < result.total);
        setPending(null);
      },
      (e: unknown) => {
        if (request !== latest.current) return;
        setError(toCloudError(e));
        setPending(null);
      },
    );
  }, []);

  useEffect(() => {
    setItems([]);
    setTotal(0);
    setLoadedPages(0);
    setHasMore(false);
    fetchPage(1);
  }, [key, fetchPage]);

  const loadMore = useCallback(() => {
    if (pending === null && hasMore) fetchPage(loadedPages + 1);
  }, [pending, hasMore, loadedPages, fetchPage]);
  const retry = useCallback(() => fetchPage(loadedPages + 1), [loadedPages, fetchPage]);

  return {
    isLoading: pending === 1,
    isLoadingMore: pending !== null && pending > 1,
    error,
    items,
    total,
    hasMore,
    loadMore,
    retry,
  };
}
