import { chinaDateOf, addDays } from '@sunshine/shared';
import { CLOUD_FUNCTIONS } from '../src/functions';
import { DEMO_PASSWORD } from '../src/local/demoData';
import { createAdmin } from '../src/services/admin/adminAuth';
import { escalateOverdueFeedback } from '../src/services/feedback/feedbackRouting';
import { withDemoAdmins } from './support/demo';
import { callAsResident, callHttp, dataOf, withRequestId } from './support/invoke';
import { publish } from './support/publishing';
import { loadRegions, openTestRuntime, type TTestRuntime } from './support/testRuntime';

const { feedback, supervision } = CLOUD_FUNCTIONS;
const VILLAGE = '210124101200';
const TOWNSHIP = '210124101000';
const OTHER_TOWNSHIP_VILLAGE = '210124001001';

let runtime: TTestRuntime;
let signIn: (username: string) => Promise<string>;
let publishedId: string;

const as = (openid: string, action: string, input: unknown = {}) => callAsResident(runtime, feedback, { action, input: withRequestId(input) }, openid);
const sup = async (username: string, action: string, input: unknown) => callHttp(runtime, supervision, action, withRequestId(input), await signIn(username));
const ids = (page: { items: { id: string }[] }) => page.items.map((m) => m.id);
const today = () => chinaDateOf(runtime.services.now());

function passDueDate(dueDate: string) {
  const days = Math.round((Date.parse(dueDate) - Date.parse(today())) / 86_400_000) + 1;
  runtime.advanceMinutes(days * 24 * 60);
}

/** A complaint nobody answers, swept past the village and the township to the county. */
async function escalatedToCounty(openid: string, kind = 'complaint') {
  const sent = dataOf(await as(openid, 'submit', { disclosureId: publishedId, kind, text: '村里修路的钱去哪了，一直没人答复' }));
  passDueDate(sent.dueDate);
  await escalateOverdueFeedback(runtime.services);
  const atTownship = dataOf(await as(openid, 'mine', { page: 1, pageSize: 50 })).items.find((m: { id: string }) => m.id === sent.id);
  passDueDate(atTownship.dueDate);
  await escalateOverdueFeedback(runtime.services);
  return sent.id as string;
}

beforeAll(async () => {
  runtime = openTestRuntime();
  signIn = await withDemoAdmins(runtime);
  await loadRegions(runtime, '210123');
  await createAdmin(runtime.services, { username: 'kangping_jiwei', displayName: '康平县纪委监委 督导员', role: 'county_supervisor', regionCode: '210123000000', password: DEMO_PASSWORD });
  publishedId = (await publish(runtime, await signIn('dagujiazi'), await signIn('dagujiazi_zhen'))).id;
});
afterAll(() => runtime.close());

