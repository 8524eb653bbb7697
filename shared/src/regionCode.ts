/**
 * Regions are identified by the 12-digit national statistical division code
 * (统计用区划代码): province 2, city 2, county 2, township 3, village 3 digits.
 * A shorter unit is the code padded with zeros, so the level is read from
 * which trailing segments are zero.
 *
 * Plain data and functions, free of zod, so any client may import them; the
 * schemas are in ./region.ts.
 */
export const REGION_LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;
export type TRegionLevel = (typeof REGION_LEVELS)[number];

export const REGION_LEVEL_NAMES: Record<TRegionLevel, string> = {
  province: '省',
  city: '市',
  county: '县（区）',
  township: '乡镇（街道）',
  village: '村（社区）',
};

/** Digits of the code that belong to each level, cumulative. */
const PREFIX_LENGTH: Record<TRegionLevel, number> = { province: 2, city: 4, county: 6, township: 9, village: 12 };

export function regionLevelOf(code: string): TRegionLevel | null {
  if (!/^\d{12}$/.test(code) || code.startsWith('00')) return null;
  let level: TRegionLevel | null = null;
  for (const candidate of REGION_LEVELS) {
    const prefix = PREFIX_LENGTH[candidate];
    if (/^0*$/.test(code.slice(prefix))) {
      level = candidate;
      break;
    }
  }
  if (!level) return null;
  // Every segment up to the level must be non-zero: 210000001000 is no township.
  const segments = segmentsOf(code).slice(0, REGION_LEVELS.indexOf(level) + 1);
  return segments.every((s) => !/^0+$/.test(s)) ? level : null;
}

function segmentsOf(code: string): string[] {
  return [code.slice(0, 2), code.slice(2, 4), code.slice(4, 6), code.slice(6, 9), code.slice(9, 12)];
}

/** Pads a short division code (2, 4, 6, 9 or 12 digits) to the 12-digit form. */
export function padRegionCode(shortCode: string): string {
  return shortCode.padEnd(12, '0');
}

/** The code of the enclosing unit at `level`, e.g. a village's township. */
export function ancestorCode(code: string, level: TRegionLevel): string {
  return padRegionCode(code.slice(0, PREFIX_LENGTH[level]));
}

/** The first and last codes of the region and everything inside it: codes of one region share its prefix. */
export function descendantCodeRange(code: string): [first: string, last: string] {
  const level = regionLevelOf(code) ?? 'village';
  const prefix = code.slice(0, PREFIX_LENGTH[level]);
  return [prefix.padEnd(12, '0'), prefix.padEnd(12, '9')];
}

export function parentCodeOf(code: string): string | null {
  const level = regionLevelOf(code);
  if (!level || level === 'province') return null;
  return ancestorCode(code, REGION_LEVELS[REGION_LEVELS.indexOf(level) - 1]);
}

/** True when `code` lies inside (or is) the region `scopeCode`. */
export function isWithinRegion(code: string, scopeCode: string): boolean {
  const scopeLevel = regionLevelOf(scopeCode);
  if (!scopeLevel || !regionLevelOf(code)) return false;
  const n = PREFIX_LENGTH[scopeLevel];
  return code.slice(0, n) === scopeCode.slice(0, n) && REGION_LEVELS.indexOf(regionLevelOf(code)!) >= REGION_LEVELS.indexOf(scopeLevel);
}

/**
 * The codes of all levels above and including a village, stored on every
 * record that belongs to a village so that any tier can query its own region
 * by one equality, without joins or prefix scans.
 */
export interface TRegionPath {
  provinceCode: string;
  cityCode: string;
  countyCode: string;
  townshipCode: string;
  villageCode: string;
}

export function regionPathOf(villageCode: string): TRegionPath {
  return {
    provinceCode: ancestorCode(villageCode, 'province'),
    cityCode: ancestorCode(villageCode, 'city'),
    countyCode: ancestorCode(villageCode, 'county'),
    townshipCode: ancestorCode(villageCode, 'township'),
    villageCode,
  };
}

/** The field of TRegionPath that a scope at `level` filters on. */
export const REGION_PATH_FIELD: Record<TRegionLevel, keyof TRegionPath> = {
  province: 'provinceCode',
  city: 'cityCode',
  county: 'countyCode',
  township: 'townshipCode',
  village: 'villageCode',
};

/**
 * Village-level units are named after their committee: 村民委员会 / 村委会 are
 * rural villages; 居民委员会, 居委会, 社区 and the 生活区 of state farms are
 * urban-type communities that carry 阳光物业 and 阳光供暖.
 */
/** 村 (rural village committee) or 社区 (urban residents' committee). */
export const VILLAGE_KINDS = ['village', 'community'] as const;
export type TVillageKind = (typeof VILLAGE_KINDS)[number];

export function villageKindFromName(name: string): TVillageKind {
  if (/村民委员会|村委会/.test(name)) return 'village';
  if (/社区|居委会|居民委员会|生活区|家属委员会/.test(name)) return 'community';
  return 'village';
}

/** Shorter display name: 满融村村民委员会 → 满融村, 水源地社区居委会 → 水源地社区. */
export function displayRegionName(name: string): string {
  return name.replace(/(村民委员会|村委会|居民委员会|居委会)$/, (suffix, _m, offset: number) => {
    const stem = name.slice(0, offset);
    if (/村$|社区$/.test(stem)) return '';
    return suffix.startsWith('村') ? '村' : '社区';
  });
}
