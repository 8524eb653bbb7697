import {
  chinaDateOf,
  DEFAULT_WORKING_CALENDAR,
  FIGURE_KEYS,
  FIGURES,
  TOPICS,
  type TAdminPrincipal,
  type TAdminRole,
  type TDashboardOverview,
  type TFigureKey,
} from '@sunshine/shared';
import { dashboardOverview } from '../src/services/figures/dashboard';
import { CITY, FAKU, KANGPING, PROVINCE, seedFiguresWorld } from './support/figuresWorld';
import { expectedFigures, loadRecords, prefixOf, type TRecords } from './support/figuresExpected';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

/**
 * Every figure of the dashboard, at every level, against counts taken
 * straight from the records the services wrote (support/figuresExpected).
 */
let runtime: TTestRuntime;
let records: TRecords;
let now: Date;

const admin = (role: TAdminRole, regionCode: string): TAdminPrincipal => ({ id: `t-${role}`, username: `t-${role}`, displayName: role, role, regionCode, regionName: '' });
const PROVINCE_ADMIN = admin('province_supervisor', PROVINCE);

beforeAll(async () => {
  runtime = openTestRuntime();
  await seedFiguresWorld(runtime, 11, 420);
  records = await loadRecords(runtime.store);
  now = runtime.services.now();
}, 120_000);
afterAll(() => runtime.close());

const thisMonth = () => chinaDateOf(now).slice(0, 7);
const overview = (regionCode: string, period: string, who = PROVINCE_ADMIN) => dashboardOverview(runtime.services, who, { regionCode, period });

function expectFigures(actual: TDashboardOverview['total']['figures'], code: string, period: string) {
  const expected = expectedFigures(records, prefixOf(code), period, now, DEFAULT_WORKING_CALENDAR);
  for (const key of FIGURE_KEYS) {
    const { value, base } = actual[key];
    const want = expected[key];
    expect({ key, code, period, base }).toEqual({ key, code, period, base: want.base });
    if (want.value === null || value === null) expect({ key, code, period, value }).toEqual({ key, code, period, value: want.value });
    else expect(value).toBeCloseTo(want.value, 9);
  }
}

/** The worst ten as the definitions say: worse first, then more to go on, then by code; only regions with a base. */
function expectWorst(dashboard: TDashboardOverview, candidates: string[], period: string) {
  const figures = new Map(candidates.map((code) => [code, expectedFigures(records, prefixOf(code), period, now, DEFAULT_WORKING_CALENDAR)]));
  for (const { figure, items } of dashboard.worst) {
    const direction = FIGURES[figure].worseWhen === 'lower' ? 1 : -1;
    const want = candidates
      .map((code) => ({ code, ...figures.get(code)![figure as TFigureKey] }))
      .filter((r) => r.value !== null && r.base > 0)
      .sort((a, b) => direction * (a.value! - b.value!) || b.base - a.base || a.code.localeCompare(b.code))
      .slice(0, 10);
    expect({ figure, items: items.map((i) => [i.code, i.base]) }).toEqual({ figure, items: want.map((w) => [w.code, w.base]) });
  }
  expect(dashboard.worst.map((w) => w.figure)).toEqual(FIGURE_KEYS.filter((k) => FIGURES[k].worseWhen !== null));
}

const villagesOf = (prefix: string) => records.villages.filter((v) => v.code.startsWith(prefix)).map((v) => v.code).sort();

describe.each([
  ['this month', () => thisMonth()],
  ['last month', () => (Number(thisMonth().slice(5)) === 1 ? `${Number(thisMonth().slice(0, 4)) - 1}-12` : `${thisMonth().slice(0, 4)}-${String(Number(thisMonth().slice(5)) - 1).padStart(2, '0')}`)],
  ['this quarter', () => `${thisMonth().slice(0, 4)}-Q${Math.ceil(Number(thisMonth().slice(5)) / 3)}`],
  ['this year', () => thisMonth().slice(0, 4)],
])('figures of %s', (_, periodOf) => {
  it('at the county: its total, every township and the ten worst villages', async () => {
    const period = periodOf();
    const d = await overview(FAKU, period);
    expect(d.childLevel).toBe('township');
    expectFigures(d.total.figures, FAKU, period);
    expect(d.total.villages).toBe(villagesOf('210124').length);
    expect(d.children.length).toBeGreaterThan(10);
    for (const child of d.children) {
      expectFigures(child.figures, child.code, period);
      expect(child.villages).toBe(villagesOf(prefixOf(child.code)).length);
    }
    expectWorst(d, villagesOf('210124'), period);
  });

  it('at a township: its total and every village', async () => {
    const period = periodOf();
    const d = await overview('210124101000', period);
    expect(d.childLevel).toBe('village');
    expectFigures(d.total.figures, '210124101000', period);
    expect(d.children.map((c) => c.code)).toEqual(villagesOf('210124101'));
    for (const child of d.children) expectFigures(child.figures, child.code, period);
    expectWorst(d, villagesOf('210124101'), period);
  });

  it('at each village the world works in', async () => {
    const period = periodOf();
    for (const village of ['210124101', '210124102', '210124001', '210123100'].flatMap((t) => villagesOf(t).slice(0, 2))) {
      const d = await overview(village, period);
      expect(d.childLevel).toBeNull();
      expect(d.children).toEqual([]);
      expect(d.worst).toEqual([]);
      expectFigures(d.total.figures, village, period);
    }
  });

  it('at the city and the province, by county and by city, the worst townships among all', async () => {
    const period = periodOf();
    const city = await overview(CITY, period);
    expectFigures(city.total.figures, CITY, period);
    for (const code of [FAKU, KANGPING]) expectFigures(city.children.find((c) => c.code === code)!.figures, code, period);
    const townships = [...new Set(records.villages.filter((v) => v.code.startsWith('2101')).map((v) => v.parentCode!))];
    expectWorst(city, townships, period);
    const province = await overview(PROVINCE, period);
    expect(province.childLevel).toBe('city');
    expectFigures(province.total.figures, PROVINCE, period);
    expectFigures(province.children.find((c) => c.code === CITY)!.figures, CITY, period);
  });
});

