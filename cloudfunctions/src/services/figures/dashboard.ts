import {
  addDays,
  ALL_TIME,
  ancestorCode,
  AppError,
  dashboardPeriodHasBegun,
  dashboardPeriodLabel,
  departmentCounter,
  deriveFigures,
  dueFulfilledOnCounter,
  displayRegionName,
  FIGURE_KEYS,
  FIGURES,
  firstDayOf,
  hotlineTopicCounter,
  isWithinRegion,
  ITEM_COUNTERS,
  lastDayOf,
  messageTopicCounter,
  periodsAfter,
  previousDashboardPeriod,
  REGION_COUNTERS,
  REGION_LEVELS,
  ROLE_LEVEL,
  TOPIC_COUNTERS,
  TOPICS,
  trendMonthsOf,
  type TAdminPrincipal,
  type TCounters,
  type TDashboardOverview,
  type TFigureKey,
  type TFigureRow,
  type TRegionLevel,
} from '@sunshine/shared';
import type { TFilter } from '../../store/DocumentStore';
import type { TRegionDoc } from '../../store/documents';
import { getRegion } from '../regions/regions';
import { todayOf } from '../schedule/schedule';
import { calendarOf, type TServiceContext } from '../serviceContext';
import { DueSlots } from './dueSlots';
import { regionsWithin, regionTreeOf, villagesByCountyWithin, villagesWithin, type TRegionTree, type TVillageKinds } from './regionTree';

/**
 * 统计分析: the figures of a region and period, read from the rollups the
 * store keeps (store/rollups), never from the records. Per request it sums
 * township rollups of the region (a few thousand at most for a province),
 * counts due slots from the catalog per county, and counts the few 12345
 * orders stuck right now.
 */

/** Department staff read their department's item figures; the field arrives with their roles. */
const departmentOf = (admin: TAdminPrincipal): string | null => (admin as TAdminPrincipal & { department?: string }).department ?? null;

const PATH_FIELD: Record<TRegionLevel, string> = {
  province: 'provinceCode',
  city: 'cityCode',
  county: 'countyCode',
  township: 'townshipCode',
  village: 'villageCode',
};

const levelBelow = (level: TRegionLevel): TRegionLevel | null => REGION_LEVELS[REGION_LEVELS.indexOf(level) + 1] ?? null;

/** A region a row is about, with its villages by county and kind (due slots follow the county's catalog). */
interface TEntity {
  code: string;
  name: string;
  level: TRegionLevel;
  villages: number;
  villagesByCounty: Map<string, TVillageKinds>;
}

/** Counters by period, of one region. */
type TCountersByPeriod = Map<string, TCounters>;

function entityAbove(tree: TRegionTree, region: TRegionDoc): TEntity {
  const villagesByCounty = villagesByCountyWithin(tree, region);
  const villages = [...villagesByCounty.values()].reduce((n, k) => n + k.village + k.community, 0);
  return { code: region.code, name: displayRegionName(region.name), level: region.level, villages, villagesByCounty };
}

function villageEntity(village: TRegionDoc): TEntity {
  const kinds: TVillageKinds = { village: 0, community: 0 };
  kinds[village.kind ?? 'village'] = 1;
  return { code: village.code, name: displayRegionName(village.name), level: 'village', villages: 1, villagesByCounty: new Map([[ancestorCode(village.code, 'county'), kinds]]) };
}

/** The counters a row's figures read: with a department, that department's share of every item counter. */
function counterNames(department: string | null): string[] {
  const items = department ? ITEM_COUNTERS.map((n) => departmentCounter(n, department)) : [...ITEM_COUNTERS];
  return [...items, ...REGION_COUNTERS];
}

/** Residents bound is cumulative: read, alone, from `all` and the periods after the one asked. */
const RESIDENTS = ['residentsBound'];

