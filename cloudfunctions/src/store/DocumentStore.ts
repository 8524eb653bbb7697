import type { TCollectionName, TCollections } from './documents';

/**
 * The one storage interface. It is the common ground of SQLite and
 * CloudBase's document database: documents addressed by id, queries on
 * fields of one collection (no joins), every read of a list bounded, and
 * transactions made of single-document operations.
 */
export type TFilterOp = '==' | '!=' | 'in' | '<' | '<=' | '>' | '>=';
export type TFilter = readonly [field: string, op: TFilterOp, value: unknown];

export interface TQuery {
  where?: readonly TFilter[];
  orderBy?: readonly (readonly [field: string, direction: 'asc' | 'desc'])[];
  offset?: number;
  /** At most MAX_QUERY_LIMIT, as CloudBase answers no more in one query. */
  limit: number;
}

export const MAX_QUERY_LIMIT = 1000;

/**
 * Grouped counts and sums over one collection: one answer per distinct
 * combination of the `groupBy` fields among the documents matching `where`,
 * with how many documents it has and the sum of each `sum` field. A missing
 * group field reads as null; a missing summed field adds 0. Group fields
 * hold strings or numbers (codes, periods), summed fields numbers: the two
 * stores treat other types differently.
 */
export interface TAggregate {
  where?: readonly TFilter[];
  groupBy: readonly string[];
  sum: readonly string[];
}

export interface TAggregateGroup {
  /** The group's value of each `groupBy` field, by field path. */
  group: Record<string, unknown>;
  count: number;
  /** Each `sum` field's total, by field path. */
  sums: Record<string, number>;
}

/**
 * An aggregate answers at most this many groups (CloudBase pages them 1000
 * at a time); beyond it the aggregate fails rather than answer in part, as
 * a request that needs more should read rollups at a coarser level.
 */
export const MAX_AGGREGATE_GROUPS = 20_000;

export type TDocOf<C extends TCollectionName> = TCollections[C];
/** A top-level field replacement: named fields are replaced whole, others kept. */
export type TPatch<C extends TCollectionName> = Partial<Omit<TDocOf<C>, '_id'>>;

export interface Transaction {
  get<C extends TCollectionName>(collection: C, id: string): Promise<TDocOf<C> | null>;
  /** Creates the document; DUPLICATE_REQUEST when the id already exists. */
  create<C extends TCollectionName>(collection: C, doc: TDocOf<C>): Promise<void>;
  /** Creates or replaces the document. */
  set<C extends TCollectionName>(collection: C, doc: TDocOf<C>): Promise<void>;
  /** NOT_FOUND when the document does not exist. */
  update<C extends TCollectionName>(collection: C, id: string, patch: TPatch<C>): Promise<void>;
  remove<C extends TCollectionName>(collection: C, id: string): Promise<void>;
}

export interface DocumentStore {
  readonly kind: 'sqlite' | 'cloudbase';
  get<C extends TCollectionName>(collection: C, id: string): Promise<TDocOf<C> | null>;
  find<C extends TCollectionName>(collection: C, query: TQuery): Promise<TDocOf<C>[]>;
  count<C extends TCollectionName>(collection: C, where?: readonly TFilter[]): Promise<number>;
  /** Groups in no particular order; see TAggregate. */
  aggregate<C extends TCollectionName>(collection: C, spec: TAggregate): Promise<TAggregateGroup[]>;
  /**
   * Runs `work` atomically: all its writes land or none do. `work` may run
   * more than once when a concurrent writer touched what it read, so it must
   * do nothing but reads and writes through `tx`.
   */
  transaction<R>(work: (tx: Transaction) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

export function assertFieldPath(field: string): void {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(field)) {
    throw new Error(`invalid field path: ${field}`);
  }
}

export function assertQueryLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_QUERY_LIMIT) {
    throw new Error(`query limit must be 1..${MAX_QUERY_LIMIT}, got ${limit}`);
  }
}

export function assertAggregate(spec: TAggregate): void {
  for (const field of [...spec.groupBy, ...spec.sum]) assertFieldPath(field);
}

export function tooManyGroups(): Error {
  return new Error(`aggregate answers at most ${MAX_AGGREGATE_GROUPS} groups`);
}
