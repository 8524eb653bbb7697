import {
  adminAuthContract,
  CATALOG,
  departmentContract,
  disclosureContract,
  periodicRhythmOf,
  villageKindFromName,
  type TDepartment,
  type TDepartmentItemRow,
  type TDepartmentItemsRequest,
  type TDepartmentVillagesRequest,
} from '@sunshine/shared';
import { CLOUD_FUNCTIONS } from '../src/functions';
import { readChinaDivision } from '../src/local/chinaDivision';
import { DEMO_PASSWORD } from '../src/local/demoData';
import { createAdmin } from '../src/services/admin/adminAuth';
import { withDemoAdmins } from './support/demo';
import { callAsResident, callHttp, dataOf, withRequestId } from './support/invoke';
import { allowanceList, publish } from './support/publishing';
import { loadRegions, openTestRuntime, type TTestRuntime } from './support/testRuntime';

const { catalog, feedback, filing, review, disclosure, disclosureComment } = CLOUD_FUNCTIONS;
const COUNTY = '210124000000'; // 法库县
const TOWNSHIP = '210124101000'; // 大孤家子镇
const VILLAGE = '210124101200'; // 大孤家子村
const NEIGHBOUR = '210124101201'; // 拉马桥村
const KANGPING = '210123000000'; // 康平县, another county of 沈阳市

/** 2026-01-20 in China: the 2025-Q4 lists were due 2026-01-12, so a village without one is overdue. */
const NOW = new Date('2026-01-20T02:00:00Z');

let runtime: TTestRuntime;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

/** Counted from the division files themselves, not from the store the service reads. */
const division = readChinaDivision();
const villagesUnder = (prefix: string) => division.villages.filter((v) => v.code.startsWith(prefix));
const COUNTY_VILLAGES = villagesUnder('210124').length;
const COUNTY_COMMUNITIES = villagesUnder('210124').filter((v) => villageKindFromName(v.name) === 'community').length;
const TOWNSHIP_VILLAGES = villagesUnder('210124101').length;

/** The province items of a department that are due per period, in catalog order. */
const periodicItemsOf = (department: TDepartment) => CATALOG.filter((i) => i.department === department && periodicRhythmOf(i)).map((i) => i.id);

let seq = 0;
const listFor = (catalogItemId: string, title: string, extra: object = {}) => ({ ...allowanceList(), requestId: `dept-${seq++}-abcdefgh`, catalogItemId, title, period: '2025-Q4', ...extra });

const items = (token: string, input: TDepartmentItemsRequest = {}) => callHttp(runtime, departmentContract.items, input, token);
const villages = (token: string, input: TDepartmentVillagesRequest) => callHttp(runtime, departmentContract.villages, input, token);
const rowOf = (rows: TDepartmentItemRow[], id: string) => rows.find((r) => r.catalogItemId === id)!;
const rate = (openid: string, disclosureId: string, rating: string) =>
  callAsResident(runtime, feedback, { action: 'rate', input: withRequestId({ disclosureId, rating }) }, openid);

