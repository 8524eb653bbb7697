import { addDays, chinaDateOf } from '@sunshine/shared';
import { CLOUD_FUNCTIONS } from '../src/functions';
import { demoIdNumber } from '../src/local/demoData';
import { escalateOverdueFeedback } from '../src/services/feedback/feedbackRouting';
import { withDemoAdmins } from './support/demo';
import { fileOrder } from './support/hotline';
import { callAsResident, callHttp, dataOf, freshRequestId } from './support/invoke';
import { allowanceList, publish } from './support/publishing';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

/**
 * Every create takes the client's request key: the same request sent again
 * (five taps, a retry after a timeout, racing) creates once and is answered
 * like the first; the key reused for other content is refused by name.
 */
const { feedback, disclosureComment, attachment, disclosure, review, supervision, identity } = CLOUD_FUNCTIONS;
const VILLAGE = '210124101200';
const TOWNSHIP = '210124101000';

let runtime: TTestRuntime;
let signIn: (username: string) => Promise<string>;
let publishedId: string;

beforeEach(async () => {
  runtime = openTestRuntime();
  signIn = await withDemoAdmins(runtime);
  publishedId = (await publish(runtime, await signIn('dagujiazi'), await signIn('dagujiazi_zhen'))).id;
  runtime.services.integrations = { hotline: { fileOrder: async () => ({ hotlineOrderNo: 'NO-1' }) } };
});
afterEach(() => runtime.close());

const resident = (fn: (typeof CLOUD_FUNCTIONS)[keyof typeof CLOUD_FUNCTIONS], action: string, input: unknown, openid = 'openid-a') => callAsResident(runtime, fn, { action, input }, openid);
const errorCode = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'ok' : result.error!.code);
/** The same request five times, all at once, as a resident's taps and retries arrive. */
const fiveTimes = <T>(send: () => Promise<T>) => Promise.all([send(), send(), send(), send(), send()]);

