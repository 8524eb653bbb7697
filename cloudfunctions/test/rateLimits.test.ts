import { RATE_LIMITS } from '@sunshine/shared';
import { CLOUD_FUNCTIONS } from '../src/functions';
import { LocalFileStorage } from '../src/files/LocalFileStorage';
import { localIdentity } from '../src/runtime/identity';
import type { TRuntime } from '../src/runtime/runtime';
import { createServiceContext } from '../src/services/serviceContext';
import { SqliteStore } from '../src/store/sqlite/SqliteStore';
import { withDemoAdmins } from './support/demo';
import { callAsResident, callHttp, dataOf, freshRequestId } from './support/invoke';
import { allowanceList, publish, VILLAGE } from './support/publishing';
import { demoIdNumber } from '../src/local/demoData';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

const { feedback, hotline, disclosure, review, disclosureComment, identity } = CLOUD_FUNCTIONS;

let runtime: TTestRuntime;
const person = { name: '张桂兰', idNumber: demoIdNumber('19480312', 22) };
let publishedId: string;
let commentId: string;
let seq = 0;
const openid = () => `openid-rate-${seq++}`;

beforeAll(async () => {
  runtime = openTestRuntime();
  const signIn = await withDemoAdmins(runtime);
  const villageToken = await signIn('dagujiazi');
  dataOf(await callHttp(runtime, identity, 'uploadRoster', { csv: `${person.name},${person.idNumber}\n` }, villageToken));
  const reviewerToken = await signIn('dagujiazi_zhen');
  publishedId = (await publish(runtime, villageToken, reviewerToken)).id;
  const draft = dataOf(await callHttp(runtime, disclosure, 'create', { ...allowanceList(), catalogItemId: 'village-major-matters', rows: [], title: '村道硬化工程方案（征求意见稿）' }, villageToken));
  dataOf(await callHttp(runtime, disclosure, 'submit', { id: draft.id, commentDays: 7 }, villageToken));
  commentId = dataOf(await callHttp(runtime, review, 'approve', { id: draft.id }, reviewerToken)).id;
});
afterAll(() => runtime.close());

type TCreate = (rt: TRuntime, who: string, n: number) => Promise<{ ok: boolean; error?: { code: string; message: string } }>;
const creates: Record<'feedback' | 'rating' | 'hotlineOrder' | 'comment', TCreate> = {
  feedback: (rt, who, n) => callAsResident(rt, feedback, { action: 'submit', input: { requestId: freshRequestId(), disclosureId: publishedId, kind: 'question', text: `第 ${n} 个问题：补助标准是多少？` } }, who),
  rating: (rt, who) => callAsResident(rt, feedback, { action: 'rate', input: { requestId: freshRequestId(), disclosureId: publishedId, rating: 'dissatisfied' } }, who),
  hotlineOrder: (rt, who, n) =>
    callAsResident(rt, hotline, { action: 'file', input: { requestId: `rate-${who}-${n}`, villageCode: VILLAGE, type: 'complaint', content: `第 ${n} 次反映：村里自来水停水三天了` } }, who),
  comment: (rt, who, n) => callAsResident(rt, disclosureComment, { action: 'submit', input: { requestId: freshRequestId(), disclosureId: commentId, text: `第 ${n} 条意见：建议先修东头` } }, who),
};

const codes = (results: { ok: boolean; error?: { code: string } }[]) => results.map((r) => (r.ok ? 'ok' : r.error!.code));

describe('limits per resident', () => {
  it.each(['feedback', 'rating', 'hotlineOrder'] as const)('refuses %s beyond the hourly number with a Chinese message, and allows it again an hour later', async (action) => {
    const who = openid();
    const max = RATE_LIMITS[action].resident!.windows[0].max;
    for (let n = 0; n < max; n++) dataOf((await creates[action](runtime, who, n)) as never);
    const refused = await creates[action](runtime, who, max);
    expect(refused.error?.code).toBe('RATE_LIMITED');
    expect(refused.error?.message).toMatch(/^提交太频繁，请 \d+ 分钟后再试。$/);
    runtime.advanceMinutes(61);
    expect((await creates[action](runtime, who, max + 1)).ok).toBe(true);
  });

  it('answers a retried request from what it made instead of counting it again', async () => {
    const who = openid();
    const max = RATE_LIMITS.feedback.resident!.windows[0].max;
    const first = { requestId: freshRequestId(), disclosureId: publishedId, kind: 'question', text: '补助什么时候发？' };
    const sent = dataOf(await callAsResident(runtime, feedback, { action: 'submit', input: first }, who)) as { id: string };
    for (let n = 1; n < max; n++) dataOf((await creates.feedback(runtime, who, n)) as never);
    const retried = dataOf(await callAsResident(runtime, feedback, { action: 'submit', input: first }, who)) as { id: string };
    expect(retried.id).toBe(sent.id);
    expect((await creates.feedback(runtime, who, max)).error?.code).toBe('RATE_LIMITED');
    runtime.advanceMinutes(61);
  });

  it('holds across function instances on the same database', async () => {
    const who = openid();
    const max = RATE_LIMITS.feedback.resident!.windows[0].max;
    for (let n = 0; n < max; n++) dataOf((await creates.feedback(runtime, who, n)) as never);
    const secondStore = SqliteStore.open(runtime.dataDir);
    try {
      const second: TRuntime = { services: createServiceContext(secondStore, runtime.services.config, new LocalFileStorage(runtime.dataDir), runtime.services.now), identity: localIdentity };
      expect((await creates.feedback(second, who, max)).error?.code).toBe('RATE_LIMITED');
    } finally {
      await secondStore.close();
    }
    runtime.advanceMinutes(61);
  });

  it('counts survey attempts too, even those the month’s survey refuses', async () => {
    const who = openid();
    dataOf(await callAsResident(runtime, identity, { action: 'bind', input: { villageCode: VILLAGE, ...person, consent: true } }, who));
    const survey = () => callAsResident(runtime, feedback, { action: 'survey', input: { requestId: freshRequestId(), rating: 'satisfied' } }, who);
    const max = RATE_LIMITS.survey.resident!.windows[0].max;
    const results = [];
    for (let n = 0; n <= max; n++) results.push(await survey());
    expect(codes(results)).toEqual(['ok', ...Array(max - 1).fill('SURVEY_ALREADY_DONE'), 'RATE_LIMITED']);
    runtime.advanceMinutes(61);
  });
});

describe('limits per village', () => {
  it.each(['feedback', 'rating', 'hotlineOrder', 'comment'] as const)('lets no more %s through than the village’s hourly number, sent at once by new accounts', async (action) => {
    const max = RATE_LIMITS[action].village!.windows[0].max;
    const results = await Promise.all(Array.from({ length: max + 20 }, (_, n) => creates[action](runtime, openid(), n)));
    const tally = codes(results);
    expect(tally.filter((c) => c === 'ok')).toHaveLength(max);
    expect(tally.filter((c) => c === 'RATE_LIMITED')).toHaveLength(20);
    runtime.advanceMinutes(61);
  });
});
