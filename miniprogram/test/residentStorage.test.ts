import { countNewSince, lastVisitOf, recordVisit } from '../src/services/lastVisit';
import { isElderMode, screenClass, setElderMode } from '../src/services/elderMode';
import { readCachedPage, saveCachedPage } from '../src/services/pageCache';

// Taro's storage, as a phone keeps it: a plain key-value store.
const storage = new Map<string, unknown>();
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: (key: string) => storage.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
  },
}));

beforeEach(() => storage.clear());

describe('what is new since the last visit', () => {
  const items = [{ publishedAt: '2026-11-01T02:00:00.000Z' }, { publishedAt: '2026-11-20T02:00:00.000Z' }];

  it('counts items published after the last visit, and nothing on a first visit', () => {
    expect(countNewSince(items, null)).toBe(0);
    expect(countNewSince(items, '2026-11-10T00:00:00.000Z')).toBe(1);
    expect(countNewSince(items, '2026-11-21T00:00:00.000Z')).toBe(0);
  });

  it('remembers the last visit per village', () => {
    recordVisit('210124101200', '2026-11-10T00:00:00.000Z');
    recordVisit('210124101201', '2026-11-12T00:00:00.000Z');
    expect(lastVisitOf('210124101200')).toBe('2026-11-10T00:00:00.000Z');
    expect(lastVisitOf('210124001001')).toBeNull();
  });
});

describe('elder mode', () => {
  it('is off until switched on, and is remembered', () => {
    expect(isElderMode()).toBe(false);
    expect(screenClass()).toBe('screen');
    setElderMode(true);
    expect(isElderMode()).toBe(true);
    expect(screenClass()).toBe('screen elder');
    setElderMode(false);
    expect(screenClass()).toBe('screen');
  });
});

describe('the copy of public pages kept for slow connections', () => {
  it('keeps the last answer with the time it was saved', () => {
    expect(readCachedPage('village:210124101200')).toBeNull();
    saveCachedPage('village:210124101200', { name: '大孤家子村' }, new Date('2026-11-20T02:00:00.000Z'));
    expect(readCachedPage('village:210124101200')).toEqual({ savedAt: '2026-11-20T02:00:00.000Z', data: { name: '大孤家子村' } });
  });

  it('keeps the 20 most recently seen pages only', () => {
    for (let i = 0; i < 21; i++) saveCachedPage(`disclosure:${i}`, { i });
    expect(readCachedPage('disclosure:0')).toBeNull();
    expect(readCachedPage('disclosure:1')).not.toBeNull();
    saveCachedPage('disclosure:1', { i: 1 });
    saveCachedPage('disclosure:21', { i: 21 });
    expect(readCachedPage('disclosure:1')).not.toBeNull();
    expect(readCachedPage('disclosure:2')).toBeNull();
  });
});
