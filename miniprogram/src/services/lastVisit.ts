import Taro from '@tarojs/taro';

const STORAGE_KEY = 'lastVisits';

/** When this phone last opened each village's home, so the page can say what is new since then. */
function readAll(): Record<string, string> {
  try {
    const stored: unknown = Taro.getStorageSync(STORAGE_KEY);
    return stored && typeof stored === 'object' ? (stored as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function lastVisitOf(villageCode: string): string | null {
  return readAll()[villageCode] ?? null;
}

export function recordVisit(villageCode: string, at: string): void {
  try {
    Taro.setStorageSync(STORAGE_KEY, { ...readAll(), [villageCode]: at });
  } catch (e) {
    console.warn('last visit not saved', e);
  }
}

/** Items published after the last visit; none on a first visit, when everything would be "new". */
export function countNewSince<T extends { publishedAt: string }>(items: T[], lastVisit: string | null): number {
  if (!lastVisit) return 0;
  return items.filter((item) => item.publishedAt > lastVisit).length;
}
