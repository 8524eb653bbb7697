import { REGION_LEVELS, type TRegionLevel } from './regionCode';

/** Digits of the code that belong to each level, cumulative (as in region.ts). */
const PREFIX_LENGTH: Record<TRegionLevel, number> = { province: 2, city: 4, county: 6, township: 9, village: 12 };

/**
 * All codes inside a region lie in one half-open range of the 12-digit code
 * space, so "below this region" is a range filter any document store can
 * serve from an index on `code`: 210124000000 → [210124000000, 210125000000).
 */
export function regionCodeRange(code: string, level: TRegionLevel): { from: string; to: string } {
  const n = PREFIX_LENGTH[level];
  const prefix = code.slice(0, n);
  const next = (BigInt(prefix) + 1n).toString().padStart(n, '0');
  return { from: code, to: next.padEnd(12, '0') };
}

/**
 * Search is by the start of the name (拉马 finds 拉马桥村村民委员会): a range
 * on `name` that both SQLite's expression index and CloudBase's field index
 * answer, without scanning. The upper bound is the prefix followed by the
 * highest BMP character.
 */
export function namePrefixRange(q: string): { from: string; to: string } {
  return { from: q, to: `${q}\uffff` };
}

export const REGION_SEARCH_MAX_LENGTH = 20;

export function isRegionLevelBelow(level: TRegionLevel, than: TRegionLevel): boolean {
  return REGION_LEVELS.indexOf(level) > REGION_LEVELS.indexOf(than);
}
