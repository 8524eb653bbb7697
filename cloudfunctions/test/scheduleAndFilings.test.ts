import { CLOUD_FUNCTIONS } from '../src/functions';
import { createAdmin } from '../src/services/admin/adminAuth';
import { DEMO_PASSWORD, demoIdNumber } from '../src/local/demoData';
import { callHttp, dataOf } from './support/invoke';
import { withDemoAdmins } from './support/demo';
import { loadRegions, openTestRuntime, type TTestRuntime } from './support/testRuntime';

const { catalog, disclosure, filing, publicDisclosure, review, schedule } = CLOUD_FUNCTIONS;
const VILLAGE = '210124101200'; // 大孤家子村
const NEIGHBOUR = '210124101201'; // 拉马桥村, same township
const COMMUNITY = '210124001001'; // 吉祥社区

let runtime: TTestRuntime;
let tokens: Record<string, string>;

/** 2026-01-20 10:00 in China: 2025-Q4 was due 2026-01-12 (the 10th was a Saturday), so quarterly items are overdue. */
const NOW = new Date('2026-01-20T02:00:00Z');

beforeAll(async () => {
  runtime = openTestRuntime();
  runtime.services.now = () => NOW;
  const signIn = await withDemoAdmins(runtime);
  // A second county of 沈阳市 and the city itself, to show local items stay in their own region.
  expect(await loadRegions(runtime, '210123')).toBeGreaterThan(10);
  await createAdmin(runtime.services, { username: 'kangping_jiwei', displayName: '康平县督导员', role: 'county_supervisor', regionCode: '210123000000', password: DEMO_PASSWORD });
  await createAdmin(runtime.services, { username: 'shenyang_shi', displayName: '沈阳市督导员', role: 'city_supervisor', regionCode: '210100000000', password: DEMO_PASSWORD });
  tokens = {};
  for (const name of ['dagujiazi', 'lamaqiao', 'jixiang', 'dagujiazi_zhen', 'sanmianchuan_zhen', 'faku_jiwei', 'kangping_jiwei', 'shenyang_shi']) tokens[name] = await signIn(name);
});
afterAll(() => runtime.close());

const todoOf = async (token: string, villageCode?: string) => dataOf(await callHttp(runtime, schedule, 'villageTodo', villageCode ? { villageCode } : {}, token));
const entryOf = async (itemId: string, token = tokens.dagujiazi) => (await todoOf(token)).entries.find((e: { catalogItemId: string }) => e.catalogItemId === itemId);
const countOf = (collection: 'filings' | 'disclosures' | 'audit' | 'localCatalogItems') => runtime.store.count(collection);

let seq = 0;
const subsidyList = (period?: string, catalogItemId = 'village-subsistence-allowance') => ({
  requestId: `sched-${seq++}-abcdefgh`,
  villageCode: VILLAGE,
  catalogItemId,
  title: '2025 年第四季度低保名单',
  body: '',
  rows: [{ cells: { name: '张桂兰', idNumber: demoIdNumber('19480312', 22), amount: '1380.00' } }],
  ...(period ? { period } : {}),
});

