import { useEffect, useState } from 'react';
import type { TDisclosureTableView, TTableRowView } from '@sunshine/shared';
import { api, type ApiError } from '../../api/client';

const PAGE_SIZE = 100;

export type TWholeTable =
  | { state: 'loading'; loaded: number; total: number }
  | { state: 'ready'; rows: TTableRowView[] }
  | { state: 'error'; error: ApiError };

/**
 * A paper notice must carry the whole list, while an imported list arrives a
 * page at a time: fetch the remaining pages, reporting how far it got.
 */
export function useWholeTable(id: string, table: TDisclosureTableView | null | undefined): TWholeTable {
  const isComplete = !table || table.rows.length >= table.total;
  // Progress is kept with the table it belongs to, so a newly loaded table never shows a stale result.
  const [fetched, setFetched] = useState<{ table: TDisclosureTableView; result: TWholeTable } | null>(null);

  useEffect(() => {
    if (!table || isComplete) return;
    let cancelled = false;
    const report = (result: TWholeTable) => !cancelled && setFetched({ table, result });
    (async () => {
      const rows: TTableRowView[] = [];
      for (let page = 1; rows.length < table.total; page++) {
        const next = await api.disclosure.rows({ id, page, pageSize: PAGE_SIZE });
        if (next.items.length === 0) break;
        rows.push(...next.items);
        report({ state: 'loading', loaded: rows.length, total: table.total });
      }
      report({ state: 'ready', rows });
    })().catch((error: ApiError) => report({ state: 'error', error }));
    return () => {
      cancelled = true;
    };
  }, [id, table, isComplete]);

  if (isComplete) return { state: 'ready', rows: table?.rows ?? [] };
  if (fetched?.table === table) return fetched.result;
  return { state: 'loading', loaded: 0, total: table.total };
}