/** Sums rollups of one level matching `where`, by `groupField` (or as one) and period. */
async function sumRollups(
  ctx: TServiceContext,
  level: 'village' | 'township',
  where: readonly TFilter[],
  groupField: string | null,
  periods: readonly string[],
  names: readonly string[],
): Promise<Map<string, TCountersByPeriod>> {
  const groups = await ctx.store.aggregate('figureRollups', {
    where: [['level', '==', level], ...where, ['period', 'in', [...new Set(periods)]]],
    groupBy: groupField ? [groupField, 'period'] : ['period'],
    sum: names.map((n) => `counters.${n}`),
  });
  const byKey = new Map<string, TCountersByPeriod>();
  for (const { group, sums } of groups) {
    const key = groupField ? String(group[groupField]) : '';
    const byPeriod = byKey.get(key) ?? new Map();
    byPeriod.set(String(group.period), Object.fromEntries(names.map((n) => [n, sums[`counters.${n}`] ?? 0])));
    byKey.set(key, byPeriod);
  }
  return byKey;
}

const HOTLINE_WAITING = ['pending', 'retrying'];

/** 12345 orders not with the hotline that should be by now, by village: live, and few. */
async function stuckByVillage(ctx: TServiceContext, region: TRegionDoc): Promise<Map<string, number>> {
  const groups = await ctx.store.aggregate('hotlineOrders', {
    where: [
      [PATH_FIELD[region.level], '==', region.code],
      ['deliveryState', 'in', HOTLINE_WAITING],
      ['overdueAt', '<=', ctx.systemNow().toISOString()],
    ],
    groupBy: ['villageCode'],
    sum: [],
  });
  return new Map(groups.map((g) => [String(g.group.villageCode), g.count]));
}

/** Stuck orders summed into every region above their villages. */
function stuckByRegion(byVillage: ReadonlyMap<string, number>): Map<string, number> {
  const byRegion = new Map<string, number>();
  for (const [village, count] of byVillage) {
    for (const level of REGION_LEVELS) {
      const code = ancestorCode(village, level);
      byRegion.set(code, (byRegion.get(code) ?? 0) + count);
    }
  }
  return byRegion;
}

/** Both answers' counters, by key and period, in one. */
function merged(a: Map<string, TCountersByPeriod>, b: Map<string, TCountersByPeriod>): Map<string, TCountersByPeriod> {
  const result = new Map(a);
  for (const [key, byPeriod] of b) {
    const into = new Map(result.get(key) ?? []);
    for (const [period, counters] of byPeriod) into.set(period, { ...into.get(period), ...counters });
    result.set(key, into);
  }
  return result;
}

