import type { TPage } from '@sunshine/shared';
import { MAX_QUERY_LIMIT } from '../../store/DocumentStore';
import type { TStoredRow, TStoredTable } from '../../store/documents';
import type { TServiceContext } from '../serviceContext';

/**
 * The one reader of a disclosure's rows, wherever they live: in the document
 * for a small table, in `disclosureRows` under the import's id for an imported list.
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

export const tableRowCount = (table: TStoredTable): number => (table.imported ? table.imported.rowCount : table.rows.length);

/** A page of the table as a paged answer, each row shown by `view`. */
export async function tableRowsPage<V>(
  ctx: TServiceContext,
  table: TStoredTable | undefined | null,
  page: { page: number; pageSize: number },
  view: (row: TStoredRow) => V,
): Promise<TPage<V>> {
  const rows = table ? await readTableRows(ctx, table, page.page, page.pageSize) : [];
  return { items: rows.map(view), total: table ? tableRowCount(table) : 0, page: page.page, pageSize: page.pageSize };
}

/** Every row in order, `batchSize` at a time, so a 100,000-row list never sits in one query. */
export async function* tableRowBatches(ctx: TServiceContext, table: TStoredTable, batchSize = MAX_QUERY_LIMIT): AsyncGenerator<TStoredRow[]> {
  for (let page = 1; ; page++) {
    const rows = await readTableRows(ctx, table, page, batchSize);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
  }
}

/** Every row in order, one at a time. */
export async function* allTableRows(ctx: TServiceContext, table: TStoredTable): AsyncGenerator<TStoredRow> {
  for await (const rows of tableRowBatches(ctx, table)) yield* rows;
}

/** Rows a detail answer carries: the whole small table, or the first page of an imported list. */
export const FIRST_PAGE_ROWS = 50;

export async function firstRowsPage(ctx: TServiceContext, table: TStoredTable): Promise<TStoredRow[]> {
  return readTableRows(ctx, table, 1, FIRST_PAGE_ROWS);
}
