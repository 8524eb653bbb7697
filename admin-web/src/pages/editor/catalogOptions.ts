import { CATEGORIES, CATEGORY_NAMES, type TCatalogItem } from '@sunshine/shared';

/** Catalog items grouped by category, in catalog order, for a searchable Select. */
export function catalogOptions(items: readonly TCatalogItem[]) {
  return CATEGORIES.map((category) => ({
    label: CATEGORY_NAMES[category],
    title: CATEGORY_NAMES[category],
    options: items.filter((item) => item.category === category).map((item) => ({ value: item.id, label: item.title })),
  })).filter((group) => group.options.length > 0);
}