beforeAll(async () => {
  runtime = openTestRuntime();
  runtime.services.now = () => NOW;
  const signIn = await withDemoAdmins(runtime);
  await loadRegions(runtime, '210123');
  await createAdmin(runtime.services, { username: 'kangping_minzheng', displayName: '康平县民政局', role: 'county_department', regionCode: KANGPING, department: 'civilAffairs', password: DEMO_PASSWORD });
  await createAdmin(runtime.services, { username: 'shenyang_minzheng', displayName: '沈阳市民政局', role: 'city_department', regionCode: '210100000000', department: 'civilAffairs', password: DEMO_PASSWORD });
  for (const name of ['dagujiazi', 'lamaqiao', 'dagujiazi_zhen', 'faku_jiwei', 'faku_minzheng', 'faku_zuzhibu', 'faku_nongye', 'kangping_minzheng', 'shenyang_minzheng', 'shenyang_jiwei', 'liaoning_jiwei']) {
    tokens[name] = await signIn(name);
  }
  // 大孤家子村: its 2025-Q4 低保 list published and rated; its 三会一课 (组织部) published; its relief list out for comment.
  ids.allowance = (await publish(runtime, tokens.dagujiazi, tokens.dagujiazi_zhen, listFor('village-subsistence-allowance', '2025 年第四季度低保名单'))).id;
  for (const [openid, rating] of [['r1', 'satisfied'], ['r2', 'satisfied'], ['r3', 'dissatisfied']]) dataOf(await rate(openid, ids.allowance, rating));
  ids.meetings = (await publish(runtime, tokens.dagujiazi, tokens.dagujiazi_zhen, { ...listFor('party-meetings', '2025 年第四季度三会一课'), rows: [] })).id;
  const relief = dataOf(await callHttp(runtime, disclosure, 'create', listFor('village-relief-funds', '2025 年冬季救助款物发放（征求意见稿）'), tokens.dagujiazi));
  dataOf(await callHttp(runtime, disclosure, 'submit', { id: relief.id, commentDays: 7 }, tokens.dagujiazi));
  dataOf(await callHttp(runtime, review, 'approve', { id: relief.id }, tokens.dagujiazi_zhen));
  for (const text of ['建议把发放时间写清楚', '名单里少了东头的老李家']) {
    dataOf(await callAsResident(runtime, disclosureComment, { action: 'submit', input: withRequestId({ disclosureId: relief.id, text }) }, `c-${text.length}`));
  }
  ids.relief = relief.id;
  // 拉马桥村: no 低保 this quarter, filed and approved.
  const filed = dataOf(await callHttp(runtime, filing, 'file', { villageCode: NEIGHBOUR, catalogItemId: 'village-subsistence-allowance', period: '2025-Q4', reason: '本村本季度无新增和变更的低保对象' }, tokens.lamaqiao));
  dataOf(await callHttp(runtime, filing, 'approve', { id: filed.id }, tokens.dagujiazi_zhen));
  ids.filing = filed.id;
});
afterAll(() => runtime.close());

