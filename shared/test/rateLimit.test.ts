import { rateLimitMessage, rateLimitStep, type TRateCounterState, type TRateRule } from '@sunshine/shared';

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 5, 8, 0) + minutes * 60_000);

function run(rule: TRateRule, minutes: number[]) {
  let state: TRateCounterState | null = null;
  return minutes.map((m) => {
    const step = rateLimitStep(rule, state, at(m));
    if (step.allowed) state = step.next;
    return step.allowed ? 'ok' : step.retryAfterMinutes;
  });
}

describe('rate limit rules', () => {
  it('allows max attempts per window, names the wait, and opens a new window after it', () => {
    expect(run({ windows: [{ minutes: 60, max: 2 }] }, [0, 10, 20, 59, 60, 61])).toEqual(['ok', 'ok', 40, 1, 'ok', 'ok']);
  });

  it('doubles the wait after the free attempts, and forgets after a quiet day', () => {
    const rule: TRateRule = { windows: [{ minutes: 1440, max: 100 }], backoff: { free: 2, firstDelayMinutes: 1, maxDelayMinutes: 60, resetAfterMinutes: 1440 } };
    // Third attempt sets a 1-minute wait, fourth 2 minutes, fifth 4.
    expect(run(rule, [0, 0, 0, 0.5, 1, 2, 3, 7])).toEqual(['ok', 'ok', 'ok', 1, 'ok', 1, 'ok', 'ok']);
    expect(run(rule, [0, 0, 0, 1441, 1441])).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('says short waits in minutes and long ones in hours', () => {
    expect(rateLimitMessage(5)).toBe('提交太频繁，请 5 分钟后再试。');
    expect(rateLimitMessage(600)).toBe('提交太频繁，请 10 小时后再试。');
  });
});