describe('the village to-do list', () => {
  it('lists the due items of the current periods, overdue first, with deadlines explained', async () => {
    const todo = await todoOf(tokens.dagujiazi);
    expect(todo.today).toBe('2026-01-20');
    const subsidy = todo.entries.find((e: { catalogItemId: string }) => e.catalogItemId === 'village-subsistence-allowance');
    expect(subsidy).toMatchObject({ period: '2025-Q4', dueDate: '2026-01-12', status: 'overdue', disclosureId: null, filing: null });
    expect(subsidy.explanation).toContain('10 日为周六，顺延至下一个工作日');
    // A yearly item due on the 20th is due today, not yet overdue.
    expect(todo.entries.find((e: { catalogItemId: string }) => e.catalogItemId === 'village-profile')).toMatchObject({ period: '2025', dueDate: '2026-01-20', status: 'missing' });
    // Fixed and immediate items have no period; community modules do not apply to a 村.
    const ids = todo.entries.map((e: { catalogItemId: string }) => e.catalogItemId);
    expect(ids).not.toContain('party-organization');
    expect(ids.some((id: string) => id.startsWith('heating-'))).toBe(false);
    const ranks = todo.entries.map((e: { status: string }) => ['overdue', 'missing', 'pending', 'filed', 'published'].indexOf(e.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('includes the community modules for a 社区', async () => {
    const ids = (await todoOf(tokens.jixiang)).entries.map((e: { catalogItemId: string }) => e.catalogItemId);
    expect(ids).toContain('heating-fees');
    expect(ids).toContain('property-service-fees');
  });

  it('follows a disclosure of the period from pending to published', async () => {
    const created = dataOf(await callHttp(runtime, disclosure, 'create', subsidyList('2025-Q4'), tokens.dagujiazi));
    expect(await entryOf('village-subsistence-allowance')).toMatchObject({ status: 'overdue', disclosureId: created.id });
    dataOf(await callHttp(runtime, disclosure, 'submit', { id: created.id }, tokens.dagujiazi));
    expect((await entryOf('village-subsistence-allowance')).status).toBe('pending');
    dataOf(await callHttp(runtime, review, 'approve', { id: created.id }, tokens.dagujiazi_zhen));
    expect((await entryOf('village-subsistence-allowance')).status).toBe('published');
  });

  it('rejects a disclosure whose period is outside the item’s rhythm, creating nothing', async () => {
    const before = await countOf('disclosures');
    const wrong = await callHttp(runtime, disclosure, 'create', subsidyList('2025-12'), tokens.dagujiazi);
    expect(wrong).toMatchObject({ ok: false, status: 400, error: { code: 'PERIOD_NOT_IN_RHYTHM' } });
    const malformed = await callHttp(runtime, disclosure, 'create', subsidyList('2025-Q5'), tokens.dagujiazi);
    expect(malformed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [expect.objectContaining({ field: 'period' })] } });
    expect(await countOf('disclosures')).toBe(before);
  });

  it('is the village’s own: another village admin is out of scope, its reviewer may look', async () => {
    expect(await callHttp(runtime, schedule, 'villageTodo', { villageCode: VILLAGE }, tokens.lamaqiao)).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect(await callHttp(runtime, schedule, 'villageTodo', { villageCode: VILLAGE }, tokens.sanmianchuan_zhen)).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });
    expect((await todoOf(tokens.dagujiazi_zhen, VILLAGE)).villageCode).toBe(VILLAGE);
  });
});

