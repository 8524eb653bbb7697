import { MAX_QUERY_LIMIT } from '../src/store/DocumentStore';
import type { TStoredRow, TStoredTable } from '../src/store/documents';
import { findPage } from '../src/store/findPage';
import { allTableRows, tableRowBatches, tableRowsPage } from '../src/services/disclosure/tableRows';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

/** The one paging helper and the one reader of table rows, on the real SQLite store. */
let runtime: TTestRuntime;
beforeEach(() => {
  runtime = openTestRuntime();
});
afterEach(() => runtime.close());

const row = (i: number): TStoredRow => ({ rowId: `r${i}`, cells: { name: `户主${i}` }, protected: {} });

async function importedTable(rowCount: number): Promise<TStoredTable> {
  await runtime.store.transaction(async (tx) => {
    for (let i = 0; i < rowCount; i++) await tx.set('disclosureRows', { _id: `imp:${i}`, importId: 'imp', index: i, ...row(i) });
    // Another import's rows must never show up in this table.
    await tx.set('disclosureRows', { _id: 'other:0', importId: 'other', index: 0, ...row(999) });
  });
  return { columns: [], rows: [], imported: { importId: 'imp', rowCount, rowsDigest: '' } };
}

it('pages a query with the count of everything it matches', async () => {
  await runtime.store.transaction(async (tx) => {
    for (let i = 0; i < 7; i++) await tx.set('regions', { _id: `21012410120${i}`, code: `21012410120${i}`, name: `村${i}`, level: 'village', parentCode: '210124101000' });
    await tx.set('regions', { _id: '210124102200', code: '210124102200', name: '别镇的村', level: 'village', parentCode: '210124102000' });
  });
  const where = [['parentCode', '==', '210124101000']] as const;
  const page = await findPage(runtime.store, 'regions', { where, orderBy: [['code', 'desc']] }, { page: 2, pageSize: 3 }, async (r) => r.name);
  expect(page).toEqual({ items: ['村3', '村2', '村1'], total: 7, page: 2, pageSize: 3 });
  const beyond = await findPage(runtime.store, 'regions', { where, orderBy: [['code', 'asc']] }, { page: 4, pageSize: 3 }, (r) => r.code);
  expect(beyond).toEqual({ items: [], total: 7, page: 4, pageSize: 3 });
});

it('reads an imported list by page, in batches and whole, past one query', async () => {
  const rowCount = MAX_QUERY_LIMIT + 3;
  const table = await importedTable(rowCount);
  const page = await tableRowsPage(runtime.services, table, { page: 2, pageSize: 4 }, (r) => r.rowId);
  expect(page).toEqual({ items: ['r4', 'r5', 'r6', 'r7'], total: rowCount, page: 2, pageSize: 4 });

  const batches: number[] = [];
  for await (const batch of tableRowBatches(runtime.services, table, 400)) batches.push(batch.length);
  expect(batches).toEqual([400, 400, 203]);

  const ids: string[] = [];
  for await (const r of allTableRows(runtime.services, table)) ids.push(r.rowId);
  expect(ids).toEqual(Array.from({ length: rowCount }, (_, i) => `r${i}`));
});

it('reads a small table from the document the same way', async () => {
  const table: TStoredTable = { columns: [], rows: [row(0), row(1), row(2)] };
  expect(await tableRowsPage(runtime.services, table, { page: 2, pageSize: 2 }, (r) => r.rowId)).toEqual({ items: ['r2'], total: 3, page: 2, pageSize: 2 });
  expect(await tableRowsPage(runtime.services, null, { page: 1, pageSize: 2 }, (r) => r.rowId)).toEqual({ items: [], total: 0, page: 1, pageSize: 2 });
  const batches: string[][] = [];
  for await (const batch of tableRowBatches(runtime.services, table, 2)) batches.push(batch.map((r) => r.rowId));
  expect(batches).toEqual([['r0', 'r1'], ['r2']]);
});
