import type { CloudBase } from '@cloudbase/node-sdk';
import { BufferedTransaction, type TPendingWrite } from '../BufferedTransaction';
import { COLLECTION_NAMES, type TCollectionName } from '../documents';
import {
  assertAggregate,
  assertFieldPath,
  assertQueryLimit,
  MAX_AGGREGATE_GROUPS,
  MAX_QUERY_LIMIT,
  tooManyGroups,
  type TAggregate,
  type TAggregateGroup,
  type DocumentStore,
  type TDocOf,
  type TFilter,
  type TQuery,
  type Transaction,
} from '../DocumentStore';
import { retryConflicts } from '../retryConflicts';
import { cloudbaseWhere } from './cloudbaseWhere';

type TDatabase = ReturnType<CloudBase['database']>;
type TCollection = ReturnType<TDatabase['collection']>;

/** What the store uses of the SDK's transaction (its typings leave it `any`). */
interface TRemoteTransaction {
  collection(name: string): TCollection;
  commit(): Promise<unknown>;
  rollback(): Promise<unknown>;
}

/** The code CloudBase answers when a transaction lost a write to another one. */
const TRANSACTION_CONFLICT = 'DATABASE_TRANSACTION_CONFLICT';
const isConflict = (error: unknown) => (error as { code?: unknown } | null)?.code === TRANSACTION_CONFLICT;

/**
 * The production store: CloudBase's document database through
 * @cloudbase/node-sdk, one collection per collection name, `_id` as the
 * document id.
 *
 * CloudBase transactions are server-side with snapshot isolation and
 * single-document operations only. Reads go to the server inside the
 * transaction; writes are buffered and sent as whole-document `set` or
 * `remove` just before commit, which keeps the server's write locks short
 * and gives `update` the store's replace-named-fields meaning (CloudBase's
 * own update would merge nested objects). A write to a document that
 * another transaction changed since this one's snapshot fails with a
 * conflict, and the whole attempt runs again.
 */
export class CloudbaseStore implements DocumentStore {
  readonly kind = 'cloudbase' as const;
  private collectionsReady: Promise<void> | undefined;

  constructor(private readonly db: TDatabase) {}

  async get<C extends TCollectionName>(collection: C, id: string): Promise<TDocOf<C> | null> {
    await this.ensureCollections();
    const { data } = await this.db.collection(collection).doc(id).get();
    return data[0] ?? null;
  }

  async find<C extends TCollectionName>(collection: C, query: TQuery): Promise<TDocOf<C>[]> {
    assertQueryLimit(query.limit);
    await this.ensureCollections();
    const filtered = this.db.collection(collection).where(cloudbaseWhere(this.db.command, query.where ?? []));
    const ordered = orderWithTiebreak(query.orderBy ?? []).reduce((q, [field, direction]) => q.orderBy(field, direction), filtered);
    const { data } = await ordered.skip(query.offset ?? 0).limit(query.limit).get();
    return data;
  }

  async count<C extends TCollectionName>(collection: C, where: readonly TFilter[] = []): Promise<number> {
    await this.ensureCollections();
    const { total } = await this.db.collection(collection).where(cloudbaseWhere(this.db.command, where)).count();
    return total;
  }