export async function dashboardOverview(ctx: TServiceContext, admin: TAdminPrincipal, input: { regionCode?: string; period: string }): Promise<TDashboardOverview> {
  const today = todayOf(ctx);
  const { period } = input;
  if (!dashboardPeriodHasBegun(period, today)) {
    throw new AppError('INVALID_INPUT', { issues: [{ field: 'period', message: `统计期间 ${period} 尚未开始，请选择本期或以前的期间` }] });
  }
  const code = input.regionCode ?? admin.regionCode;
  if (!isWithinRegion(code, admin.regionCode)) throw new AppError('OUT_OF_SCOPE', { issues: [{ field: 'regionCode', message: '不在您管辖的区域内' }] });
  const region = await getRegion(ctx, code);
  const department = departmentOf(admin);
  const tree = await regionTreeOf(ctx, ancestorCode(code, 'province'));
  const level = region.level;
  const childLevel = levelBelow(level);
  const regionWhere: TFilter[] = [[PATH_FIELD[level], '==', code]];

  // Whom the rows are about: the region, its children, and the ten-worst candidates (villages up to a county, townships above).
  const villagesOfRegion = level === 'county' || level === 'township' ? (await villagesWithin(ctx, code)).map(villageEntity) : [];
  const self = level === 'village' ? villageEntity(region) : entityAbove(tree, region);
  const children: TEntity[] =
    childLevel === null ? [] : childLevel === 'village' ? villagesOfRegion : regionsWithin(tree, code, childLevel).map((r) => entityAbove(tree, r));
  const worstLevel: TRegionLevel | null = level === 'county' || level === 'township' ? 'village' : level === 'village' ? null : 'township';
  const worstCandidates = worstLevel === 'village' ? villagesOfRegion : worstLevel === 'township' ? regionsWithin(tree, code, 'township').map((r) => entityAbove(tree, r)) : [];

  // Which rollups: the period, the trend's months and the previous period; for residents bound, `all` less what came after.
  const trendMonths = trendMonthsOf(period, today);
  const previous = previousDashboardPeriod(period);
  const after = periodsAfter(period, today);
  const residentPeriods = [...after, ALL_TIME];
  const rollupLevelOfRegion = level === 'village' ? 'village' : 'township';
  const slots = await DueSlots.load(ctx, [...self.villagesByCounty.keys()], { from: firstDayOf(trendMonths[0] ?? period), to: lastDayOf(period) }, calendarOf(ctx), department);
  // Slots fulfilled ahead of deadlines still to come are left out of the period's fulfilled ones, as those slots are not yet due.
  const ahead = slots.deadlinesIn(addDays(today, 1), lastDayOf(period));
  const itemCounter = (name: Parameters<typeof departmentCounter>[0]) => (department ? departmentCounter(name, department) : name);
  const names = [...counterNames(department), ...ahead.map((d) => itemCounter(dueFulfilledOnCounter(d)))];
  const fulfilled = itemCounter('dueFulfilled');
  const aheadIn = memo((p: string) => ahead.filter((d) => d >= firstDayOf(p) && d <= lastDayOf(p)).map((d) => itemCounter(dueFulfilledOnCounter(d))));
  const dueByToday = (counters: TCounters, p: string): TCounters => {
    const early = aheadIn(p).reduce((n, name) => n + (counters[name] ?? 0), 0);
    return early ? { ...counters, [fulfilled]: (counters[fulfilled] ?? 0) - early } : counters;
  };
  /** A row's counters of the period and its residents bound: two sums, the second of one counter only. */
  const rowsOf = async (rollupLevel: 'village' | 'township', field: string) =>
    merged(await sumRollups(ctx, rollupLevel, regionWhere, field, [period], names), await sumRollups(ctx, rollupLevel, regionWhere, field, residentPeriods, RESIDENTS));
  // Every counter summed costs a JSON read per rollup, so each sum reads only what its figures need.
  const [totals, totalTopics, totalResidents, childCounters, worstCounters, stuck] = await Promise.all([
    sumRollups(ctx, rollupLevelOfRegion, regionWhere, null, [period, ...trendMonths], names),
    sumRollups(ctx, rollupLevelOfRegion, regionWhere, null, [period, previous], TOPIC_COUNTERS),
    sumRollups(ctx, rollupLevelOfRegion, regionWhere, null, [...residentPeriods, ...trendMonths.flatMap((m) => periodsAfter(m, today))], RESIDENTS),
    childLevel ? rowsOf(childLevel === 'village' ? 'village' : 'township', PATH_FIELD[childLevel]) : new Map<string, TCountersByPeriod>(),
    worstLevel && worstLevel !== childLevel ? rowsOf(worstLevel, PATH_FIELD[worstLevel]) : null,
    stuckByVillage(ctx, region).then(stuckByRegion),
  ]);

  const periodFirst = firstDayOf(period);
  const periodDueUpTo = minDay(lastDayOf(period), today);
  const afterOf = memo((p: string) => periodsAfter(p, today));
  const residentsBoundAtEnd = (byPeriod: TCountersByPeriod, p: string) =>
    (byPeriod.get(ALL_TIME)?.residentsBound ?? 0) - afterOf(p).reduce((n, later) => n + (byPeriod.get(later)?.residentsBound ?? 0), 0);
  const rowOf = (entity: TEntity, byPeriod: TCountersByPeriod): TFigureRow => ({
    code: entity.code,
    name: entity.name,
    level: entity.level,
    villages: entity.villages,
    figures: deriveFigures(
      dueByToday(byPeriod.get(period) ?? {}, period),
      {
        villages: entity.villages,
        dueSlots: slots.of(entity.villagesByCounty, periodFirst, periodDueUpTo),
        residentsBound: residentsBoundAtEnd(byPeriod, period),
        hotlineStuck: department ? null : (stuck.get(entity.code) ?? 0),
      },
      department,
    ),
  });

  const totalByPeriod = merged(merged(totals, totalTopics), totalResidents).get('') ?? new Map();
  const childRows = children.map((c) => rowOf(c, childCounters.get(c.code) ?? new Map()));
  const worstRows = worstLevel === childLevel ? childRows : worstCandidates.map((c) => rowOf(c, worstCounters?.get(c.code) ?? new Map()));
  const trend = trendMonths.map((month) => ({
    period: month,
    figures: deriveFigures(
      dueByToday(totalByPeriod.get(month) ?? {}, month),
      {
        villages: self.villages,
        dueSlots: slots.of(self.villagesByCounty, firstDayOf(month), minDay(lastDayOf(month), today)),
        residentsBound: residentsBoundAtEnd(totalByPeriod, month),
        // Stuck is a count of now, not of a month.
        hotlineStuck: null,
      },
      department,
    ),
  }));
  const counterIn = (p: string, name: string) => totalByPeriod.get(p)?.[name] ?? 0;

  return {
    region: { code: region.code, name: self.name, level },
    breadcrumb: breadcrumbOf(tree, region, admin),
    period,
    periodLabel: dashboardPeriodLabel(period),
    department,
    childLevel,
    total: rowOf(self, totalByPeriod),
    children: childRows,
    trend,
    topics: TOPICS.map((topic) => ({
      topic,
      messages: counterIn(period, messageTopicCounter(topic)),
      hotline: counterIn(period, hotlineTopicCounter(topic)),
      previousMessages: counterIn(previous, messageTopicCounter(topic)),
      previousHotline: counterIn(previous, hotlineTopicCounter(topic)),
    })),
    worst: worstLevel ? worstOf(worstRows, worstLevel) : [],
  };
}

