import { periodContaining, periodEndExclusive, periodLabel } from '../dueSchedule';

/**
 * Periods of the dashboard: a month (2026-11), a quarter (2026-Q4) or a year
 * (2026). Rollups are kept for each of them and for `all` (since the start),
 * so a figure of any period is read from its own rollups, and counts of
 * distinct villages need no summing across months.
 */
export const DASHBOARD_PERIOD_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/;
export const ALL_TIME = 'all';

export type TDashboardPeriodKind = 'month' | 'quarter' | 'year';

export function dashboardPeriodKind(period: string): TDashboardPeriodKind {
  if (period.length === 4) return 'year';
  return period.includes('Q') ? 'quarter' : 'month';
}

/** The rollup periods a day (YYYY-MM-DD or an ISO time, read in China time by the caller) counts in. */
export function rollupPeriodsOf(day: string): string[] {
  return [periodContaining('monthly', day), periodContaining('quarterly', day), periodContaining('yearly', day), ALL_TIME];
}

/** The months of a period, in order: 12 for a year, 3 for a quarter, 1 for a month. */
export function monthsOf(period: string): string[] {
  const year = Number(period.slice(0, 4));
  const kind = dashboardPeriodKind(period);
  const first = kind === 'year' ? 1 : kind === 'quarter' ? (Number(period.slice(6)) - 1) * 3 + 1 : Number(period.slice(5));
  const length = kind === 'year' ? 12 : kind === 'quarter' ? 3 : 1;
  return Array.from({ length }, (_, i) => `${year}-${String(first + i).padStart(2, '0')}`);
}

/** The month, quarter or year before, for month-over-month (and quarter-over-quarter) comparison. */
export function previousDashboardPeriod(period: string): string {
  const year = Number(period.slice(0, 4));
  switch (dashboardPeriodKind(period)) {
    case 'year':
      return String(year - 1);
    case 'quarter': {
      const q = Number(period.slice(6));
      return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
    }
    default: {
      const m = Number(period.slice(5));
      return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
    }
  }
}

/** A period has begun when its first day is on or before today; later ones are refused. */
export function dashboardPeriodHasBegun(period: string, today: string): boolean {
  return `${monthsOf(period)[0]}-01` <= today;
}

/** The last day of the period (YYYY-MM-DD). */
export function lastDayOf(period: string): string {
  const next = new Date(`${periodEndExclusive(period)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() - 1);
  return next.toISOString().slice(0, 10);
}

export const dashboardPeriodLabel = periodLabel;

const monthOf = (day: string) => day.slice(0, 7);

/**
 * The rollup periods that together cover the time after `period` up to
 * `today`: the later months of its year (up to this month), then each later
 * year (this year's up to now). A cumulative figure at the end of `period`
 * is its `all` value less the sum over these.
 */
export function periodsAfter(period: string, today: string): string[] {
  const year = Number(period.slice(0, 4));
  const currentYear = Number(today.slice(0, 4));
  const last = monthsOf(period).at(-1)!;
  const restOfYear = monthsOf(String(year)).filter((m) => m > last && m <= monthOf(today));
  const laterYears = Array.from({ length: Math.max(0, currentYear - year) }, (_, i) => String(year + 1 + i));
  return [...restOfYear, ...laterYears];
}

/** The months shown in a period's trend: its year's from January through its last month, none after this one. */
export function trendMonthsOf(period: string, today: string): string[] {
  const last = monthsOf(period).at(-1)!;
  return monthsOf(period.slice(0, 4)).filter((m) => m <= last && m <= monthOf(today));
}

/** The first day of the period (YYYY-MM-DD). */
export const firstDayOf = (period: string): string => `${monthsOf(period)[0]}-01`;