  /**
   * The aggregate pipeline: match, then group by an `_id` object of the
   * group fields, counting and summing, sorted by that `_id` so pages of
   * 1000 (CloudBase answers 20 without a limit) follow each other. Names in
   * a group stage may not hold dots, so fields travel as g0…, s0….
   */
  async aggregate<C extends TCollectionName>(collection: C, spec: TAggregate): Promise<TAggregateGroup[]> {
    assertAggregate(spec);
    await this.ensureCollections();
    const $ = this.db.command.aggregate;
    const stage: Record<string, unknown> = {
      _id: spec.groupBy.length ? Object.fromEntries(spec.groupBy.map((f, i) => [`g${i}`, `$${f}`])) : null,
      n: $.sum(1),
      ...Object.fromEntries(spec.sum.map((f, i) => [`s${i}`, $.sum(`$${f}`)])),
    };
    const merged = new Map<string, TAggregateGroup>();
    for (let offset = 0; ; offset += MAX_QUERY_LIMIT) {
      const { data } = (await this.db
        .collection(collection)
        .aggregate()
        .match(cloudbaseWhere(this.db.command, spec.where ?? []))
        .group(stage)
        .sort({ _id: 1 })
        .skip(offset)
        .limit(MAX_QUERY_LIMIT)
        .end()) as { data: Record<string, unknown>[] };
      for (const row of data) addGroup(merged, spec, row);
      if (merged.size > MAX_AGGREGATE_GROUPS) throw tooManyGroups();
      if (data.length < MAX_QUERY_LIMIT) return [...merged.values()];
    }
  }

  async transaction<R>(work: (tx: Transaction) => Promise<R>): Promise<R> {
    await this.ensureCollections();
    return retryConflicts(async () => {
      const remote: TRemoteTransaction = await this.db.startTransaction();
      try {
        const tx = new BufferedTransaction(async (collection, id) => (await remote.collection(collection).doc(id).get()).data ?? null);
        const result = await work(tx);
        for (const write of tx.writes) await sendWrite(remote, write);
        await remote.commit();
        return result;
      } catch (error) {
        // The attempt's own error is what matters; after a conflict the server
        // may already have ended the transaction and refuse the rollback.
        await remote.rollback().catch(() => {});
        throw error;
      }
    }, isConflict);
  }

  /**
   * CloudBase refuses every operation on a collection nobody created, so the
   * first use in an instance creates them all, as SQLite's migrations create
   * its tables. Creating one that exists fails, which is what we want here;
   * were one still missing, the operation on it would say so itself.
   */
  private ensureCollections(): Promise<void> {
    const ignore = () => {};
    this.collectionsReady ??= Promise.all(COLLECTION_NAMES.map((name) => this.db.createCollection(name).then(ignore, ignore))).then(ignore);
    return this.collectionsReady;
  }

  async close(): Promise<void> {
    // Nothing is held per store: the SDK's HTTP agents are shared by the whole process.
  }
}

/**
 * A group as the store answers it. The server leaves a missing field out of
 * the group's `_id` where a null one is kept; both read as null, so such
 * groups are one.
 */
function addGroup(merged: Map<string, TAggregateGroup>, spec: TAggregate, row: Record<string, unknown>): void {
  const id = (row._id ?? {}) as Record<string, unknown>;
  const group = Object.fromEntries(spec.groupBy.map((f, i) => [f, id[`g${i}`] ?? null]));
  const key = JSON.stringify(spec.groupBy.map((f) => group[f]));
  const sums = Object.fromEntries(spec.sum.map((f, i) => [f, Number(row[`s${i}`] ?? 0)]));
  const seen = merged.get(key);
  if (!seen) {
    merged.set(key, { group, count: Number(row.n), sums });
    return;
  }
  seen.count += Number(row.n);
  for (const f of spec.sum) seen.sums[f] += sums[f];
}

/** `_id` last and ascending, so equal sort keys still page in a stable order. */
function orderWithTiebreak(orderBy: NonNullable<TQuery['orderBy']>): (readonly [string, 'asc' | 'desc'])[] {
  for (const [field] of orderBy) assertFieldPath(field);
  return orderBy.some(([field]) => field === '_id') ? [...orderBy] : [...orderBy, ['_id', 'asc']];
}

/** CloudBase refuses `_id` inside the data it writes; the id travels in the document reference. */
async function sendWrite(remote: TRemoteTransaction, { collection, id, write }: TPendingWrite): Promise<void> {
  const ref = remote.collection(collection).doc(id);
  if (write.kind === 'remove') {
    await ref.remove();
    return;
  }
  const { _id, ...data } = write.doc;
  await ref.set(data);
}
