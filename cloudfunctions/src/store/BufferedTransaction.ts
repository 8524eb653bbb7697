import { AppError } from '@sunshine/shared';
import type { TCollectionName } from './documents';
import type { TDocOf, TPatch, Transaction } from './DocumentStore';

/** A write as it will be committed: the whole resulting document, or its removal. */
export type TWrite = { kind: 'set'; doc: { _id: string } } | { kind: 'remove' };

export interface TPendingWrite {
  collection: TCollectionName;
  id: string;
  write: TWrite;
}

/** How a store reads a document its transaction has not written. */
export type TReadThrough = <C extends TCollectionName>(collection: C, id: string) => Promise<TDocOf<C> | null>;

export const documentKey = (collection: TCollectionName, id: string) => `${collection}\u0000${id}`;

/**
 * The part of a transaction both stores share: writes are held back until
 * commit, the last write per document wins, and reads see the transaction's
 * own writes before falling through to the store. Each store decides how
 * to read through and how to commit `writes` atomically.
 */
export class BufferedTransaction implements Transaction {
  private readonly pending = new Map<string, TPendingWrite>();

  constructor(private readonly readThrough: TReadThrough) {}

  get writes(): Iterable<TPendingWrite> {
    return this.pending.values();
  }

  async get<C extends TCollectionName>(collection: C, id: string): Promise<TDocOf<C> | null> {
    const pending = this.pending.get(documentKey(collection, id));
    if (pending) return pending.write.kind === 'set' ? structuredClone(pending.write.doc as TDocOf<C>) : null;
    return this.readThrough(collection, id);
  }

  async create<C extends TCollectionName>(collection: C, doc: TDocOf<C>): Promise<void> {
    if (await this.get(collection, doc._id)) throw new AppError('DUPLICATE_REQUEST');
    this.buffer(collection, doc._id, { kind: 'set', doc: structuredClone(doc) });
  }

  async set<C extends TCollectionName>(collection: C, doc: TDocOf<C>): Promise<void> {
    this.buffer(collection, doc._id, { kind: 'set', doc: structuredClone(doc) });
  }

  async update<C extends TCollectionName>(collection: C, id: string, patch: TPatch<C>): Promise<void> {
    const current = await this.get(collection, id);
    if (!current) throw new AppError('NOT_FOUND');
    this.buffer(collection, id, { kind: 'set', doc: { ...current, ...structuredClone(patch), _id: id } });
  }

  async remove<C extends TCollectionName>(collection: C, id: string): Promise<void> {
    this.buffer(collection, id, { kind: 'remove' });
  }

  private buffer(collection: TCollectionName, id: string, write: TWrite): void {
    this.pending.set(documentKey(collection, id), { collection, id, write });
  }
}
