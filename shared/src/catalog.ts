import { FINANCE_ITEMS } from './catalog/finance';
import { HEATING_ITEMS, PROPERTY_ITEMS } from './catalog/community';
import { PARTY_ITEMS } from './catalog/party';
import type { TCatalogItem, TCategory } from './catalog/schema';
import { departmentOfItem, type TDepartment } from './departments';
import { VILLAGE_ITEMS } from './catalog/village';

export * from './catalog/schema';
export { SOURCE } from './catalog/sources';

/**
 * The province's catalog. Bump the version whenever an item is added,
 * retired or changes its rhythm, so a disclosure can say which catalog it
 * was filed under. Version 2: 60+ items from the four local catalogs, the
 * nine 制度 items, the law and the two community modules, each with a source.
 */
export const CATALOG_VERSION = 2;
export const CATALOG: readonly TCatalogItem[] = [...PARTY_ITEMS, ...VILLAGE_ITEMS, ...FINANCE_ITEMS, ...PROPERTY_ITEMS, ...HEATING_ITEMS];

const CATALOG_BY_ID = new Map(CATALOG.map((item) => [item.id, item]));

/** A province item by id; county and city items live in the database (see `catalogForVillage`). */
export function findCatalogItem(id: string): TCatalogItem | undefined {
  return CATALOG_BY_ID.get(id);
}

export function catalogItemAppliesTo(item: Pick<TCatalogItem, 'appliesTo'>, kind: 'village' | 'community'): boolean {
  return item.appliesTo === 'both' || item.appliesTo === kind;
}

/**
 * The department of a disclosure or filing: its province item's (the catalog
 * is the truth, so a reassignment there reaches older records too), else the
 * one copied from the county's or city's item when the record was made, else
 * its category's.
 */
export function departmentOfRecord(record: { catalogItemId: string; category: TCategory; department?: TDepartment }): TDepartment {
  return departmentOfItem(findCatalogItem(record.catalogItemId) ?? record);
}