describe('a create sent again with its request key', () => {
  it('files one message for five identical submits, and refuses the key with other text', async () => {
    const input = { requestId: freshRequestId(), disclosureId: publishedId, kind: 'complaint', text: '低保名单里有去世三年的人还在领钱' };
    const answers = (await fiveTimes(() => resident(feedback, 'submit', input))).map(dataOf);
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
    expect(await runtime.store.count('feedback')).toBe(1);
    expect(errorCode(await resident(feedback, 'submit', { ...input, text: '换了一句话但用了同一个编号' }))).toBe('REQUEST_ID_REUSED');
    // Another resident's key never meets this one.
    dataOf(await resident(feedback, 'submit', input, 'openid-b'));
    expect(await runtime.store.count('feedback')).toBe(2);
    // The key is required.
    const { requestId: _dropped, ...keyless } = input;
    expect(errorCode(await resident(feedback, 'submit', keyless))).toBe('INVALID_INPUT');
  });

  it('keeps one rating, one survey answer and one comment', async () => {
    const rate = { requestId: freshRequestId(), disclosureId: publishedId, rating: 'satisfied' };
    expect((await fiveTimes(() => resident(feedback, 'rate', rate))).map(dataOf)).toEqual(Array(5).fill({ disclosureId: publishedId, rating: 'satisfied' }));
    expect(errorCode(await resident(feedback, 'rate', { ...rate, rating: 'dissatisfied' }))).toBe('REQUEST_ID_REUSED');

    const villageToken = await signIn('dagujiazi');
    dataOf(await callHttp(runtime, identity, 'uploadRoster', { csv: `王秀英,${demoIdNumber('19620918', 45)}\n` }, villageToken));
    dataOf(await resident(identity, 'bind', { villageCode: VILLAGE, name: '王秀英', idNumber: demoIdNumber('19620918', 45), consent: true }));
    const survey = { requestId: freshRequestId(), rating: 'basicallySatisfied', comment: '路灯修好了' };
    // A retry after a lost answer is answered as the first, not refused as a second answer this month.
    expect(dataOf(await resident(feedback, 'survey', survey)).rating).toBe('basicallySatisfied');
    expect(dataOf(await resident(feedback, 'survey', survey)).rating).toBe('basicallySatisfied');
    expect(errorCode(await resident(feedback, 'survey', { ...survey, requestId: freshRequestId() }))).toBe('SURVEY_ALREADY_DONE');
    expect(errorCode(await resident(feedback, 'survey', { ...survey, rating: 'satisfied' }))).toBe('REQUEST_ID_REUSED');
    expect(await runtime.store.count('surveys')).toBe(1);

    const reviewerToken = await signIn('dagujiazi_zhen');
    const draft = dataOf(await callHttp(runtime, disclosure, 'create', { ...allowanceList(), catalogItemId: 'village-major-matters', rows: [], title: '村道硬化工程方案（征求意见稿）' }, villageToken));
    dataOf(await callHttp(runtime, disclosure, 'submit', { id: draft.id, commentDays: 7 }, villageToken));
    dataOf(await callHttp(runtime, review, 'approve', { id: draft.id }, reviewerToken));
    const comment = { requestId: freshRequestId(), disclosureId: draft.id, text: '建议先修东头那段，雨天最难走。' };
    const comments = (await fiveTimes(() => resident(disclosureComment, 'submit', comment))).map(dataOf);
    expect(new Set(comments.map((c) => c.id)).size).toBe(1);
    expect(await runtime.store.count('disclosureComments')).toBe(1);
    expect(errorCode(await resident(disclosureComment, 'submit', { ...comment, text: '建议先修西头那段。' }))).toBe('REQUEST_ID_REUSED');
  });

  it('files one 12345 order, and refuses the key with other content', async () => {
    const requestId = freshRequestId();
    const orders = (await fiveTimes(() => fileOrder(runtime, 'openid-a', { requestId }))).map(dataOf);
    expect(new Set(orders.map((o) => o.id)).size).toBe(1);
    expect(await runtime.store.count('hotlineOrders')).toBe(1);
    expect(await runtime.store.count('outbox', [['kind', '==', 'hotline.file']])).toBe(1);
    expect(errorCode(await fileOrder(runtime, 'openid-a', { requestId, content: '路灯坏了半个月没人修，晚上很黑' }))).toBe('REQUEST_ID_REUSED');
  });

  it('attaches an uploaded file once', async () => {
    const villageToken = await signIn('dagujiazi');
    const created = dataOf(await callHttp(runtime, disclosure, 'create', allowanceList(), villageToken));
    const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4e30000000049454e44ae426082', 'hex');
    const upload = { requestId: freshRequestId(), disclosureId: created.id, fileName: '公示栏照片.png', contentBase64: PNG.toString('base64') };
    const views = (await fiveTimes(() => callHttp(runtime, attachment, 'upload', upload, villageToken))).map(dataOf);
    expect(new Set(views.map((v) => v.id)).size).toBe(1);
    expect((await runtime.store.get('disclosures', created.id))!.attachments).toHaveLength(1);
    expect(errorCode(await callHttp(runtime, attachment, 'upload', { ...upload, fileName: '另一张.png' }, villageToken))).toBe('REQUEST_ID_REUSED');
  });

  it('issues one 督办单 and records one fix', async () => {
    const sent = dataOf(await resident(feedback, 'submit', { requestId: freshRequestId(), disclosureId: publishedId, kind: 'complaint', text: '村里修路的钱去哪了，一直没人答复' }));
    for (let level = 0; level < 2; level++) {
      const doc = (await runtime.store.get('feedback', sent.id))!;
      runtime.advanceMinutes((Math.round((Date.parse(doc.dueDate) - Date.parse(chinaDateOf(runtime.services.now()))) / 86_400_000) + 1) * 24 * 60);
      await escalateOverdueFeedback(runtime.services);
    }
    const county = await signIn('faku_jiwei');
    const issue = { requestId: freshRequestId(), feedbackId: sent.id, targetName: '大孤家子镇人民政府', targetRegionCode: TOWNSHIP, requirement: '十日内公开修路资金明细并答复群众', dueDate: addDays(chinaDateOf(runtime.services.now()), 10) };
    const orders = (await fiveTimes(() => callHttp(runtime, supervision, 'issueOrder', issue, county))).map(dataOf);
    expect(new Set(orders.map((o) => o.id)).size).toBe(1);
    expect(await runtime.store.count('supervisionOrders')).toBe(1);
    expect(errorCode(await callHttp(runtime, supervision, 'issueOrder', { ...issue, requirement: '五日内答复群众' }, county))).toBe('REQUEST_ID_REUSED');

    const township = await signIn('dagujiazi_zhen');
    const fix = { requestId: freshRequestId(), orderId: orders[0].id, text: '已在村务公开栏公布修路资金明细。', evidence: '公开栏照片编号 2026-11-001' };
    const fixed = (await fiveTimes(() => callHttp(runtime, supervision, 'recordFix', fix, township))).map(dataOf);
    expect(fixed.map((f) => f.status)).toEqual(Array(5).fill('fixed'));
    expect((await runtime.store.get('feedback', sent.id))!.history.filter((h) => h.action === 'fix')).toHaveLength(1);
    expect(errorCode(await callHttp(runtime, supervision, 'recordFix', { ...fix, evidence: '换了佐证' }, township))).toBe('REQUEST_ID_REUSED');
  });

  it('refuses a disclosure key reused for other content', async () => {
    const villageToken = await signIn('dagujiazi');
    const input = allowanceList();
    const first = dataOf(await callHttp(runtime, disclosure, 'create', input, villageToken));
    expect(dataOf(await callHttp(runtime, disclosure, 'create', input, villageToken)).id).toBe(first.id);
    expect(errorCode(await callHttp(runtime, disclosure, 'create', { ...input, title: '另一个标题' }, villageToken))).toBe('REQUEST_ID_REUSED');
  });
});
