import { COUNTED_COLLECTIONS, contributionsOf, type TCountedRecords, type TWorkingCalendar } from '@sunshine/shared';
import { MAX_QUERY_LIMIT, type DocumentStore } from '../DocumentStore';
import type { TFigureRollupRulesDoc } from '../documents';
import { nextRollups, RollupDelta } from './rollupDelta';

/**
 * The version of the counting rules (shared figures/contributions.ts and
 * the rollup layer). Change it with the rules: rollups built with another
 * version are rebuilt from the records at the next start (SQLite) or by
 * `npm run rollups:rebuild` (CloudBase).
 */
export const FIGURE_ROLLUP_RULES_VERSION = 1;
const RULES_ID = 'rules';
const WRITE_BATCH = 200;

/** Rebuilds the rollups unless they were built with the current rules. */
export async function ensureFigureRollups(store: DocumentStore, calendar: TWorkingCalendar): Promise<void> {
  const rules = await store.get('figureRollups', RULES_ID);
  if (rules?.level === 'rules' && rules.version === FIGURE_ROLLUP_RULES_VERSION) return;
  await rebuildFigureRollups(store, calendar);
}

/**
 * Recomputes every rollup from the records with the same contributions the
 * store keeps as records change, and replaces the rollups with them. Meant
 * for a store nobody writes meanwhile (start-up, a maintenance run): a
 * change landing during the rebuild may be missed. `store` is the store
 * itself, not the rollup-keeping one.
 */
export async function rebuildFigureRollups(store: DocumentStore, calendar: TWorkingCalendar): Promise<{ records: number; rollups: number }> {
  for (;;) {
    const stale = await store.find('figureRollups', { orderBy: [['_id', 'asc']], limit: WRITE_BATCH });
    if (stale.length === 0) break;
    await store.transaction(async (tx) => {
      for (const doc of stale) await tx.remove('figureRollups', doc._id);
    });
  }
  const delta = new RollupDelta();
  let records = 0;
  for (const collection of COUNTED_COLLECTIONS) {
    for (let last = ''; ; ) {
      const page = await store.find(collection, { where: last ? [['_id', '>', last]] : [], orderBy: [['_id', 'asc']], limit: MAX_QUERY_LIMIT });
      for (const doc of page) delta.add(contributionsOf(collection, doc as TCountedRecords[typeof collection], calendar), 1);
      records += page.length;
      if (page.length < MAX_QUERY_LIMIT) break;
      last = page[page.length - 1]._id;
    }
  }
  const docs = [...nextRollups(delta, new Map()).values()].filter((doc) => doc !== null);
  for (let i = 0; i < docs.length; i += WRITE_BATCH) {
    await store.transaction(async (tx) => {
      for (const doc of docs.slice(i, i + WRITE_BATCH)) await tx.set('figureRollups', doc);
    });
  }
  const rules: TFigureRollupRulesDoc = { _id: RULES_ID, level: 'rules', version: FIGURE_ROLLUP_RULES_VERSION, builtAt: new Date().toISOString() };
  await store.transaction((tx) => tx.set('figureRollups', rules));
  return { records, rollups: docs.length };
}
