import Taro from '@tarojs/taro';

export interface TRecentVillage {
  code: string;
  displayName: string;
  /** Province to township, e.g. 辽宁省 沈阳市 法库县 大孤家子镇. */
  place: string;
}

const STORAGE_KEY = 'recentVillages';
const MAX_RECENT = 8;

export function readRecentVillages(): TRecentVillage[] {
  try {
    const stored: unknown = Taro.getStorageSync(STORAGE_KEY);
    return Array.isArray(stored) ? stored.filter(isRecentVillage) : [];
  } catch {
    return [];
  }
}

/** Puts the village first; a full or failing storage must never break the page. */
export function rememberVillage(village: TRecentVillage): void {
  const others = readRecentVillages().filter((v) => v.code !== village.code);
  try {
    Taro.setStorageSync(STORAGE_KEY, [village, ...others].slice(0, MAX_RECENT));
  } catch (e) {
    console.warn('recent villages not saved', e);
  }
}

function isRecentVillage(value: unknown): value is TRecentVillage {
  const v = value as Partial<TRecentVillage> | null;
  return typeof v?.code === 'string' && typeof v.displayName === 'string' && typeof v.place === 'string';
}