describe('every tier signs in', () => {
  it('as the city and province commissions, each seeing the disclosures of its region', async () => {
    for (const [name, role, regionCode] of [['shenyang_jiwei', 'city_supervisor', '210100000000'], ['liaoning_jiwei', 'province_supervisor', '210000000000']] as const) {
      const me = dataOf(await callHttp(runtime, adminAuthContract.me, {}, tokens[name]));
      expect(me).toMatchObject({ role, regionCode });
      expect(me).not.toHaveProperty('department');
      const list = dataOf(await callHttp(runtime, disclosureContract.list, { pageSize: 50 }, tokens[name]));
      expect(list.items.map((d) => d.id).sort()).toEqual([ids.allowance, ids.meetings, ids.relief].sort());
    }
  });

  it('as a county department, with its department on the session', async () => {
    expect(dataOf(await callHttp(runtime, adminAuthContract.me, {}, tokens.faku_minzheng))).toMatchObject({ role: 'county_department', regionCode: COUNTY, department: 'civilAffairs' });
  });

  it('only when a department account names its department and no other account does', async () => {
    const base = { displayName: '测试账号', regionCode: COUNTY, password: DEMO_PASSWORD };
    await expect(createAdmin(runtime.services, { ...base, username: 'no_department', role: 'county_department' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: '县（区）职能部门账号必须指定所属部门' });
    await expect(createAdmin(runtime.services, { ...base, username: 'odd_supervisor', role: 'county_supervisor', department: 'finance' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await runtime.store.get('admins', 'no_department')).toBeNull();
    expect(await runtime.store.get('admins', 'odd_supervisor')).toBeNull();
  });
});

describe('a department sees only its own items', () => {
  it('in the disclosures of its region, and is refused another department’s by name', async () => {
    const list = dataOf(await callHttp(runtime, disclosureContract.list, { pageSize: 50 }, tokens.faku_minzheng));
    expect(list.items.map((d) => d.id).sort()).toEqual([ids.allowance, ids.relief].sort());
    expect(list.total).toBe(2);
    const party = dataOf(await callHttp(runtime, disclosureContract.list, { pageSize: 50 }, tokens.faku_zuzhibu));
    expect(party.items.map((d) => d.id)).toEqual([ids.meetings]);
    const refused = await callHttp(runtime, disclosureContract.get, { id: ids.meetings }, tokens.faku_minzheng);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '这个事项由组织部负责，民政局账号只能查看本部门的事项。' } });
    expect(JSON.stringify(refused)).not.toContain('三会一课');
    const rows = await callHttp(runtime, disclosureContract.rows, { id: ids.meetings }, tokens.faku_minzheng);
    expect(rows).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dataOf(await callHttp(runtime, disclosureContract.get, { id: ids.allowance }, tokens.faku_minzheng)).id).toBe(ids.allowance);
    // Another county's department sees none of it.
    expect(await callHttp(runtime, disclosureContract.get, { id: ids.allowance }, tokens.kangping_minzheng)).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
  });

  it('lists its periodic items across the county, each with counts of the villages behind it', async () => {
    const page = dataOf(await items(tokens.faku_minzheng, { pageSize: 100 }));
    expect(page.scope).toMatchObject({ department: 'civilAffairs', departmentName: '民政局', regionCode: COUNTY, regionName: '法库县', villages: COUNTY_VILLAGES, today: '2026-01-20' });
    expect(page.items.items.map((r) => r.catalogItemId)).toEqual(periodicItemsOf('civilAffairs'));
    expect(page.items.total).toBe(periodicItemsOf('civilAffairs').length);

    const allowance = rowOf(page.items.items, 'village-subsistence-allowance');
    expect(allowance).toEqual({
      catalogItemId: 'village-subsistence-allowance',
      catalogItemTitle: '低保、特困、残疾人补贴名单',
      category: 'village',
      domain: '民生保障',
      rhythm: 'quarterly',
      period: '2025-Q4',
      periodLabel: '2025 年第四季度',
      dueDate: '2026-01-12',
      due: COUNTY_VILLAGES,
      published: 1,
      filed: 1,
      pending: 0,
      overdue: COUNTY_VILLAGES - 2,
      missing: 0,
      comments: 0,
      ratings: { count: 3, satisfied: 2, satisfiedShare: 2 / 3 },
    });
    expect(rowOf(page.items.items, 'village-relief-funds')).toMatchObject({ due: COUNTY_VILLAGES, published: 0, pending: 1, overdue: COUNTY_VILLAGES - 1, comments: 2, ratings: { count: 0, satisfiedShare: null } });
    // 被征地人员养老保障 applies to 村 only: the county's 社区 owe nothing.
    expect(rowOf(page.items.items, 'village-land-pension').due).toBe(COUNTY_VILLAGES - COUNTY_COMMUNITIES);
  });

  it('pages its items and narrows them to a township', async () => {
    const first = dataOf(await items(tokens.faku_minzheng, { page: 1, pageSize: 3 }));
    const second = dataOf(await items(tokens.faku_minzheng, { page: 2, pageSize: 3 }));
    expect(first.items.items.map((r) => r.catalogItemId)).toEqual(periodicItemsOf('civilAffairs').slice(0, 3));
    expect(second.items.items.map((r) => r.catalogItemId)).toEqual(periodicItemsOf('civilAffairs').slice(3, 6));
    const township = dataOf(await items(tokens.faku_minzheng, { regionCode: TOWNSHIP, catalogItemId: 'village-subsistence-allowance' }));
    expect(township.scope).toMatchObject({ regionCode: TOWNSHIP, regionName: '大孤家子镇', villages: TOWNSHIP_VILLAGES });
    expect(township.items.items).toEqual([expect.objectContaining({ due: TOWNSHIP_VILLAGES, published: 1, filed: 1, overdue: TOWNSHIP_VILLAGES - 2 })]);
  });

  it('counts a period asked for, and refuses one not begun or malformed', async () => {
    const december = dataOf(await items(tokens.faku_minzheng, { period: '2025-12' }));
    // The monthly items of 民政 are the community heating module's: due in 社区 only.
    expect(december.items.items.map((r) => r.catalogItemId)).toEqual(CATALOG.filter((i) => i.department === 'civilAffairs' && i.rhythm.kind === 'monthly').map((i) => i.id));
    expect(december.items.items.every((r) => r.period === '2025-12' && r.due === COUNTY_COMMUNITIES)).toBe(true);
    const q4 = dataOf(await items(tokens.faku_minzheng, { period: '2025-Q4', catalogItemId: 'village-subsistence-allowance' }));
    expect(q4.items.items[0]).toMatchObject({ published: 1, filed: 1 });
    const q3 = dataOf(await items(tokens.faku_minzheng, { period: '2025-Q3', catalogItemId: 'village-subsistence-allowance' }));
    expect(q3.items.items[0]).toMatchObject({ period: '2025-Q3', published: 0, filed: 0, overdue: COUNTY_VILLAGES });
    for (const period of ['2026-Q2', '2027', '2026-02']) {
      expect(await items(tokens.faku_minzheng, { period })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'period' }] } });
    }
    expect(await items(tokens.faku_minzheng, { period: '2026-13' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'period' }] } });
    expect(await items(tokens.faku_minzheng, { period: '2025-12', catalogItemId: 'village-subsistence-allowance' })).toMatchObject({ ok: false, error: { code: 'PERIOD_NOT_IN_RHYTHM' } });
  });

  it('drills into an item: the villages, overdue first, each with its disclosure or filing', async () => {
    const all = dataOf(await villages(tokens.faku_minzheng, { catalogItemId: 'village-subsistence-allowance', pageSize: 100 }));
    expect(all.villages.total).toBe(COUNTY_VILLAGES);
    expect(all.item).toMatchObject({ published: 1, filed: 1 });
    const statuses = all.villages.items.map((v) => v.status);
    expect(statuses.every((s) => s === 'overdue')).toBe(true);
    const published = dataOf(await villages(tokens.faku_minzheng, { catalogItemId: 'village-subsistence-allowance', status: 'published' }));
    expect(published.villages.items).toEqual([
      {
        villageCode: VILLAGE,
        villageName: '大孤家子村',
        townshipName: '大孤家子镇',
        status: 'published',
        disclosureId: ids.allowance,
        publishedAt: expect.any(String),
        filing: null,
        comments: 0,
        ratings: { count: 3, satisfied: 2, satisfiedShare: 2 / 3 },
      },
    ]);
    const filed = dataOf(await villages(tokens.faku_minzheng, { catalogItemId: 'village-subsistence-allowance', status: 'filed' }));
    expect(filed.villages.items).toEqual([expect.objectContaining({ villageCode: NEIGHBOUR, status: 'filed', disclosureId: null, filing: { id: ids.filing, status: 'approved' } })]);
    const lastPage = dataOf(await villages(tokens.faku_minzheng, { catalogItemId: 'village-subsistence-allowance', page: Math.ceil(COUNTY_VILLAGES / 20), pageSize: 20 }));
    expect(lastPage.villages.items.at(-1)?.status).toBe('published');
  });

  it('gets a typed error and nothing else for another department’s item or a region outside its own', async () => {
    for (const call of [
      items(tokens.faku_minzheng, { catalogItemId: 'party-meetings' }),
      villages(tokens.faku_minzheng, { catalogItemId: 'party-meetings' }),
    ]) {
      const refused = await call;
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '这个事项由组织部负责，民政局账号只能查看本部门的事项。' } });
      expect(Object.keys(refused)).toEqual(['ok', 'error', 'status']);
    }
    for (const regionCode of [KANGPING, '210123101000', '210000000000']) {
      const refused = await items(tokens.faku_minzheng, { regionCode });
      expect(refused).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE', issues: [{ field: 'regionCode' }] } });
      expect(JSON.stringify(refused)).not.toMatch(/康平|catalogItemId/);
    }
    expect(await villages(tokens.faku_minzheng, { catalogItemId: 'no-such-item' })).toMatchObject({ ok: false, error: { code: 'CATALOG_ITEM_NOT_FOUND' } });
    expect(await items(tokens.faku_minzheng, { catalogItemId: 'village-charter' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'catalogItemId' }] } });
  });

  it('is the organisation department’s and agriculture bureau’s own items for them', async () => {
    const party = dataOf(await items(tokens.faku_zuzhibu, { pageSize: 100 }));
    expect(party.items.items.map((r) => r.catalogItemId)).toEqual(periodicItemsOf('organization'));
    expect(rowOf(party.items.items, 'party-meetings')).toMatchObject({ published: 1, overdue: COUNTY_VILLAGES - 1 });
    const farm = dataOf(await items(tokens.faku_nongye, { pageSize: 100 }));
    expect(farm.items.items.map((r) => r.catalogItemId)).toEqual(periodicItemsOf('agriculture'));
  });

  it('is refused to every other role, and to a city department until it names a county', async () => {
    for (const name of ['faku_jiwei', 'shenyang_jiwei', 'dagujiazi_zhen']) {
      expect(await items(tokens[name])).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '部门事项只对职能部门账号开放。' } });
    }
    expect(await items(tokens.shenyang_minzheng)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'regionCode' }] } });
    const faku = dataOf(await items(tokens.shenyang_minzheng, { regionCode: COUNTY, catalogItemId: 'village-subsistence-allowance' }));
    expect(faku.items.items[0]).toMatchObject({ due: COUNTY_VILLAGES, published: 1, filed: 1 });
  });
});