describe('不公开备案', () => {
  const reliefFiling = { villageCode: VILLAGE, catalogItemId: 'village-relief-funds', period: '2025-Q4', reason: '本季度没有发放救助、慰问和救灾款物。' };

  it('is filed from the to-do, approved by the township, fulfils the item and is shown to residents', async () => {
    const filed = dataOf(await callHttp(runtime, filing, 'file', reliefFiling, tokens.dagujiazi));
    expect(filed).toMatchObject({ status: 'pending', period: '2025-Q4', dueDate: '2026-01-12', periodLabel: '2025 年第四季度' });
    expect(await entryOf('village-relief-funds')).toMatchObject({ status: 'pending', filing: { id: filed.id, status: 'pending' } });

    const queue = dataOf(await callHttp(runtime, filing, 'queue', {}, tokens.dagujiazi_zhen));
    expect(queue.items.map((f: { id: string }) => f.id)).toContain(filed.id);
    expect(dataOf(await callHttp(runtime, filing, 'queue', {}, tokens.sanmianchuan_zhen)).total).toBe(0);

    expect(dataOf(await callHttp(runtime, publicDisclosure, 'filings', { villageCode: VILLAGE }, undefined)).total).toBe(0);
    const approved = dataOf(await callHttp(runtime, filing, 'approve', { id: filed.id }, tokens.dagujiazi_zhen));
    expect(approved.status).toBe('approved');
    expect((await entryOf('village-relief-funds')).status).toBe('filed');

    const forResidents = dataOf(await callHttp(runtime, publicDisclosure, 'filings', { villageCode: VILLAGE }, undefined));
    expect(forResidents.items).toEqual([
      { id: filed.id, catalogItemTitle: '救助、慰问、救灾款物发放', category: 'village', period: '2025-Q4', periodLabel: '2025 年第四季度', reason: reliefFiling.reason, approvedAt: NOW.toISOString() },
    ]);
  });

  it('refuses a duplicate, an item not due, a wrong period and an unknown item, changing nothing', async () => {
    const [filings, audit] = [await countOf('filings'), await countOf('audit')];
    const attempt = (input: object) => callHttp(runtime, filing, 'file', { ...reliefFiling, ...input }, tokens.dagujiazi);
    expect(await attempt({})).toMatchObject({ ok: false, status: 409, error: { code: 'FILING_DUPLICATE' } });
    expect(await attempt({ catalogItemId: 'party-organization', period: '2025-Q4' })).toMatchObject({ error: { code: 'ITEM_NOT_DUE' } });
    expect(await attempt({ period: '2026-Q1' })).toMatchObject({ error: { code: 'ITEM_NOT_DUE' } }); // the quarter has not ended
    expect(await attempt({ catalogItemId: 'village-subsistence-allowance' })).toMatchObject({ error: { code: 'ITEM_NOT_DUE' } }); // already published
    expect(await attempt({ period: '2025-12' })).toMatchObject({ status: 400, error: { code: 'PERIOD_NOT_IN_RHYTHM' } });
    expect(await attempt({ catalogItemId: 'no-such-item' })).toMatchObject({ status: 404, error: { code: 'CATALOG_ITEM_NOT_FOUND' } });
    expect(await attempt({ catalogItemId: 'heating-fees', period: '2025' })).toMatchObject({ error: { code: 'CATALOG_ITEM_NOT_APPLICABLE' } });
    expect(await attempt({ reason: '没有' })).toMatchObject({ error: { code: 'INVALID_INPUT', issues: [expect.objectContaining({ field: 'reason' })] } });
    expect(await attempt({ villageCode: NEIGHBOUR, catalogItemId: 'finance-debts' })).toMatchObject({ status: 403, error: { code: 'OUT_OF_SCOPE' } });
    expect(await callHttp(runtime, filing, 'file', { ...reliefFiling, catalogItemId: 'finance-debts' }, tokens.dagujiazi_zhen)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect([await countOf('filings'), await countOf('audit')]).toEqual([filings, audit]);
  });

  it('is decided only by the village’s own township, with a reason to reject; the village may file again', async () => {
    const filed = dataOf(await callHttp(runtime, filing, 'file', { ...reliefFiling, catalogItemId: 'finance-debts', reason: '本村本季度无债权债务变动。' }, tokens.dagujiazi));
    const audit = await countOf('audit');
    expect(await callHttp(runtime, filing, 'approve', { id: filed.id }, tokens.sanmianchuan_zhen)).toMatchObject({ status: 403, error: { code: 'OUT_OF_SCOPE' } });
    expect(await callHttp(runtime, filing, 'approve', { id: filed.id }, tokens.dagujiazi)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await callHttp(runtime, filing, 'reject', { id: filed.id, reason: '' }, tokens.dagujiazi_zhen)).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    expect(await callHttp(runtime, filing, 'approve', { id: 'f-nothing' }, tokens.dagujiazi_zhen)).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect(await countOf('audit')).toBe(audit);
    expect((await runtime.store.get('filings', filed.id))!.status).toBe('pending');

    const reason = '经核实，本季度有一笔对外借款到期，请如实公开。';
    expect(dataOf(await callHttp(runtime, filing, 'reject', { id: filed.id, reason }, tokens.dagujiazi_zhen)).status).toBe('rejected');
    expect(await callHttp(runtime, filing, 'approve', { id: filed.id }, tokens.dagujiazi_zhen)).toMatchObject({ error: { code: 'INVALID_TRANSITION' } });
    expect(await entryOf('finance-debts')).toMatchObject({ status: 'overdue', filing: { status: 'rejected', rejectReason: reason } });
    const again = dataOf(await callHttp(runtime, filing, 'file', { ...reliefFiling, catalogItemId: 'finance-debts', reason: '借款已于上季度结清，本季度确无变动。' }, tokens.dagujiazi));
    expect(again).toMatchObject({ id: filed.id, status: 'pending', rejectReason: null });
    expect(again.history.map((h: { action: string }) => h.action)).toEqual(['file', 'reject', 'file']);
  });
});

describe('the township’s gaps', () => {
  it('lists every village of the township with what it has not fulfilled, most overdue first', async () => {
    const gaps = dataOf(await callHttp(runtime, schedule, 'townshipGaps', { pageSize: 100 }, tokens.dagujiazi_zhen));
    expect(gaps.total).toBeGreaterThan(2);
    const ours = gaps.items.find((v: { villageCode: string }) => v.villageCode === VILLAGE);
    const neighbour = gaps.items.find((v: { villageCode: string }) => v.villageCode === NEIGHBOUR);
    const oursIds = ours.gaps.map((g: { catalogItemId: string }) => g.catalogItemId);
    // Published, filed and pending items are not gaps; the neighbour has done none of them.
    for (const id of ['village-subsistence-allowance', 'village-relief-funds', 'finance-debts']) {
      expect(oursIds).not.toContain(id);
      expect(neighbour.gaps.map((g: { catalogItemId: string }) => g.catalogItemId)).toContain(id);
    }
    expect(neighbour.overdue).toBe(ours.overdue + 3);
    const overdue = gaps.items.map((v: { overdue: number }) => v.overdue);
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
    expect(neighbour.gaps[0].status).toBe('overdue');
  });

  it('is for township reviewers only', async () => {
    expect(await callHttp(runtime, schedule, 'townshipGaps', {}, tokens.dagujiazi)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await callHttp(runtime, schedule, 'townshipGaps', {}, undefined)).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('county and city catalog items', () => {
  const riverChief = {
    slug: 'river-chief',
    category: 'village',
    domain: '生态环境',
    title: '村级河长巡河情况',
    elements: ['巡河次数', '发现问题', '整改情况'],
    rhythm: { kind: 'quarterly', dueDay: 15 },
    appliesTo: 'both',
    legalBasis: '法库县河长制工作方案',
    audience: 'public',
    hasPersonalData: false,
  };

  it('are added by a county supervisor and reach that county’s villages only', async () => {
    const created = dataOf(await callHttp(runtime, catalog, 'localCreate', riverChief, tokens.faku_jiwei));
    expect(created).toMatchObject({ id: 'local-210124-river-chief', ownerRegionCode: '210124000000', source: '法库县自定公开目录' });
    expect(await callHttp(runtime, catalog, 'localCreate', riverChief, tokens.faku_jiwei)).toMatchObject({ status: 409, error: { code: 'CATALOG_ITEM_EXISTS' } });
    expect(await callHttp(runtime, catalog, 'localCreate', riverChief, tokens.dagujiazi)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    dataOf(await callHttp(runtime, catalog, 'localCreate', { ...riverChief, slug: 'kangping-only', title: '康平县自定事项' }, tokens.kangping_jiwei));
    dataOf(await callHttp(runtime, catalog, 'localCreate', { ...riverChief, slug: 'city-item', title: '沈阳市自定事项', appliesTo: 'community' }, tokens.shenyang_shi));

    const forVillage = dataOf(await callHttp(runtime, catalog, 'forVillage', { villageCode: VILLAGE }, undefined));
    const ids = forVillage.map((i: { id: string }) => i.id);
    expect(ids).toContain('local-210124-river-chief');
    expect(ids).not.toContain('local-210123-kangping-only');
    expect(ids).not.toContain('local-2101-city-item'); // a community item, and 大孤家子村 is a 村
    expect(ids).not.toContain('heating-fees');
    const forCommunity = dataOf(await callHttp(runtime, catalog, 'forVillage', { villageCode: COMMUNITY }, undefined)).map((i: { id: string }) => i.id);
    expect(forCommunity).toEqual(expect.arrayContaining(['local-2101-city-item', 'local-210124-river-chief', 'heating-fees']));
    expect(dataOf(await callHttp(runtime, catalog, 'list', {}, undefined)).map((i: { id: string }) => i.id)).not.toContain('local-210124-river-chief');
    expect(dataOf(await callHttp(runtime, catalog, 'localList', {}, tokens.faku_jiwei)).items.map((i: { id: string }) => i.id)).toEqual(['local-210124-river-chief']);
  });

  it('are due on their own rhythm and may be published by the county’s villages, not by others', async () => {
    const entry = await entryOf('local-210124-river-chief');
    expect(entry).toMatchObject({ period: '2025-Q4', dueDate: '2026-01-15', status: 'overdue' });
    const ok = await callHttp(runtime, disclosure, 'create', { ...subsidyList('2025-Q4', 'local-210124-river-chief'), rows: [], title: '2025 年第四季度巡河情况' }, tokens.dagujiazi);
    expect(dataOf(ok).catalogItemTitle).toBe('村级河长巡河情况');
    const foreign = await callHttp(runtime, disclosure, 'create', { ...subsidyList(undefined, 'local-210123-kangping-only'), rows: [] }, tokens.dagujiazi);
    expect(foreign).toMatchObject({ status: 404, error: { code: 'CATALOG_ITEM_NOT_FOUND' } });
  });
});
