import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BufferedTransaction, documentKey, type TPendingWrite, type TWrite } from '../BufferedTransaction';
import type { TCollectionName } from '../documents';
import {
  assertAggregate,
  assertFieldPath,
  assertQueryLimit,
  MAX_AGGREGATE_GROUPS,
  tooManyGroups,
  type TAggregate,
  type TAggregateGroup,
  type DocumentStore,
  type TDocOf,
  type TFilter,
  type TPatch,
  type TQuery,
  type Transaction,
} from '../DocumentStore';
import { retryConflicts } from '../retryConflicts';
import { migrate } from './migrations';

interface TRow {
  id: string;
  rev: number;
  doc: string;
}

/** Revision of a document when the transaction first read it (0 = absent). */
interface TRead {
  collection: TCollectionName;
  id: string;
  rev: number;
}

/** Raised inside commit when something read by the transaction changed meanwhile. */
class WriteConflict extends Error {}

/**
 * The embedded default: one SQLite file (WAL) under the data directory, one
 * table per collection holding JSON documents, expression indexes on the
 * fields the domain queries. Transactions are optimistic: reads go to the
 * database, writes are buffered, and commit re-checks every read revision
 * inside one IMMEDIATE transaction, so concurrent requests in this process
 * or another (the seed command beside a running gateway) never interleave.
 */
export class SqliteStore implements DocumentStore {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  /**
   * Prepared statements by SQL text: preparing is a parse and plan on every
   * call otherwise (about 15% of the gateway's time under load). The SQL of
   * a query depends only on its shape (fields, operators, IN-list lengths),
   * never on values, so the set stays small; IN-lists of many lengths are
   * the one way it grows, hence the cap (oldest dropped first).
   */
  private readonly statements = new Map<string, Database.Statement>();