describe('a county’s own items', () => {
  it('carry the department the form chose, else their category’s', async () => {
    const base = { category: 'village', elements: ['巡查次数'], rhythm: { kind: 'quarterly', dueDay: 15 }, appliesTo: 'both', legalBasis: '法库县工作方案', audience: 'public', hasPersonalData: false } as const;
    const chosen = dataOf(await callHttp(runtime, catalog, 'localCreate', { ...base, slug: 'field-patrol', title: '高标准农田管护情况', domain: '农业生产', department: 'agriculture' }, tokens.faku_jiwei));
    expect(chosen.department).toBe('agriculture');
    const derived = dataOf(await callHttp(runtime, catalog, 'localCreate', { ...base, slug: 'elder-visits', title: '高龄老人走访情况', domain: '民生保障' }, tokens.faku_jiwei));
    expect(derived.department).toBe('civilAffairs');

    const farm = dataOf(await items(tokens.faku_nongye, { pageSize: 100 }));
    expect(farm.items.items.map((r) => r.catalogItemId)).toEqual([...periodicItemsOf('agriculture'), chosen.id]);
    expect(rowOf(farm.items.items, chosen.id)).toMatchObject({ due: COUNTY_VILLAGES, overdue: COUNTY_VILLAGES, period: '2025-Q4' });
    const civil = dataOf(await items(tokens.faku_minzheng, { pageSize: 100 }));
    expect(civil.items.items.map((r) => r.catalogItemId)).toContain(derived.id);
    expect(civil.items.items.map((r) => r.catalogItemId)).not.toContain(chosen.id);
    expect(await items(tokens.faku_minzheng, { catalogItemId: chosen.id })).toMatchObject({ ok: false, error: { code: 'CATALOG_ITEM_NOT_FOUND' } });
    // A disclosure of the county's item is the agriculture bureau's, not civil affairs', though its category is 村务.
    const patrol = await publish(runtime, tokens.dagujiazi, tokens.dagujiazi_zhen, { ...listFor(chosen.id, '2025 年第四季度农田管护'), rows: [] });
    expect(dataOf(await callHttp(runtime, disclosureContract.get, { id: patrol.id }, tokens.faku_nongye)).id).toBe(patrol.id);
    expect(await callHttp(runtime, disclosureContract.get, { id: patrol.id }, tokens.faku_minzheng)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
