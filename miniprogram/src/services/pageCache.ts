import Taro from '@tarojs/taro';

/**
 * The last answer of a few public pages (village home, a disclosure), kept on
 * the phone so a slow or lost connection still shows what was seen before.
 * Personal answers (bindings, payments, messages) are never cached.
 */
const INDEX_KEY = 'pageCache:index';
const MAX_PAGES = 20;

export interface TCached<T> {
  savedAt: string;
  data: T;
}

export function readCachedPage<T>(key: string): TCached<T> | null {
  try {
    const stored = Taro.getStorageSync(`pageCache:${key}`) as TCached<T> | '';
    return stored && typeof stored === 'object' && 'savedAt' in stored ? stored : null;
  } catch {
    return null;
  }
}

export function saveCachedPage<T>(key: string, data: T, now = new Date()): void {
  try {
    const index = (Taro.getStorageSync(INDEX_KEY) as string[] | '') || [];
    const next = [key, ...index.filter((k) => k !== key)];
    for (const dropped of next.slice(MAX_PAGES)) Taro.removeStorageSync(`pageCache:${dropped}`);
    Taro.setStorageSync(`pageCache:${key}`, { savedAt: now.toISOString(), data });
    Taro.setStorageSync(INDEX_KEY, next.slice(0, MAX_PAGES));
  } catch (e) {
    console.warn('page not cached', e);
  }
}
