import { MAX_QUERY_LIMIT } from '../store/DocumentStore';
import type { TStoredRow, TStoredTable } from '../store/documents';
import type { TServiceContext } from './serviceContext';

/**
 * Reads a disclosure's rows wherever they live: in the document for a small
 * table, in `disclosureRows` under the import's id for an imported list.
 */
export async function readTableRows(ctx: TServiceContext, table: TStoredTable, page: number, pageSize: number): Promise<TStoredRow[]> {
  const offset = (page - 1) * pageSize;
  if (!table.imported) return table.rows.slice(offset, offset + pageSize);
  // Rows are numbered from 0 in import order, so a page is a range of indexes, not an offset scan.
  const docs = await ctx.store.find('disclosureRows', {
    where: [
      ['importId', '==', table.imported.importId],
      ['index', '>=', offset],
      ['index', '<', offset + pageSize],
    ],
    orderBy: [['index', 'asc']],
    limit: pageSize,
  });
  return docs.map(({ rowId, cells, protected: protectedCells }) => ({ rowId, cells, protected: protectedCells }));
}

/** Every row in order, a page at a time, so a 100,000-row list never sits in one query. */
export async function* allTableRows(ctx: TServiceContext, table: TStoredTable): AsyncGenerator<TStoredRow> {
  if (!table.imported) {
    yield* table.rows;
    return;
  }
  for (let page = 1; ; page++) {
    const rows = await readTableRows(ctx, table, page, MAX_QUERY_LIMIT);
    yield* rows;
    if (rows.length < MAX_QUERY_LIMIT) return;
  }
}

/** Rows a detail answer carries: the whole small table, or the first page of an imported list. */
export const FIRST_PAGE_ROWS = 50;

export async function firstRowsPage(ctx: TServiceContext, table: TStoredTable): Promise<TStoredRow[]> {
  return readTableRows(ctx, table, 1, FIRST_PAGE_ROWS);
}
