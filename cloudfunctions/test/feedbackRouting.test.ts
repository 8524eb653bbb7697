import { chinaDateOf } from '@sunshine/shared';
import { CLOUD_FUNCTIONS } from '../src/functions';
import { DEMO_PASSWORD } from '../src/local/demoData';
import { createAdmin } from '../src/services/admin/adminAuth';
import { escalateOverdueFeedback } from '../src/services/feedback/feedbackRouting';
import { withDemoAdmins } from './support/demo';
import { callAsResident, callHttp, dataOf, withRequestId } from './support/invoke';
import { publish } from './support/publishing';
import { loadRegions, openTestRuntime, type TTestRuntime } from './support/testRuntime';

const { feedback, feedbackSweep, inbox } = CLOUD_FUNCTIONS;

let runtime: TTestRuntime;
let signIn: (username: string) => Promise<string>;
let publishedId: string;

const as = (openid: string, action: string, input: unknown = {}) => callAsResident(runtime, feedback, { action, input: withRequestId(input) }, openid);
const admin = async (username: string, action: string, input: unknown) => callHttp(runtime, feedback, action, input, await signIn(username));
const ids = (page: { items: { id: string }[] }) => page.items.map((m) => m.id);

async function complain(openid: string, text = '低保名单里有去世三年的人还在领钱') {
  return dataOf(await as(openid, 'submit', { disclosureId: publishedId, kind: 'complaint', text }));
}

async function mine(openid: string, id: string) {
  return dataOf(await as(openid, 'mine', { page: 1, pageSize: 50 })).items.find((m: { id: string }) => m.id === id);
}

/** Moves the clock to the day after `dueDate` in China, so the due day has fully passed. */
function passDueDate(dueDate: string) {
  const days = Math.round((Date.parse(dueDate) - Date.parse(chinaDateOf(runtime.services.now()))) / 86_400_000) + 1;
  runtime.advanceMinutes(days * 24 * 60);
}

beforeAll(async () => {
  runtime = openTestRuntime();
  signIn = await withDemoAdmins(runtime);
  await loadRegions(runtime, '210123');
  await createAdmin(runtime.services, { username: 'kangping_jiwei', displayName: '康平县纪委监委 督导员', role: 'county_supervisor', regionCode: '210123000000', password: DEMO_PASSWORD });
  publishedId = (await publish(runtime, await signIn('dagujiazi'), await signIn('dagujiazi_zhen'))).id;
});
afterAll(() => runtime.close());

describe('resident text passes the content check', () => {
  it('refuses risky text and stores nothing; keeps text needing review, marked for the village', async () => {
    const before = await runtime.store.count('feedback');
    const risky = await as('openid-check', 'submit', { disclosureId: publishedId, kind: 'question', text: '这里有人出售枪支出售信息' });
    expect(!risky.ok && risky.error.code).toBe('CONTENT_REJECTED');
    expect(await runtime.store.count('feedback')).toBe(before);
    const review = dataOf(await as('openid-check', 'submit', { disclosureId: publishedId, kind: 'complaint', text: '再不解决我们就集体上访' }));
    expect((await runtime.store.get('feedback', review.id))?.needsReview).toBe(true);
  });
});

describe('the resident is told', () => {
  it('in the inbox, when the message moves up a level and when an answer arrives', async () => {
    const titles = async (openid: string) =>
      dataOf(await callAsResident(runtime, inbox, { action: 'list', input: { page: 1, pageSize: 50 } }, openid)).items.map((n: { title: string }) => n.title);
    const sent = await complain('openid-told');
    expect(await titles('openid-told')).toEqual([]);
    passDueDate(sent.dueDate);
    await escalateOverdueFeedback(runtime.services);
    expect(await titles('openid-told')).toEqual(['您的留言已转上一级办理']);
    dataOf(await admin('dagujiazi_zhen', 'reply', { id: sent.id, text: '乡镇已督促村里核实整改。' }));
    expect((await titles('openid-told')).sort()).toEqual(['您的留言已转上一级办理', '您的留言有了答复'].sort());
    expect(await titles('openid-someone-else')).toEqual([]);
  });
});

