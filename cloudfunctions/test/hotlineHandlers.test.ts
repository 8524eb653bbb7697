import { CLOUD_FUNCTIONS } from '../src/functions';
import type { THotlineFiling } from '../src/hotline/HotlineAdapter';
import { WordListContentCheck } from '../src/contentCheck/wordListContentCheck';
import { checkResidentText } from '../src/services/contentCheck';
import { applyHotlineUpdate } from '../src/services/hotline/hotlineCallback';
import { dispatchHotlineOrders } from '../src/services/hotline/hotlineDelivery';
import { withDemoAdmins } from './support/demo';
import { fileOrder, myOrders } from './support/hotline';
import { callAsResident, callHttp, dataOf } from './support/invoke';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

const { hotline, inbox } = CLOUD_FUNCTIONS;

let runtime: TTestRuntime;
let signIn: Awaited<ReturnType<typeof withDemoAdmins>>;
let sent: THotlineFiling[];

beforeEach(async () => {
  runtime = openTestRuntime();
  signIn = await withDemoAdmins(runtime);
  sent = [];
  runtime.services.integrations = {
    hotline: { fileOrder: async (filing) => (sent.push(filing), { hotlineOrderNo: `NO-${sent.length}` }) },
  };
});
afterEach(() => runtime.close());

const errorOf = (result: { ok: boolean; error?: { code: string; message: string; issues?: { field: string }[] } }) => {
  if (result.ok) throw new Error('expected a failure');
  return result.error!;
};

describe('content check of hotline orders', () => {
  it('refuses risky text with a Chinese message and stores nothing', async () => {
    const error = errorOf(await fileOrder(runtime, 'openid-a', { content: '有人在村里办假证，联系我' }));
    expect(error.code).toBe('CONTENT_REJECTED');
    expect(error.message).toMatch(/不宜发布.*请修改/);
    expect(await runtime.store.count('hotlineOrders')).toBe(0);
    expect(await runtime.store.count('outbox')).toBe(0);
  });

  it('holds text for review, forwards nothing until a supervisor releases it, and audits the release', async () => {
    const order = dataOf(await fileOrder(runtime, 'openid-a', { content: '再不解决我们就集体上访' }));
    expect(order).toMatchObject({ status: 'held', statusName: '待人工审核' });
    expect(await dispatchHotlineOrders(runtime.services)).toEqual({ delivered: [], failed: [] });
    expect(sent).toEqual([]);

    const village = await signIn('dagujiazi');
    expect(errorOf(await callHttp(runtime, hotline, 'release', { id: order.id, decision: 'release' }, village)).code).toBe('FORBIDDEN');

    const county = await signIn('faku_jiwei');
    const held = dataOf(await callHttp(runtime, hotline, 'held', {}, county));
    expect(held.items.map((o: { id: string }) => o.id)).toEqual([order.id]);
    expect(JSON.stringify(held)).not.toContain('openid-a');
    expect(dataOf(await callHttp(runtime, hotline, 'release', { id: order.id, decision: 'release' }, county))).toMatchObject({ status: 'queued', deliveryState: 'pending' });
    expect(errorOf(await callHttp(runtime, hotline, 'release', { id: order.id, decision: 'release' }, county)).code).toBe('INVALID_TRANSITION');
    expect((await dispatchHotlineOrders(runtime.services)).delivered).toEqual([order.id]);
    expect(sent.map((f) => f.idempotencyKey)).toEqual([order.id]);
    expect(await runtime.store.count('audit', [['action', '==', 'hotline.release']])).toBe(1);
  });

  it('never forwards a held order a supervisor rejects', async () => {
    const order = dataOf(await fileOrder(runtime, 'openid-a', { content: '再不解决我们就集体上访' }));
    const county = await signIn('faku_jiwei');
    await callHttp(runtime, hotline, 'release', { id: order.id, decision: 'reject' }, county);
    expect(await dispatchHotlineOrders(runtime.services)).toEqual({ delivered: [], failed: [] });
    const [mine] = (await myOrders(runtime, 'openid-a')).items;
    expect(mine.status).toBe('rejected');
    expect(mine.statusName).toBe('未通过审核');
    expect(mine.timeline.at(-1)!.text).toContain('不宜转交');
  });

  it('holds the text when the check itself cannot answer', async () => {
    runtime.services.integrations = { contentCheck: { check: async () => Promise.reject(new Error('微信接口超时')) } };
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(await checkResidentText(runtime.services, 'openid-a', '路灯坏了')).toBe('review');
  });

  it('sees through spaces and punctuation between the characters of a word', async () => {
    const check = new WordListContentCheck();
    expect(await check.check({ text: '办 假-证', openid: 'x' })).toBe('risky');
    expect(await check.check({ text: '路灯坏了', openid: 'x' })).toBe('pass');
  });
});