const minDay = (a: string, b: string) => (a < b ? a : b);

/** A function of a period worked out once per request (rows ask it the same for a few thousand regions). */
function memo<T>(of: (period: string) => T): (period: string) => T {
  const known = new Map<string, T>();
  return (period) => {
    if (!known.has(period)) known.set(period, of(period));
    return known.get(period)!;
  };
}

/** From the admin's own region down to this one. */
function breadcrumbOf(tree: TRegionTree, region: TRegionDoc, admin: TAdminPrincipal) {
  const from = REGION_LEVELS.indexOf(ROLE_LEVEL[admin.role]);
  const to = REGION_LEVELS.indexOf(region.level);
  return REGION_LEVELS.slice(from, to + 1).map((level) => {
    const code = ancestorCode(region.code, level);
    const doc = level === region.level ? region : tree.regions.get(code);
    return { code, name: displayRegionName(doc?.name ?? code), level };
  });
}

const RANKED = FIGURE_KEYS.filter((k) => FIGURES[k].worseWhen !== null);
const WORST_COUNT = 10;

/** The ten worst regions per ranked figure, among those with something to rank (base > 0); ties go to the larger base. */
function worstOf(rows: readonly TFigureRow[], level: TRegionLevel): TDashboardOverview['worst'] {
  return RANKED.map((figure: TFigureKey) => {
    const direction = FIGURES[figure].worseWhen === 'lower' ? 1 : -1;
    const ranked = rows
      .map((row) => ({ code: row.code, name: row.name, level: row.level, ...row.figures[figure] }))
      .filter((r): r is typeof r & { value: number } => r.value !== null && r.base > 0)
      .sort((a, b) => direction * (a.value - b.value) || b.base - a.base || a.code.localeCompare(b.code));
    return { figure, level, items: ranked.slice(0, WORST_COUNT).map(({ code, name, level: l, value, base }) => ({ code, name, level: l, value, base })) };
  });
}