  private constructor(db: Database.Database) {
    this.db = db;
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      if (this.statements.size >= STATEMENT_CACHE_SIZE) this.statements.delete(this.statements.keys().next().value!);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /**
   * `bulkLoad` is for filling a data directory from scratch (generated data):
   * commits stop waiting for the disk (synchronous = NORMAL, still WAL, so a
   * crash loses the last commits but never corrupts the file). Serving keeps
   * FULL: a committed disclosure, seal or audit entry survives power loss.
   */
  static open(dataDir: string, options: { bulkLoad?: boolean } = {}): SqliteStore {
    mkdirSync(dataDir, { recursive: true });
    const db = new Database(join(dataDir, 'sunshine.db'));
    db.pragma('journal_mode = WAL');
    db.pragma(options.bulkLoad ? 'synchronous = NORMAL' : 'synchronous = FULL');
    db.pragma('busy_timeout = 10000');
    migrate(db);
    return new SqliteStore(db);
  }

  async get<C extends TCollectionName>(collection: C, id: string): Promise<TDocOf<C> | null> {
    return this.readRow(collection, id)?.doc ?? null;
  }

  async find<C extends TCollectionName>(collection: C, query: TQuery): Promise<TDocOf<C>[]> {
    assertQueryLimit(query.limit);
    const { sql: whereSql, params } = whereClause(query.where ?? []);
    const order = [...(query.orderBy ?? []).map(([f, d]) => `${fieldExpr(f)} ${d === 'desc' ? 'DESC' : 'ASC'}`), 'id ASC'];
    const rows = this
      .statement(`SELECT doc FROM ${table(collection)} ${whereSql} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`)
      .all(...params, query.limit, query.offset ?? 0) as { doc: string }[];
    return rows.map((r) => JSON.parse(r.doc));
  }

  async count<C extends TCollectionName>(collection: C, where: readonly TFilter[] = []): Promise<number> {
    const { sql, params } = whereClause(where);
    const row = this.statement(`SELECT COUNT(*) AS n FROM ${table(collection)} ${sql}`).get(...params) as { n: number };
    return row.n;
  }

  /** One GROUP BY over the JSON fields; TOTAL adds a missing value as 0. */
  async aggregate<C extends TCollectionName>(collection: C, spec: TAggregate): Promise<TAggregateGroup[]> {
    assertAggregate(spec);
    const { sql: whereSql, params } = whereClause(spec.where ?? []);
    const groups = spec.groupBy.map((f, i) => `${fieldExpr(f)} AS g${i}`);
    const sums = spec.sum.map((f, i) => `TOTAL(${fieldExpr(f)}) AS s${i}`);
    // The unary plus hides the group fields from the planner, which would otherwise walk an index ordered by one
    // of them (a whole level of rollups) to save sorting a few groups, instead of the index the filters match.
    const groupBy = spec.groupBy.length ? `GROUP BY ${spec.groupBy.map((_, i) => `+g${i}`).join(', ')}` : '';
    const rows = this
      .statement(`SELECT ${[...groups, 'COUNT(*) AS n', ...sums].join(', ')} FROM ${table(collection)} ${whereSql} ${groupBy} LIMIT ?`)
      .all(...params, MAX_AGGREGATE_GROUPS + 1) as Record<string, unknown>[];
    if (rows.length > MAX_AGGREGATE_GROUPS) throw tooManyGroups();
    // Without GROUP BY, SQL answers one row even when nothing matched; a group of no documents is no group.
    return rows
      .filter((row) => (row.n as number) > 0)
      .map((row) => ({
        group: Object.fromEntries(spec.groupBy.map((f, i) => [f, row[`g${i}`] ?? null])),
        count: row.n as number,
        sums: Object.fromEntries(spec.sum.map((f, i) => [f, row[`s${i}`] as number])),
      }));
  }

  async transaction<R>(work: (tx: Transaction) => Promise<R>): Promise<R> {
    return retryConflicts(
      async () => {
        const reads = new Map<string, TRead>();
        const tx = new BufferedTransaction(async (collection, id) => {
          const row = this.readRow(collection, id);
          const key = documentKey(collection, id);
          if (!reads.has(key)) reads.set(key, { collection, id, rev: row?.rev ?? 0 });
          return row?.doc ?? null;
        });
        const result = await work(tx);
        this.db.transaction(() => this.commit(reads.values(), tx.writes)).immediate();
        return result;
      },
      (error) => error instanceof WriteConflict,
    );
  }

  /**
   * Runs `work` (any number of transactions, one after another) as one SQLite
   * commit: each transaction inside becomes a savepoint. For bulk loads by a
   * single writer, where a commit per document would spend the time in the
   * journal; nothing else may write through this store meanwhile.
   */
  async inOneCommit<R>(work: () => Promise<R>): Promise<R> {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  async close(): Promise<void> {
    this.db.close();
  }

  private readRow<C extends TCollectionName>(collection: C, id: string): { rev: number; doc: TDocOf<C> } | null {
    const row = this.statement(`SELECT id, rev, doc FROM ${table(collection)} WHERE id = ?`).get(id) as TRow | undefined;
    return row ? { rev: row.rev, doc: JSON.parse(row.doc) } : null;
  }

  /** Runs inside the IMMEDIATE transaction: validate reads, then apply writes. */
  private commit(reads: Iterable<TRead>, writes: Iterable<TPendingWrite>): void {
    for (const { collection, id, rev } of reads) {
      if (this.currentRev(collection, id) !== rev) throw new WriteConflict(documentKey(collection, id));
    }
    for (const { collection, id, write } of writes) this.writeRow(collection, id, write);
  }

  private currentRev(collection: TCollectionName, id: string): number {
    const row = this.statement(`SELECT rev FROM ${table(collection)} WHERE id = ?`).get(id) as { rev: number } | undefined;
    return row?.rev ?? 0;
  }

  private writeRow(collection: TCollectionName, id: string, write: TWrite): void {
    if (write.kind === 'remove') {
      this.statement(`DELETE FROM ${table(collection)} WHERE id = ?`).run(id);
      return;
    }
    this
      .statement(
        `INSERT INTO ${table(collection)} (id, rev, doc) VALUES (?, 1, ?)
         ON CONFLICT(id) DO UPDATE SET rev = rev + 1, doc = excluded.doc`,
      )
      .run(id, JSON.stringify(write.doc));
  }
}

const STATEMENT_CACHE_SIZE = 500;

const table = (collection: TCollectionName) => `c_${collection}`;

function fieldExpr(field: string): string {
  assertFieldPath(field);
  return field === '_id' ? 'id' : `json_extract(doc, '$.${field}')`;
}

/** SQLite's JSON functions give booleans back as 1/0. */
const sqlValue = (v: unknown) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

function whereClause(filters: readonly TFilter[]): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const [field, op, value] of filters) {
    const expr = fieldExpr(field);
    if (op === 'in') {
      const values = value as unknown[];
      if (values.length === 0) {
        parts.push('0');
        continue;
      }
      parts.push(`${expr} IN (${values.map(() => '?').join(', ')})`);
      params.push(...values.map(sqlValue));
    } else if (value === null && (op === '==' || op === '!=')) {
      parts.push(`${expr} IS ${op === '==' ? '' : 'NOT '}NULL`);
    } else {
      parts.push(`${expr} ${op === '==' ? '=' : op} ?`);
      params.push(sqlValue(value));
    }
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}
