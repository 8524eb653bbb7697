import { formatDate } from '../src/format/date';

describe('publication dates', () => {
  it('shows the day in China, not in UTC', () => {
    expect(formatDate('2026-03-31T16:30:00.000Z')).toBe('2026-04-01');
    expect(formatDate('2026-03-31T15:59:59.000Z')).toBe('2026-03-31');
  });

  it('keeps the date part of something it cannot parse', () => {
    expect(formatDate('2026-01-10 上午')).toBe('2026-01-10');
  });
});
