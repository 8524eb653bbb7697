import { useSearchParams } from 'react-router-dom';
import { DISCLOSURE_STATUSES, type TDisclosureStatus } from '@sunshine/shared';

export const PAGE_SIZE = 20;

export interface TListParams {
  page: number;
  status: TDisclosureStatus | undefined;
  villageCode: string | undefined;
}

/**
 * Paging and filters live in the address, so going back from a detail page
 * returns to the same page of the same filtered list.
 */
export function useListParams(): [TListParams, (change: Partial<TListParams>) => void] {
  const [search, setSearch] = useSearchParams();
  const status = search.get('status');
  const params: TListParams = {
    page: Math.max(1, Number(search.get('page')) || 1),
    status: DISCLOSURE_STATUSES.find((s) => s === status),
    villageCode: search.get('village') ?? undefined,
  };

  function update(change: Partial<TListParams>) {
    // A new filter starts again from its first page.
    const next = { ...params, page: 1, ...change };
    const entries: [string, string][] = [];
    if (next.page > 1) entries.push(['page', String(next.page)]);
    if (next.status) entries.push(['status', next.status]);
    if (next.villageCode) entries.push(['village', next.villageCode]);
    setSearch(entries);
  }

  return [params, update];
}
