import type { TCategory } from '@sunshine/shared';

/**
 * The names of CATEGORY_NAMES in @sunshine/shared/src/catalog, copied: that
 * file builds zod schemas on load, which adds ~0.9 MB to the weapp package
 * once WeChat compiles it to ES5. Import the shared constant instead as soon
 * as it lives in a file without zod.
 */
const CATEGORY_NAMES: Record<TCategory, string> = {
  party: '党务',
  village: '村(居)务',
  finance: '财务',
  property: '阳光物业',
  heating: '阳光供暖',
};

export function categoryName(category: TCategory): string {
  return CATEGORY_NAMES[category];
}

export function isCategory(value: string | undefined): value is TCategory {
  return value !== undefined && Object.prototype.hasOwnProperty.call(CATEGORY_NAMES, value);
}
