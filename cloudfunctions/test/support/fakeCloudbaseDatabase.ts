import { randomBytes } from 'node:crypto';
import { compareByOrder, FakeCloudbaseError, matchesQuery, runPipeline, type TFakeDoc, type TFakeStage } from './fakeCloudbaseQuery';

/** CloudBase answers at most this many documents per query in a cloud function. */
export const FAKE_QUERY_CAP = 1000;
const DEFAULT_LIMIT = 100;
/** A transaction not committed within this time is rolled back by the server. */
const TRANSACTION_LIFETIME_MS = 10_000;

interface TVersion {
  /** Commit sequence number that wrote this version. */
  seq: number;
  doc: TFakeDoc | null;
}

interface TFakeTransaction {
  startedAt: number;
  /** Commit sequence the transaction reads at; fixed by its first operation. */
  snapshot: number | null;
  writes: Map<string, { collection: string; id: string; doc: TFakeDoc | null }>;
}

export interface TFakeQuery {
  query: Record<string, unknown>;
  order: Record<string, number>;
  offset: number;
  limit?: number;
}

const conflict = (key: string) => new FakeCloudbaseError('DATABASE_TRANSACTION_CONFLICT', `write conflict on ${key}`);
const noCollection = (name: string) => new FakeCloudbaseError('DATABASE_COLLECTION_NOT_EXIST', `Db or Table not exist: ${name}`);
const keyOf = (collection: string, id: string) => `${collection}/${id}`;

/**
 * CloudBase's document database as seen through its transactions: snapshot
 * isolation with versions kept per document, single-document reads and
 * writes inside a transaction, and first-writer-wins conflicts. A
 * transaction's write fails (and the transaction is aborted) when another
 * live transaction holds a write on that document, or when a commit changed
 * the document after this transaction's snapshot. Collections exist only
 * once created; every operation on another one fails.
 */
export class FakeCloudbaseDatabase {
  private clock = 0;
  private readonly versions = new Map<string, Map<string, TVersion[]>>();
  private readonly transactions = new Map<string, TFakeTransaction>();

  constructor(private readonly now: () => number = Date.now) {}

  createCollection(name: string): void {
    // CloudBase's code for this case is not documented; the store does not depend on it.
    if (this.versions.has(name)) throw new FakeCloudbaseError('DATABASE_COLLECTION_ALREADY_EXIST', `collection ${name} exists`);
    this.versions.set(name, new Map());
  }

  get(collection: string, id: string): TFakeDoc | null {
    return this.versionAt(collection, id, this.clock);
  }

  query(collection: string, { query, order, offset, limit = DEFAULT_LIMIT }: TFakeQuery): TFakeDoc[] {
    const matching = this.latestDocs(collection).filter((doc) => matchesQuery(doc, query));
    return matching.sort(compareByOrder(order)).slice(offset, offset + Math.min(limit, FAKE_QUERY_CAP));
  }

  count(collection: string, query: Record<string, unknown>): number {
    return this.latestDocs(collection).filter((doc) => matchesQuery(doc, query)).length;
  }

  aggregate(collection: string, stages: readonly TFakeStage[]): TFakeDoc[] {
    return runPipeline(this.latestDocs(collection), stages);
  }

  begin(): string {
    const id = randomBytes(12).toString('hex');
    this.transactions.set(id, { startedAt: this.now(), snapshot: null, writes: new Map() });
    return id;
  }

  readIn(transactionId: string, collection: string, id: string): TFakeDoc | null {
    const tx = this.live(transactionId);
    const own = tx.writes.get(keyOf(collection, id));
    if (own) return structuredClone(own.doc);
    tx.snapshot ??= this.clock;
    return this.versionAt(collection, id, tx.snapshot);
  }

  /** `doc` null removes the document. */
  writeIn(transactionId: string, collection: string, id: string, doc: TFakeDoc | null): void {
    const tx = this.live(transactionId);
    tx.snapshot ??= this.clock;
    const key = keyOf(collection, id);
    if (this.lockedByOther(transactionId, key) || this.lastSeq(collection, id) > tx.snapshot) {
      this.transactions.delete(transactionId);
      throw conflict(key);
    }
    tx.writes.set(key, { collection, id, doc: doc && structuredClone(doc) });
  }

  commit(transactionId: string): void {
    const tx = this.live(transactionId);
    const seq = ++this.clock;
    for (const { collection, id, doc } of tx.writes.values()) this.history(collection, id).push({ seq, doc });
    this.transactions.delete(transactionId);
  }

  abort(transactionId: string): void {
    this.live(transactionId);
    this.transactions.delete(transactionId);
  }

  private live(transactionId: string): TFakeTransaction {
    const tx = this.transactions.get(transactionId);
    if (tx && this.now() - tx.startedAt <= TRANSACTION_LIFETIME_MS) return tx;
    this.transactions.delete(transactionId);
    throw new FakeCloudbaseError('DATABASE_TRANSACTION_FAIL', `transaction ${transactionId} is not active (unknown, finished or expired)`);
  }

  private lockedByOther(transactionId: string, key: string): boolean {
    return [...this.transactions].some(
      ([id, tx]) => id !== transactionId && tx.writes.has(key) && this.now() - tx.startedAt <= TRANSACTION_LIFETIME_MS,
    );
  }

  private documents(collection: string): Map<string, TVersion[]> {
    const documents = this.versions.get(collection);
    if (!documents) throw noCollection(collection);
    return documents;
  }

  private history(collection: string, id: string): TVersion[] {
    const docs = this.documents(collection);
    let history = docs.get(id);
    if (!history) docs.set(id, (history = []));
    return history;
  }

  private lastSeq(collection: string, id: string): number {
    return this.documents(collection).get(id)?.at(-1)?.seq ?? 0;
  }

  private versionAt(collection: string, id: string, seq: number): TFakeDoc | null {
    const history = this.documents(collection).get(id) ?? [];
    const version = history.filter((v) => v.seq <= seq).at(-1);
    return version?.doc ? structuredClone(version.doc) : null;
  }

  private latestDocs(collection: string): TFakeDoc[] {
    const ids = [...this.documents(collection).keys()];
    return ids.map((id) => this.get(collection, id)).filter((doc): doc is TFakeDoc => doc !== null);
  }
}