describe('the trend and the topics', () => {
  it('has the figures of every month of the year up to the period', async () => {
    const year = thisMonth().slice(0, 4);
    const d = await overview(FAKU, `${year}-Q${Math.ceil(Number(thisMonth().slice(5)) / 3)}`);
    expect(d.trend.map((t) => t.period)).toEqual(Array.from({ length: Number(thisMonth().slice(5)) }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).slice(0, d.trend.length));
    for (const month of d.trend) {
      const { hotlineStuck, ...rest } = month.figures;
      expect(hotlineStuck.value).toBeNull();
      const expected = expectedFigures(records, '210124', month.period, now, DEFAULT_WORKING_CALENDAR);
      for (const key of Object.keys(rest) as TFigureKey[]) {
        expect({ key, month: month.period, base: rest[key as keyof typeof rest].base }).toEqual({ key, month: month.period, base: expected[key].base });
      }
    }
  });

  it('counts 12345 topics of the period and the one before', async () => {
    const period = thisMonth();
    const d = await overview(FAKU, period);
    const of = (p: string, topic: string) => records.hotline.filter((o) => o.countyCode === FAKU && chinaDateOf(new Date(o.createdAt)).startsWith(p) && o.topics.includes(topic)).length;
    const previous = d.trend.at(-2)?.period;
    for (const t of d.topics) {
      expect([t.topic, t.hotline]).toEqual([t.topic, of(period, t.topic)]);
      if (previous) expect([t.topic, t.previousHotline]).toEqual([t.topic, of(previous, t.topic)]);
    }
    expect(d.topics.map((t) => t.topic)).toEqual(TOPICS);
    expect(d.topics.some((t) => t.hotline + t.previousHotline > 0)).toBe(true);
  });
});

describe('who sees what', () => {
  it('starts at the admin’s own region and leads back to it', async () => {
    const county = admin('county_supervisor', FAKU);
    const own = await dashboardOverview(runtime.services, county, { period: thisMonth() });
    expect(own.region).toMatchObject({ code: FAKU, level: 'county', name: '法库县' });
    const down = await dashboardOverview(runtime.services, county, { regionCode: villagesOf('210124101')[0], period: thisMonth() });
    expect(down.breadcrumb.map((b) => b.level)).toEqual(['county', 'township', 'village']);
    expect(down.breadcrumb[1]).toMatchObject({ code: '210124101000', name: '大孤家子镇' });
  });

  it('refuses a region outside the admin’s, a period not begun and a malformed one', async () => {
    const county = admin('county_supervisor', FAKU);
    await expect(dashboardOverview(runtime.services, county, { regionCode: KANGPING, period: thisMonth() })).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    await expect(dashboardOverview(runtime.services, admin('township_reviewer', '210124101000'), { regionCode: '210124102000', period: thisMonth() })).rejects.toMatchObject({ code: 'OUT_OF_SCOPE' });
    const nextYear = String(Number(thisMonth().slice(0, 4)) + 1);
    await expect(dashboardOverview(runtime.services, county, { period: nextYear })).rejects.toMatchObject({ code: 'INVALID_INPUT', issues: [{ field: 'period', message: expect.stringContaining('统计期间') }] });
    await expect(dashboardOverview(runtime.services, county, { period: `${nextYear}-01` })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('gives department staff their department’s share of item figures and none of the others', async () => {
    // Department roles arrive with their own work; the dashboard already reads the principal's department.
    const staff = { ...admin('county_supervisor', FAKU), department: 'civilAffairs' } as TAdminPrincipal;
    const d = await dashboardOverview(runtime.services, staff, { period: thisMonth().slice(0, 4) });
    expect(d.department).toBe('civilAffairs');
    for (const key of FIGURE_KEYS) if (!FIGURES[key].byDepartment) expect([key, d.total.figures[key].value]).toEqual([key, null]);
    expect(d.total.figures.coverage.base).toBe(d.total.villages);
  });

  it('never names a resident', async () => {
    const d = JSON.stringify(await overview(FAKU, thisMonth().slice(0, 4)));
    for (const r of records.residents) if (r.maskedName) expect(d).not.toContain(r.maskedName);
    // Every ID number of the world's residents has their birth date 1970-01-01 in it.
    expect(d).not.toContain('19700101');
    expect(d).not.toContain('openid');
  });
});
