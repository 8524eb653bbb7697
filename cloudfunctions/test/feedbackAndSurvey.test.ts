import { CLOUD_FUNCTIONS } from '../src/functions';
import { demoIdNumber } from '../src/local/demoData';
import { withDemoAdmins } from './support/demo';
import { callAsResident, callHttp, dataOf, withRequestId } from './support/invoke';
import { allowanceList, publish } from './support/publishing';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

const { feedback, identity, disclosure } = CLOUD_FUNCTIONS;
const DAGUJIAZI = '210124101200';

let runtime: TTestRuntime;
let villageToken: string;
let neighbourToken: string;
let publishedId: string;
let draftId: string;

const as = (openid: string, action: string, input: unknown = {}) => callAsResident(runtime, feedback, { action, input: withRequestId(input) }, openid);

beforeAll(async () => {
  runtime = openTestRuntime();
  const signIn = await withDemoAdmins(runtime);
  villageToken = await signIn('dagujiazi');
  neighbourToken = await signIn('lamaqiao');
  publishedId = (await publish(runtime, villageToken, await signIn('dagujiazi_zhen'))).id;
  draftId = dataOf(await callHttp(runtime, disclosure, 'create', allowanceList(), villageToken)).id;
});
afterAll(() => runtime.close());

describe('questions, complaints and suggestions', () => {
  it('are answered by the village admin and shown in "my messages" with status and answer', async () => {
    const sent = dataOf(await as('openid-asker', 'submit', { disclosureId: publishedId, kind: 'question', text: '张桂兰的低保标准是怎么定的？' }));
    expect(sent).toMatchObject({ status: 'open', reply: null, kind: 'question' });
    const inbox = dataOf(await callHttp(runtime, feedback, 'villageList', { status: 'open' }, villageToken));
    expect(inbox.items.map((m: { id: string }) => m.id)).toContain(sent.id);
    expect(JSON.stringify(inbox)).not.toMatch(/openid|residentKey/);
    const foreign = await callHttp(runtime, feedback, 'reply', { id: sent.id, text: '不归我们管' }, neighbourToken);
    expect(!foreign.ok && foreign.error.code).toBe('NOT_FOUND');
    dataOf(await callHttp(runtime, feedback, 'reply', { id: sent.id, text: '按县民政局 2026 年标准，每人每月 460 元。' }, villageToken));
    const mine = dataOf(await as('openid-asker', 'mine'));
    expect(mine.items[0]).toMatchObject({ id: sent.id, status: 'answered', reply: { text: '按县民政局 2026 年标准，每人每月 460 元。', byName: expect.any(String) } });
    expect(dataOf(await callHttp(runtime, feedback, 'villageList', { status: 'open' }, villageToken)).items.map((m: { id: string }) => m.id)).not.toContain(sent.id);
  });

  it('are never shown to another resident', async () => {
    const sent = dataOf(await as('openid-asker', 'submit', { disclosureId: publishedId, kind: 'complaint', text: '名单里有已经去世的人' }));
    const other = dataOf(await as('openid-other', 'mine'));
    expect(other).toMatchObject({ items: [], total: 0 });
    // Asked for by id (a notice opens it): the author gets that one, anyone else nothing.
    expect(dataOf(await as('openid-asker', 'mine', { id: sent.id }))).toMatchObject({ items: [{ id: sent.id, text: '名单里有已经去世的人' }], total: 1 });
    expect(dataOf(await as('openid-other', 'mine', { id: sent.id }))).toMatchObject({ items: [], total: 0 });
  });

  it('refuse text over the limit, empty text and a disclosure residents cannot see, storing nothing', async () => {
    const before = await runtime.store.count('feedback');
    const long = await as('openid-asker', 'submit', { disclosureId: publishedId, kind: 'suggestion', text: '长'.repeat(501) });
    expect(!long.ok && long.error.issues?.[0]).toEqual({ field: 'text', message: '最多 500 个字' });
    const empty = await as('openid-asker', 'submit', { disclosureId: publishedId, kind: 'suggestion', text: ' ' });
    expect(!empty.ok && empty.error.code).toBe('INVALID_INPUT');
    const draft = await as('openid-asker', 'submit', { disclosureId: draftId, kind: 'question', text: '这是什么？' });
    expect(!draft.ok && draft.error.code).toBe('NOT_FOUND');
    expect(await runtime.store.count('feedback')).toBe(before);
  });
});