describe('a message answered in time', () => {
  it('waits for its village with a working-day deadline, and 满意 closes it', async () => {
    const sent = await complain('openid-happy');
    expect(sent).toMatchObject({ status: 'open', level: 'village', dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(sent.deadlineNote).toContain('5 个工作日');
    expect(ids(dataOf(await admin('dagujiazi', 'waiting', { page: 1, pageSize: 20 })))).toContain(sent.id);
    expect(ids(dataOf(await admin('dagujiazi_zhen', 'waiting', { page: 1, pageSize: 20 })))).not.toContain(sent.id);

    dataOf(await admin('dagujiazi', 'reply', { id: sent.id, text: '已核实，本月起停发并追回。' }));
    expect(await mine('openid-happy', sent.id)).toMatchObject({ status: 'answered', reply: { text: '已核实，本月起停发并追回。', level: 'village' } });
    const closed = dataOf(await as('openid-happy', 'rateAnswer', { id: sent.id, rating: 'satisfied' }));
    expect(closed).toMatchObject({ status: 'closed', level: 'village' });
    expect(closed.history.map((h: { action: string }) => h.action)).toEqual(['submit', 'reply', 'rate', 'close']);
    expect(JSON.stringify(closed)).not.toMatch(/openid|residentKey|admin-/);

    const again = await as('openid-happy', 'rateAnswer', { id: sent.id, rating: 'dissatisfied' });
    expect(!again.ok && again.error.code).toBe('INVALID_TRANSITION');
  });
});

describe('escalation', () => {
  it('sends an unanswered message up by the sweep, then 不满意 up to the county, keeping the history', async () => {
    const sent = await complain('openid-ignored');
    // Not yet due: the sweep leaves it alone.
    await escalateOverdueFeedback(runtime.services);
    expect(await mine('openid-ignored', sent.id)).toMatchObject({ level: 'village', status: 'open' });

    passDueDate(sent.dueDate);
    const swept = await escalateOverdueFeedback(runtime.services);
    expect(swept.escalated).toBeGreaterThanOrEqual(1);
    const atTownship = await mine('openid-ignored', sent.id);
    expect(atTownship).toMatchObject({ level: 'township', status: 'open' });
    expect(atTownship.deadlineNote).toContain('10 个工作日');
    expect(atTownship.history.at(-1)).toMatchObject({ action: 'escalate', level: 'township', reason: 'overdue', dueDate: atTownship.dueDate });
    // A second sweep does not escalate it again.
    await escalateOverdueFeedback(runtime.services);
    expect((await mine('openid-ignored', sent.id)).level).toBe('township');

    // The village may no longer answer; another township cannot even see it.
    const late = await admin('dagujiazi', 'reply', { id: sent.id, text: '我们现在来回复' });
    expect(!late.ok && late.error.code).toBe('INVALID_TRANSITION');
    const foreign = await admin('sanmianchuan_zhen', 'reply', { id: sent.id, text: '不归我们管' });
    expect(!foreign.ok && foreign.error.code).toBe('NOT_FOUND');
    expect(ids(dataOf(await admin('dagujiazi_zhen', 'waiting', { page: 1, pageSize: 20 })))).toContain(sent.id);

    dataOf(await admin('dagujiazi_zhen', 'reply', { id: sent.id, text: '镇民政办已责成村里整改。' }));
    const toCounty = dataOf(await as('openid-ignored', 'rateAnswer', { id: sent.id, rating: 'dissatisfied' }));
    expect(toCounty).toMatchObject({ level: 'county', status: 'open', reply: null });
    expect(toCounty.deadlineNote).toContain('15 个工作日');
    expect(toCounty.history.map((h: { action: string; level: string }) => `${h.action}@${h.level}`)).toEqual([
      'submit@village',
      'escalate@township',
      'reply@township',
      'rate@township',
      'escalate@county',
    ]);
    expect(toCounty.history[2]).toMatchObject({ text: '镇民政办已责成村里整改。', byName: '大孤家子镇' });
    expect(toCounty.history[4]).toMatchObject({ reason: 'dissatisfied' });

    const otherCounty = await admin('kangping_jiwei', 'reply', { id: sent.id, text: '不归我们管' });
    expect(!otherCounty.ok && otherCounty.error.code).toBe('NOT_FOUND');
    expect(ids(dataOf(await admin('faku_jiwei', 'waiting', { page: 1, pageSize: 20 })))).toContain(sent.id);
    dataOf(await admin('faku_jiwei', 'reply', { id: sent.id, text: '县纪委已督促镇村追回冒领资金。' }));
    expect(dataOf(await as('openid-ignored', 'rateAnswer', { id: sent.id, rating: 'satisfied' }))).toMatchObject({ status: 'closed', level: 'county' });
  });

  it('escalates an unanswered township message to the county, and never past the county', async () => {
    const sent = await complain('openid-patient');
    passDueDate(sent.dueDate);
    await escalateOverdueFeedback(runtime.services);
    const atTownship = await mine('openid-patient', sent.id);
    passDueDate(atTownship.dueDate);
    await escalateOverdueFeedback(runtime.services);
    const atCounty = await mine('openid-patient', sent.id);
    expect(atCounty).toMatchObject({ level: 'county', status: 'open' });
    expect(atCounty.history.filter((h: { reason: string | null }) => h.reason === 'overdue')).toHaveLength(2);
    passDueDate(atCounty.dueDate);
    await escalateOverdueFeedback(runtime.services);
    expect(await mine('openid-patient', sent.id)).toMatchObject({ level: 'county', status: 'open', dueDate: atCounty.dueDate });
    // 不满意 at the county keeps it with the county, open again with a new deadline.
    dataOf(await admin('faku_jiwei', 'reply', { id: sent.id, text: '已转县民政局办理。' }));
    const reopened = dataOf(await as('openid-patient', 'rateAnswer', { id: sent.id, rating: 'dissatisfied' }));
    expect(reopened).toMatchObject({ level: 'county', status: 'open' });
    expect(reopened.dueDate > atCounty.dueDate).toBe(true);
  });
});

describe('refusals', () => {
  it('lets only the author rate, only an answered message, and only 满意 / 不满意', async () => {
    const sent = await complain('openid-author');
    const early = await as('openid-author', 'rateAnswer', { id: sent.id, rating: 'satisfied' });
    expect(!early.ok && early.error.code).toBe('INVALID_TRANSITION');
    dataOf(await admin('dagujiazi', 'reply', { id: sent.id, text: '正在核实。' }));
    const stranger = await as('openid-stranger', 'rateAnswer', { id: sent.id, rating: 'satisfied' });
    expect(!stranger.ok && stranger.error.code).toBe('NOT_FOUND');
    const odd = await as('openid-author', 'rateAnswer', { id: sent.id, rating: 'basicallySatisfied' });
    expect(!odd.ok && odd.error.code).toBe('INVALID_INPUT');
    const empty = await admin('dagujiazi', 'reply', { id: sent.id, text: ' ' });
    expect(!empty.ok && empty.error.code).toBe('INVALID_INPUT');
    expect((await mine('openid-author', sent.id)).status).toBe('answered');
  });

  it('refuses the sweep over HTTP', async () => {
    const result = await callHttp(runtime, feedbackSweep, 'run', {}, await signIn('faku_jiwei'));
    expect(!result.ok && result.error.code).toBe('FORBIDDEN');
  });
});
