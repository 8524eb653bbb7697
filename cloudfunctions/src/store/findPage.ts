import type { TPage, TPageRequest } from '@sunshine/shared';
import type { DocumentStore, TDocOf, TFilter, TQuery } from './DocumentStore';
import type { TCollectionName } from './documents';

/** One page of the documents matching `where`, each shown by `view`, with the count of all of them. */
export async function findPage<C extends TCollectionName, V>(
  store: DocumentStore,
  collection: C,
  query: { where: readonly TFilter[]; orderBy: TQuery['orderBy'] },
  page: TPageRequest,
  view: (doc: TDocOf<C>) => V | Promise<V>,
): Promise<TPage<V>> {
  const [docs, total] = await Promise.all([
    store.find(collection, { ...query, offset: (page.page - 1) * page.pageSize, limit: page.pageSize }),
    store.count(collection, query.where),
  ]);
  return { items: await Promise.all(docs.map(view)), total, page: page.page, pageSize: page.pageSize };
}
