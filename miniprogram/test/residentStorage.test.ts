import { countNewSince, lastVisitOf, recordVisit } from '../src/services/lastVisit';
import { isElderMode, screenClass, setElderMode } from '../src/services/elderMode';

// Taro's storage, as a phone keeps it: a plain key-value store.
const storage = new Map<string, unknown>();
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: (key: string) => storage.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
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
