import { CATEGORY_NAMES, type TCategory } from '@sunshine/shared/model';

export function categoryName(category: TCategory): string {
  return CATEGORY_NAMES[category];
}

export function isCategory(value: string | undefined): value is TCategory {
  return value !== undefined && Object.prototype.hasOwnProperty.call(CATEGORY_NAMES, value);
}
