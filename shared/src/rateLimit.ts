/**
 * How often a resident (and a whole village, and one ID number) may create
 * things. The numbers are data, so they can be read and changed in one
 * place; the counting is pure and the server keeps its state in the store,
 * so a limit holds across restarts and across function instances.
 */
export type TRateLimitedAction = 'feedback' | 'rating' | 'hotlineOrder' | 'comment' | 'survey' | 'bind';
export type TRateScope = 'resident' | 'village' | 'idNumber';

/** At most `max` within `minutes`, counted from the first attempt of the window. */
export interface TRateWindow {
  minutes: number;
  max: number;
}

/** After `free` attempts in a row, each further attempt must wait twice as long as the one before. */
export interface TRateBackoff {
  free: number;
  firstDelayMinutes: number;
  maxDelayMinutes: number;
  /** Quiet for this long, the run of attempts starts again. */
  resetAfterMinutes: number;
}

export interface TRateRule {
  windows: readonly TRateWindow[];
  backoff?: TRateBackoff;
}

const HOUR = 60;
const DAY = 24 * HOUR;

export const RATE_LIMITS: Record<TRateLimitedAction, Partial<Record<TRateScope, TRateRule>>> = {
  feedback: {
    resident: { windows: [{ minutes: HOUR, max: 10 }, { minutes: DAY, max: 30 }] },
    village: { windows: [{ minutes: HOUR, max: 60 }, { minutes: DAY, max: 300 }] },
  },
  rating: {
    resident: { windows: [{ minutes: HOUR, max: 30 }, { minutes: DAY, max: 100 }] },
    village: { windows: [{ minutes: HOUR, max: 100 }, { minutes: DAY, max: 500 }] },
  },
  hotlineOrder: {
    resident: { windows: [{ minutes: HOUR, max: 5 }, { minutes: DAY, max: 10 }] },
    village: { windows: [{ minutes: HOUR, max: 30 }, { minutes: DAY, max: 150 }] },
  },
  comment: {
    resident: { windows: [{ minutes: HOUR, max: 10 }, { minutes: DAY, max: 30 }] },
    village: { windows: [{ minutes: HOUR, max: 30 }, { minutes: DAY, max: 150 }] },
  },
  survey: {
    resident: { windows: [{ minutes: HOUR, max: 5 }] },
    village: { windows: [{ minutes: HOUR, max: 200 }] },
  },
  /**
   * Binding is also how an ID number could be guessed, so it is limited per
   * account and per ID number, with a delay that doubles after a few tries.
   */
  bind: {
    resident: { windows: [{ minutes: DAY, max: 10 }], backoff: { free: 3, firstDelayMinutes: 1, maxDelayMinutes: DAY, resetAfterMinutes: DAY } },
    idNumber: { windows: [{ minutes: DAY, max: 5 }], backoff: { free: 2, firstDelayMinutes: 5, maxDelayMinutes: DAY, resetAfterMinutes: DAY } },
  },
};

/** What the store keeps per action, scope and subject. */
export interface TRateCounterState {
  /** By window length in minutes. */
  windows: Record<string, { start: string; count: number }>;
  /** Attempts in a row, for the backoff. */
  streak: number;
  lastAt: string | null;
  nextAllowedAt: string | null;
}

export type TRateStep = { allowed: true; next: TRateCounterState } | { allowed: false; retryAfterMinutes: number };

const minutesUntil = (at: number, now: number) => Math.max(1, Math.ceil((at - now) / 60_000));

/** Counts one attempt against a rule, or says how long to wait; a refused attempt is not counted. */
export function rateLimitStep(rule: TRateRule, state: TRateCounterState | null, now: Date): TRateStep {
  const t = now.getTime();
  if (state?.nextAllowedAt && new Date(state.nextAllowedAt).getTime() > t) {
    return { allowed: false, retryAfterMinutes: minutesUntil(new Date(state.nextAllowedAt).getTime(), t) };
  }
  const windows: TRateCounterState['windows'] = {};
  let wait = 0;
  for (const { minutes, max } of rule.windows) {
    const kept = state?.windows[String(minutes)];
    const start = kept ? new Date(kept.start).getTime() : t;
    const current = kept && t - start < minutes * 60_000 ? kept : { start: now.toISOString(), count: 0 };
    if (current.count >= max) wait = Math.max(wait, minutesUntil(new Date(current.start).getTime() + minutes * 60_000, t));
    windows[String(minutes)] = { start: current.start, count: current.count + 1 };
  }
  if (wait > 0) return { allowed: false, retryAfterMinutes: wait };
  const backoff = rule.backoff;
  if (!backoff) return { allowed: true, next: { windows, streak: 0, lastAt: now.toISOString(), nextAllowedAt: null } };
  const quiet = !state?.lastAt || t - new Date(state.lastAt).getTime() >= backoff.resetAfterMinutes * 60_000;
  const streak = quiet ? 1 : state.streak + 1;
  const delay = streak > backoff.free ? Math.min(backoff.maxDelayMinutes, backoff.firstDelayMinutes * 2 ** (streak - backoff.free - 1)) : 0;
  return {
    allowed: true,
    next: { windows, streak, lastAt: now.toISOString(), nextAllowedAt: delay ? new Date(t + delay * 60_000).toISOString() : null },
  };
}

/** 提交太频繁，请 5 分钟后再试。Long waits are said in hours. */
export function rateLimitMessage(retryAfterMinutes: number): string {
  const wait = retryAfterMinutes < 120 ? `${retryAfterMinutes} 分钟` : `${Math.ceil(retryAfterMinutes / 60)} 小时`;
  return `提交太频繁，请 ${wait}后再试。`;
}
