import { contributionsOf, isCountedCollection, type TCountedCollection, type TCountedRecords, type TWorkingCalendar } from '@sunshine/shared';
import { documentKey } from '../BufferedTransaction';
import type { TCollectionName, TFigureRollupDoc } from '../documents';
import type { DocumentStore, TAggregate, TDocOf, TFilter, TPatch, TQuery, Transaction } from '../DocumentStore';
import { ensureFigureRollups } from './rebuildFigureRollups';
import { nextRollups, RollupDelta } from './rollupDelta';

/**
 * The store as the services see it: every transaction also keeps the
 * figure rollups (collection `figureRollups`) of what it changed. The first
 * write of a counted record in a transaction remembers the record as it
 * was; at the end the difference of its contributions (shared
 * figures/contributions.ts) before and after is added to the rollups of
 * its village and township, read and written through the same
 * transaction, so a conflict on a rollup retries the whole change and the
 * rollups never miss or double a change. Services never write rollups.
 */
export class FigureRollupStore implements DocumentStore {
  readonly kind: DocumentStore['kind'];
  private ready: Promise<void> | undefined;

  constructor(
    readonly inner: DocumentStore,
    private readonly calendar: () => TWorkingCalendar,
    /** Rebuild the rollups on first use when they were built with other rules (the SQLite store; CloudBase runs `rollups:rebuild`). */
    private readonly rebuildWhenStale: boolean,
  ) {
    this.kind = inner.kind;
  }

  get<C extends TCollectionName>(collection: C, id: string): Promise<TDocOf<C> | null> {
    return this.inner.get(collection, id);
  }

  async find<C extends TCollectionName>(collection: C, query: TQuery): Promise<TDocOf<C>[]> {
    return this.inner.find(collection, query);
  }

  async count<C extends TCollectionName>(collection: C, where?: readonly TFilter[]): Promise<number> {
    return this.inner.count(collection, where);
  }

  async aggregate<C extends TCollectionName>(collection: C, spec: TAggregate) {
    if (collection === 'figureRollups') await this.ensureReady();
    return this.inner.aggregate(collection, spec);
  }

  async transaction<R>(work: (tx: Transaction) => Promise<R>): Promise<R> {
    await this.ensureReady();
    return this.inner.transaction(async (tx) => {
      const counting = new CountingTransaction(tx);
      const result = await work(counting);
      await counting.keepRollups(this.calendar());
      return result;
    });
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private ensureReady(): Promise<void> {
    if (!this.rebuildWhenStale) return Promise.resolve();
    this.ready ??= ensureFigureRollups(this.inner, this.calendar());
    return this.ready;
  }
}

/** Wraps a store once: wrapping a wrapped store gives it back. */
export function withFigureRollups(store: DocumentStore, calendar: () => TWorkingCalendar, options: { rebuildWhenStale?: boolean } = {}): DocumentStore {
  if (store instanceof FigureRollupStore) return store;
  return new FigureRollupStore(store, calendar, options.rebuildWhenStale ?? store.kind === 'sqlite');
}

interface TBefore {
  collection: TCountedCollection;
  id: string;
  doc: TCountedRecords[TCountedCollection] | null;
}

class CountingTransaction implements Transaction {
  private readonly before = new Map<string, TBefore>();

  constructor(private readonly tx: Transaction) {}

  get<C extends TCollectionName>(collection: C, id: string): Promise<TDocOf<C> | null> {
    return this.tx.get(collection, id);
  }

  async create<C extends TCollectionName>(collection: C, doc: TDocOf<C>): Promise<void> {
    await this.remember(collection, doc._id);
    return this.tx.create(collection, doc);
  }

  async set<C extends TCollectionName>(collection: C, doc: TDocOf<C>): Promise<void> {
    await this.remember(collection, doc._id);
    return this.tx.set(collection, doc);
  }

  async update<C extends TCollectionName>(collection: C, id: string, patch: TPatch<C>): Promise<void> {
    await this.remember(collection, id);
    return this.tx.update(collection, id, patch);
  }

  async remove<C extends TCollectionName>(collection: C, id: string): Promise<void> {
    await this.remember(collection, id);
    return this.tx.remove(collection, id);
  }

  private async remember(collection: TCollectionName, id: string): Promise<void> {
    if (collection === 'figureRollups') throw new Error('figure rollups are kept by the store, never written by a service');
    if (!isCountedCollection(collection)) return;
    const key = documentKey(collection, id);
    if (this.before.has(key)) return;
    this.before.set(key, { collection, id, doc: (await this.tx.get(collection, id)) as TBefore['doc'] });
  }

  /** Adds contributions(after) − contributions(before) of every counted record written to its rollups. */
  async keepRollups(calendar: TWorkingCalendar): Promise<void> {
    if (this.before.size === 0) return;
    const delta = new RollupDelta();
    for (const { collection, id, doc } of this.before.values()) {
      const after = (await this.tx.get(collection, id)) as TBefore['doc'];
      delta.add(contributionsOf(collection, after, calendar), 1);
      delta.add(contributionsOf(collection, doc, calendar), -1);
    }
    const { ids } = delta.changes();
    if (ids.length === 0) return;
    const current = new Map<string, TFigureRollupDoc | null>();
    for (const id of ids) {
      const doc = await this.tx.get('figureRollups', id);
      current.set(id, doc && doc.level !== 'rules' ? doc : null);
    }
    for (const [id, doc] of nextRollups(delta, current)) {
      if (doc) await this.tx.set('figureRollups', doc);
      else if (current.get(id)) await this.tx.remove('figureRollups', id);
    }
  }
}