describe('county supervision (督办)', () => {
  it('walks an escalated case: 督办单 to the township, the fix, the resident’s rating, the county closes', async () => {
    const id = await escalatedToCounty('openid-road');
    const fresh = dataOf(await as('openid-road', 'submit', { disclosureId: publishedId, kind: 'suggestion', text: '建议把公开栏挪到村委会门口' }));

    const list = dataOf(await sup('faku_jiwei', 'cases', { page: 1, pageSize: 50 }));
    expect(ids(list)).toEqual(expect.arrayContaining([id, fresh.id]));
    // Oldest first: the escalated case comes before the fresh suggestion, whose village deadline is sooner.
    expect(ids(list).indexOf(id)).toBeLessThan(ids(list).indexOf(fresh.id));
    expect(list.items.find((c: { id: string }) => c.id === id)).toMatchObject({ level: 'county', townshipCode: TOWNSHIP, villageCode: VILLAGE });
    expect(ids(dataOf(await sup('faku_jiwei', 'cases', { page: 1, pageSize: 50, kind: 'suggestion' })))).toEqual([fresh.id]);
    expect(ids(dataOf(await sup('faku_jiwei', 'cases', { page: 1, pageSize: 50, escalatedOnly: true })))).toEqual([id]);
    expect(ids(dataOf(await sup('faku_jiwei', 'cases', { page: 1, pageSize: 50, minAgeDays: 10 })))).toEqual([id]);
    expect(ids(dataOf(await sup('faku_jiwei', 'cases', { page: 1, pageSize: 50, townshipCode: TOWNSHIP, villageCode: VILLAGE })))).toContain(id);
    expect(dataOf(await sup('faku_jiwei', 'cases', { page: 1, pageSize: 50, villageCode: OTHER_TOWNSHIP_VILLAGE })).total).toBe(0);

    const dueDate = addDays(today(), 10);
    const order = dataOf(await sup('faku_jiwei', 'issueOrder', { feedbackId: id, targetName: '大孤家子镇人民政府', targetRegionCode: TOWNSHIP, requirement: '十日内公开修路资金明细并答复群众', dueDate }));
    expect(order).toMatchObject({ targetLevel: 'township', status: 'issued', dueDate, fix: null });

    // The township sees it waiting, with its due day; the village and another township do not.
    expect(dataOf(await sup('dagujiazi_zhen', 'myOrders', { page: 1, pageSize: 20 })).items).toEqual([expect.objectContaining({ id: order.id, dueDate })]);
    expect(dataOf(await sup('sanmianchuan_zhen', 'myOrders', { page: 1, pageSize: 20 })).total).toBe(0);
    const wrongBody = await sup('sanmianchuan_zhen', 'recordFix', { orderId: order.id, text: '已整改', evidence: '照片' });
    expect(!wrongBody.ok && wrongBody.error.code).toBe('NOT_FOUND');
    const villageTries = await sup('dagujiazi', 'recordFix', { orderId: order.id, text: '已整改', evidence: '照片' });
    expect(!villageTries.ok && villageTries.error.code).toBe('NOT_FOUND');

    const tooEarly = await sup('faku_jiwei', 'close', { id });
    expect(!tooEarly.ok && tooEarly.error.code).toBe('INVALID_TRANSITION');

    dataOf(await sup('dagujiazi_zhen', 'recordFix', { orderId: order.id, text: '已在村务公开栏公布修路资金明细。', evidence: '公开栏照片编号 2026-11-001' }));
    const answered = dataOf(await as('openid-road', 'mine', { page: 1, pageSize: 50 })).items.find((m: { id: string }) => m.id === id);
    expect(answered).toMatchObject({ status: 'answered', reply: { text: '已在村务公开栏公布修路资金明细。', level: 'township' } });

    // A supervised case is closed by the county, not by the rating.
    expect(dataOf(await as('openid-road', 'rateAnswer', { id, rating: 'satisfied' }))).toMatchObject({ status: 'rated' });
    const detail = dataOf(await sup('faku_jiwei', 'detail', { id }));
    expect(detail.closability).toMatchObject({ closable: true, noteRequired: false });
    expect(detail.orders).toEqual([expect.objectContaining({ id: order.id, status: 'fixed', fix: expect.objectContaining({ evidence: '公开栏照片编号 2026-11-001' }) })]);
    expect(detail.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'escalate', 'escalate', 'supervise', 'fix', 'rate']);
    expect(JSON.stringify(detail)).not.toMatch(/openid|residentKey|admin-/);

    expect(dataOf(await sup('faku_jiwei', 'close', { id }))).toMatchObject({ status: 'closed' });
    expect(ids(dataOf(await sup('faku_jiwei', 'cases', { page: 1, pageSize: 50 })))).not.toContain(id);
    const twice = await sup('faku_jiwei', 'close', { id });
    expect(!twice.ok && twice.error.code).toBe('INVALID_TRANSITION');
  });

  it('closes a fixed case the resident never rated only 7 days later, and only with a note', async () => {
    const id = await escalatedToCounty('openid-silent');
    const order = dataOf(await sup('faku_jiwei', 'issueOrder', { feedbackId: id, targetName: '大孤家子村村民委员会', targetRegionCode: VILLAGE, requirement: '补公开修路资金', dueDate: addDays(today(), 5) }));
    dataOf(await sup('dagujiazi', 'recordFix', { orderId: order.id, text: '已补充公开。', evidence: '公开栏照片' }));
    const waiting = await sup('faku_jiwei', 'close', { id, note: '群众未评价' });
    expect(!waiting.ok && waiting.error.code).toBe('INVALID_TRANSITION');
    runtime.advanceMinutes(8 * 24 * 60);
    const noNote = await sup('faku_jiwei', 'close', { id });
    expect(!noNote.ok && noNote.error.issues?.[0].field).toBe('note');
    const closed = dataOf(await sup('faku_jiwei', 'close', { id, note: '电话回访未接通，整改已核实。' }));
    expect(closed.status).toBe('closed');
    expect(closed.history.at(-1)).toMatchObject({ action: 'close', text: '电话回访未接通，整改已核实。' });
  });

  it('does not let the county close a case the resident just sent up as 不满意', async () => {
    const sent = dataOf(await as('openid-unhappy', 'submit', { disclosureId: publishedId, kind: 'complaint', text: '低保名单里有人不符合条件' }));
    dataOf(await callHttp(runtime, feedback, 'reply', { id: sent.id, text: '村里已经核实过了。' }, await signIn('dagujiazi')));
    expect(dataOf(await as('openid-unhappy', 'rateAnswer', { id: sent.id, rating: 'dissatisfied' }))).toMatchObject({ level: 'township' });
    dataOf(await callHttp(runtime, feedback, 'reply', { id: sent.id, text: '乡镇复核，维持村里的意见。' }, await signIn('dagujiazi_zhen')));
    expect(dataOf(await as('openid-unhappy', 'rateAnswer', { id: sent.id, rating: 'dissatisfied' }))).toMatchObject({ level: 'county' });
    const detail = dataOf(await sup('faku_jiwei', 'detail', { id: sent.id }));
    expect(detail.closability).toMatchObject({ closable: false });
    const close = await sup('faku_jiwei', 'close', { id: sent.id, note: '已处理' });
    expect(!close.ok && close.error.code).toBe('INVALID_TRANSITION');
  });

  it('keeps other counties and other roles out, and refuses bad orders', async () => {
    const id = await escalatedToCounty('openid-scope');
    const foreign = await sup('kangping_jiwei', 'detail', { id });
    expect(!foreign.ok && foreign.error.code).toBe('NOT_FOUND');
    expect(dataOf(await sup('kangping_jiwei', 'cases', { page: 1, pageSize: 50 })).total).toBe(0);
    const outside = await sup('faku_jiwei', 'cases', { page: 1, pageSize: 50, townshipCode: '210123101000' });
    expect(!outside.ok && outside.error.code).toBe('OUT_OF_SCOPE');
    const township = await sup('dagujiazi_zhen', 'cases', { page: 1, pageSize: 50 });
    expect(!township.ok && township.error.code).toBe('FORBIDDEN');
    const good = { feedbackId: id, targetName: '大孤家子镇人民政府', targetRegionCode: TOWNSHIP, requirement: '整改', dueDate: addDays(today(), 3) };
    const otherVillage = await sup('faku_jiwei', 'issueOrder', { ...good, targetRegionCode: '210124101201' });
    expect(!otherVillage.ok && otherVillage.error.issues?.[0].field).toBe('targetRegionCode');
    const past = await sup('faku_jiwei', 'issueOrder', { ...good, dueDate: addDays(today(), -1) });
    expect(!past.ok && past.error.issues?.[0].field).toBe('dueDate');
    const noRequirement = await sup('faku_jiwei', 'issueOrder', { ...good, requirement: ' ' });
    expect(!noRequirement.ok && noRequirement.error.code).toBe('INVALID_INPUT');
    const byTownship = await sup('dagujiazi_zhen', 'issueOrder', good);
    expect(!byTownship.ok && byTownship.error.code).toBe('FORBIDDEN');
    expect(await runtime.store.count('supervisionOrders', [['feedbackId', '==', id]])).toBe(0);
  });
});