describe('rating a disclosure', () => {
  it('keeps one rating per resident and disclosure; rating again replaces it', async () => {
    dataOf(await as('openid-rater', 'rate', { disclosureId: publishedId, rating: 'dissatisfied' }));
    dataOf(await as('openid-rater', 'rate', { disclosureId: publishedId, rating: 'satisfied' }));
    expect(dataOf(await as('openid-rater', 'myRating', { disclosureId: publishedId })).rating).toBe('satisfied');
    expect(await runtime.store.count('ratings', [['disclosureId', '==', publishedId]])).toBe(1);
    expect(dataOf(await as('openid-other', 'myRating', { disclosureId: publishedId })).rating).toBeNull();
  });

  it('refuses a disclosure the resident cannot see and an unknown rating', async () => {
    const draft = await as('openid-rater', 'rate', { disclosureId: draftId, rating: 'satisfied' });
    expect(!draft.ok && draft.error.code).toBe('NOT_FOUND');
    const odd = await as('openid-rater', 'rate', { disclosureId: publishedId, rating: 'great' });
    expect(!odd.ok && odd.error.code).toBe('INVALID_INPUT');
    expect(await runtime.store.count('ratings', [['disclosureId', '==', draftId]])).toBe(0);
  });
});

describe('the monthly survey', () => {
  beforeAll(async () => {
    dataOf(await callHttp(runtime, identity, 'uploadRoster', { csv: `王秀英,${demoIdNumber('19620918', 45)}\n` }, villageToken));
    dataOf(await callAsResident(runtime, identity, { action: 'bind', input: { villageCode: DAGUJIAZI, name: '王秀英', idNumber: demoIdNumber('19620918', 45), consent: true } }, 'openid-surveyed'));
  });

  it('takes one answer per verified resident, village and month', async () => {
    const before = dataOf(await as('openid-surveyed', 'surveyStatus'));
    expect(before).toMatchObject({ villageCode: DAGUJIAZI, rating: null });
    expect(before.month).toMatch(/^\d{4}-\d{2}$/);
    expect(dataOf(await as('openid-surveyed', 'survey', { rating: 'basicallySatisfied', comment: '路灯修好了' })).rating).toBe('basicallySatisfied');
    const again = await as('openid-surveyed', 'survey', { rating: 'dissatisfied' });
    expect(!again.ok && again.error.code).toBe('SURVEY_ALREADY_DONE');
    expect(dataOf(await as('openid-surveyed', 'surveyStatus')).rating).toBe('basicallySatisfied');
    runtime.advanceMinutes(40 * 24 * 60);
    expect(dataOf(await as('openid-surveyed', 'surveyStatus')).rating).toBeNull();
    dataOf(await as('openid-surveyed', 'survey', { rating: 'satisfied' }));
    expect(await runtime.store.count('surveys', [['villageCode', '==', DAGUJIAZI]])).toBe(2);
  });

  it('is closed to residents who are not verified, and refuses an over-long comment', async () => {
    // Every village page asks; a resident without a verified binding is simply offered none, not refused.
    expect(await as('openid-nobody', 'surveyStatus')).toEqual({ ok: true, data: null });
    const unbound = await as('openid-nobody', 'survey', { rating: 'satisfied' });
    expect(!unbound.ok && unbound.error.code).toBe('NOT_VERIFIED');
    const long = await as('openid-surveyed', 'survey', { rating: 'satisfied', comment: '长'.repeat(301) });
    expect(!long.ok && long.error.code).toBe('INVALID_INPUT');
  });
});