describe('hotline orders for residents', () => {
  it('names the field that is wrong', async () => {
    const error = errorOf(await fileOrder(runtime, 'openid-a', { contactPhone: '12345' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues?.map((i) => i.field)).toEqual(['contactPhone']);
    const long = errorOf(await fileOrder(runtime, 'openid-a', { content: '路'.repeat(1001) }));
    expect(long.issues?.map((i) => i.field)).toEqual(['content']);
    expect(errorOf(await fileOrder(runtime, 'openid-a', { villageCode: '210124101000' })).code).toBe('NOT_A_VILLAGE');
    expect(errorOf(await callAsResident(runtime, hotline, { action: 'file', input: { requestId: 'x'.repeat(10), villageCode: '210124101200', type: 'complaint', content: '路灯坏了很久' } }, null)).code).toBe('RESIDENT_IDENTITY_MISSING');
    expect(await runtime.store.count('hotlineOrders')).toBe(0);
  });

  it('shows residents only their own orders, without delivery internals', async () => {
    dataOf(await fileOrder(runtime, 'openid-a', { contactPhone: '13800000000' }));
    dataOf(await fileOrder(runtime, 'openid-b'));
    const mine = await myOrders(runtime, 'openid-a');
    expect(mine.total).toBe(1);
    const text = JSON.stringify(mine);
    for (const secret of ['openid', 'residentKey', '13800000000', 'failureCount', 'lastError']) expect(text).not.toContain(secret);
  });

  it('counts orders by topic and village for the county', async () => {
    dataOf(await fileOrder(runtime, 'openid-a', { content: '村里自来水停水三天了，路灯也坏了' }));
    dataOf(await fileOrder(runtime, 'openid-b', { content: '低保什么时候发放', villageCode: '210124101201' }));
    dataOf(await fileOrder(runtime, 'openid-c', { content: '冬天停水，水管冻裂了' }));
    const counts = dataOf(await callHttp(runtime, hotline, 'topicCounts', {}, await signIn('faku_jiwei')));
    expect(counts.byTopic).toEqual([
      { topic: '饮水', count: 2 },
      { topic: '公共设施', count: 1 },
      { topic: '社保', count: 1 },
    ]);
    expect(counts.byVillage[0]).toMatchObject({ villageCode: '210124101200', total: 3, topics: { 公共设施: 1, 饮水: 2 } });
    expect(errorOf(await callHttp(runtime, hotline, 'topicCounts', {}, await signIn('dagujiazi_zhen'))).code).toBe('FORBIDDEN');
  });
});

describe('the resident inbox', () => {
  it('tells the resident of a status update, once, and lets only them mark it read', async () => {
    const order = dataOf(await fileOrder(runtime, 'openid-a'));
    await dispatchHotlineOrders(runtime.services);
    const update = {
      eventId: 'ev-1',
      externalId: order.id,
      hotlineOrderNo: 'NO-1',
      sequence: 1,
      status: 'accepted' as const,
      reply: null,
      occurredAt: runtime.services.now().toISOString(),
    };
    expect(await applyHotlineUpdate(runtime.services, update)).toBe('apply');
    expect(await applyHotlineUpdate(runtime.services, update)).toBe('duplicate');

    const list = (openid: string) => callAsResident(runtime, inbox, { action: 'list', input: {} }, openid).then(dataOf);
    const mine = await list('openid-a');
    expect(mine).toMatchObject({ total: 1, unread: 1 });
    expect(mine.items[0]).toMatchObject({ title: '您的12345诉求已受理', orderId: order.id, read: false });
    expect((await list('openid-b')).total).toBe(0);

    const ids = [mine.items[0].id];
    expect(dataOf(await callAsResident(runtime, inbox, { action: 'markRead', input: { ids } }, 'openid-b'))).toEqual({ marked: 0 });
    expect(dataOf(await callAsResident(runtime, inbox, { action: 'markRead', input: { ids } }, 'openid-a'))).toEqual({ marked: 1 });
    expect(await list('openid-a')).toMatchObject({ unread: 0 });
  });
});
