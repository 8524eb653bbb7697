import { MAX_QUERY_LIMIT, type DocumentStore, type TDocOf, type TQuery } from './DocumentStore';
import type { TCollectionName } from './documents';

/**
 * Every document matching `where`, read page by page: CloudBase answers at
 * most 1000 per query. For bounded sets only (a village's filings, a
 * township's villages), never for a whole collection.
 */
export async function findAll<C extends TCollectionName>(
  store: DocumentStore,
  collection: C,
  query: Omit<TQuery, 'limit' | 'offset'>,
): Promise<TDocOf<C>[]> {
  const all: TDocOf<C>[] = [];
  for (let offset = 0; ; offset += MAX_QUERY_LIMIT) {
    const page = await store.find(collection, { ...query, offset, limit: MAX_QUERY_LIMIT });
    all.push(...page);
    if (page.length < MAX_QUERY_LIMIT) return all;
  }
}
