import { useSearchParams } from 'react-router-dom';
import { chinaDateOf, DASHBOARD_PERIOD_PATTERN, latestEndedPeriod, monthsOf, periodContaining, type TDashboardPeriodKind } from '@sunshine/shared';

export const PERIOD_KIND_NAMES: Record<TDashboardPeriodKind, string> = { month: '月', quarter: '季度', year: '年' };

const RHYTHM_OF = { month: 'monthly', quarter: 'quarterly', year: 'yearly' } as const;

/** Today in China, where every period is counted. */
export const chinaToday = () => chinaDateOf(new Date());

/** The dashboard opens on the last complete month: the current one is still filling. */
export const defaultPeriod = (today: string) => latestEndedPeriod('monthly', today);

/** The period of `kind` that holds the first day of `period`: switching 月 to 季度 keeps the same stretch of time. */
export function periodOfKind(period: string, kind: TDashboardPeriodKind): string {
  return periodContaining(RHYTHM_OF[kind], `${monthsOf(period)[0]}-01`);
}

export interface TDashboardParams {
  /** Absent: the admin's own region. */
  regionCode: string | undefined;
  period: string;
}

/**
 * Region and period live in the address, so a drill-down is a page of the
 * browser's history (back goes one level up) and a link shows the same figures.
 */
export function useDashboardParams(): [TDashboardParams, (change: Partial<TDashboardParams>) => void] {
  const [search, setSearch] = useSearchParams();
  const asked = search.get('period');
  // A malformed period in a hand-edited address is passed on: the platform's message says what is wrong.
  const params: TDashboardParams = { regionCode: search.get('region') ?? undefined, period: asked ?? defaultPeriod(chinaToday()) };

  function update(change: Partial<TDashboardParams>) {
    const next = { ...params, ...change };
    const entries: [string, string][] = [];
    if (next.regionCode) entries.push(['region', next.regionCode]);
    entries.push(['period', next.period]);
    setSearch(entries);
  }

  return [params, update];
}

export const isDashboardPeriod = (period: string) => DASHBOARD_PERIOD_PATTERN.test(period);
