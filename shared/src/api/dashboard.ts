import { z } from '../zodLocale';
import { admins, defineContract } from './contract';
import { DEPARTMENT_ROLES } from '../adminRoles';
import { ZRegionCode } from '../region';
import { REGION_LEVELS } from '../regionCode';
import { TOPICS } from '../topics';
import { DASHBOARD_PERIOD_PATTERN } from '../figures/periods';
import { FIGURE_KEYS, type TFigureKey, type TFigureValue } from '../figures/definitions';

export const ZDashboardPeriod = z.string().regex(DASHBOARD_PERIOD_PATTERN, { error: '期间格式应为 2026-11（月）、2026-Q4（季度）或 2026（年度）' }).meta({ label: '统计期间' });

export const dashboardActions = {
  /**
   * The figures of one region (the admin's own when absent) and period: the
   * region's totals, one row per region one level down, the months of the
   * period's year up to it, topics against the previous period, and the ten
   * worst villages (county and below) or townships (city, province) per figure.
   */
  overview: z.object({ regionCode: ZRegionCode.optional(), period: ZDashboardPeriod }),
} as const;

const ZRegionRef = z.strictObject({ code: z.string(), name: z.string(), level: z.enum(REGION_LEVELS) });

const ZFigureValue = z.strictObject({ value: z.number().nullable(), base: z.number() });
const ZFigures = z.strictObject(Object.fromEntries(FIGURE_KEYS.map((k) => [k, ZFigureValue])) as Record<TFigureKey, typeof ZFigureValue>);

export const ZFigureRow = ZRegionRef.extend({ villages: z.number().int(), figures: ZFigures }).strict();
export type TFigureRow = z.infer<typeof ZFigureRow>;

export const ZDashboardOverview = z.strictObject({
  region: ZRegionRef,
  /** From the admin's own region down to this one, for the drill-down's way back. */
  breadcrumb: z.array(ZRegionRef),
  period: z.string(),
  periodLabel: z.string(),
  /** Set for department staff: every item figure is of their department's items only. */
  department: z.string().nullable(),
  childLevel: z.enum(REGION_LEVELS).nullable(),
  total: ZFigureRow,
  children: z.array(ZFigureRow),
  trend: z.array(z.strictObject({ period: z.string(), figures: ZFigures })),
  topics: z.array(z.strictObject({ topic: z.enum(TOPICS), messages: z.number().int(), hotline: z.number().int(), previousMessages: z.number().int(), previousHotline: z.number().int() })),
  worst: z.array(
    z.strictObject({
      figure: z.enum(FIGURE_KEYS),
      level: z.enum(REGION_LEVELS),
      items: z.array(ZRegionRef.extend({ value: z.number(), base: z.number() }).strict()),
    }),
  ),
});
export type TDashboardOverview = z.infer<typeof ZDashboardOverview>;
export type { TFigureValue };

/** Everyone who supervises a region: townships over their villages, the discipline commissions, the departments over their items. */
export const DASHBOARD_CALLERS = admins(
  ['township_reviewer', 'county_supervisor', 'city_supervisor', 'province_supervisor', ...DEPARTMENT_ROLES],
  '统计分析只对乡镇（街道）、纪委监委和职能部门的账号开放。',
);

export const dashboardContract = defineContract('dashboard', {
  overview: { input: dashboardActions.overview, output: ZDashboardOverview, callers: DASHBOARD_CALLERS },
});
