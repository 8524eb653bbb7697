import { chinaDateOf } from '@sunshine/shared';
import { CLOUD_FUNCTIONS } from '../src/functions';
import { LocalFileStorage } from '../src/files/LocalFileStorage';
import type { Notifier, TResidentMessage } from '../src/notify/Notifier';
import { createServiceContext, type TServiceContext } from '../src/services/serviceContext';
import { applyHotlineUpdate } from '../src/services/hotline/hotlineCallback';
import { escalateOverdueFeedback } from '../src/services/feedback/feedbackRouting';
import { deliverResidentNotices } from '../src/services/resident/residentNotices';
import { SqliteStore } from '../src/store/sqlite/SqliteStore';
import { withDemoAdmins } from './support/demo';
import { fileOrder } from './support/hotline';
import { callAsResident, callHttp, dataOf } from './support/invoke';
import { publish } from './support/publishing';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

/**
 * Notices to residents (answer, escalation, 12345 status) are written with the
 * change they announce and sent on the channels outside (WeChat) from the
 * outbox, so a crash right after the commit loses none and sends none twice.
 * The channel outside is a recording stand-in; the store is the real SQLite file.
 */
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

const recording = () => {
  const sent: TResidentMessage[] = [];
  const notifier: Notifier = { notify: async (m) => void sent.push(m) };
  return { sent, notifier };
};

async function complain(openid: string) {
  const input = { requestId: `fb-${openid}-${Date.now()}`, disclosureId: publishedId, kind: 'complaint', text: '低保名单里有去世三年的人还在领钱' };
  return dataOf(await callAsResident(runtime, CLOUD_FUNCTIONS.feedback, { action: 'submit', input }, openid));
}
const reply = async (id: string) => dataOf(await callHttp(runtime, CLOUD_FUNCTIONS.feedback, 'reply', { id, text: '已核实，名单已更正。' }, await signIn('dagujiazi')));

/** The process dies: the store is closed under a worker still waiting on WeChat; a new process opens the same file. */
async function restart(notifiers: Notifier[]): Promise<{ ctx: TServiceContext; store: SqliteStore }> {
  await runtime.store.close();
  const store = SqliteStore.open(runtime.dataDir);
  const ctx = createServiceContext(store, runtime.services.config, new LocalFileStorage(runtime.dataDir), runtime.services.now);
  ctx.integrations = { notifiers };
  runtime.store = store;
  return { ctx, store };
}

describe('notices to residents', () => {
  it('are sent exactly once after a crash between the commit and the WeChat send', async () => {
    const message = await complain('openid-a');
    let reached!: () => void;
    const sending = new Promise<void>((resolve) => (reached = resolve));
    const dying: Notifier = { notify: () => (reached(), new Promise(() => {})) }; // WeChat is being called when the process dies
    runtime.services.integrations = { ...runtime.services.integrations, notifiers: [dying] };
    await reply(message.id);
    void deliverResidentNotices(runtime.services, { leaseMs: 60_000 });
    await sending;

    const wechat = recording();
    const { ctx } = await restart([wechat.notifier]);
    expect(await deliverResidentNotices(ctx)).toEqual({ delivered: [], failed: [] }); // the dead worker's lease still runs
    runtime.advanceMinutes(2);
    expect((await deliverResidentNotices(ctx)).delivered).toHaveLength(1);
    expect(await deliverResidentNotices(ctx)).toEqual({ delivered: [], failed: [] });
    expect(wechat.sent.map((m) => m.title)).toEqual(['您的留言有了答复']);
    expect(wechat.sent[0].openid).toBe('openid-a');
    expect(await ctx.store.count('notifications')).toBe(1);
  });

  it('of an escalation, an answer and a 12345 status are each written with their change and survive a restart before any send', async () => {
    const wechat = recording();
    runtime.services.integrations = { ...runtime.services.integrations, notifiers: [wechat.notifier] };
    const late = await complain('openid-late');
    const answered = await complain('openid-answered');
    await reply(answered.id);
    const order = dataOf(await fileOrder(runtime, 'openid-hotline'));
    const update = { eventId: 'ev-1', externalId: order.id, hotlineOrderNo: 'NO-1', sequence: 1, status: 'accepted' as const, reply: null, occurredAt: runtime.services.now().toISOString() };
    expect(await applyHotlineUpdate(runtime.services, update)).toBe('apply');
    expect(await applyHotlineUpdate(runtime.services, update)).toBe('duplicate');
    runtime.advanceMinutes((Date.parse(late.dueDate) - Date.parse(chinaDateOf(runtime.services.now())) + 86_400_000 * 2) / 60_000);
    expect((await escalateOverdueFeedback(runtime.services)).escalated).toBeGreaterThanOrEqual(1);
    expect(wechat.sent).toEqual([]); // nothing is sent by the request itself

    const { ctx } = await restart([wechat.notifier]);
    await deliverResidentNotices(ctx);
    expect(await deliverResidentNotices(ctx)).toEqual({ delivered: [], failed: [] });
    const byResident = (openid: string) => wechat.sent.filter((m) => m.openid === openid).map((m) => m.title);
    expect(byResident('openid-late')).toEqual(['您的留言已转上一级办理']);
    expect(byResident('openid-answered')).toEqual(['您的留言有了答复']);
    expect(byResident('openid-hotline')).toEqual(['您的12345诉求已受理']);
    expect(new Set(wechat.sent.map((m) => m.id)).size).toBe(wechat.sent.length);
  });

  it('are retried with a delay when WeChat fails, and sent once when it is back', async () => {
    const message = await complain('openid-a');
    let down = true;
    const sent: TResidentMessage[] = [];
    runtime.services.integrations = {
      ...runtime.services.integrations,
      notifiers: [{ notify: async (m) => { if (down) throw new Error('微信接口返回 errcode 45009'); sent.push(m); } }],
    };
    await reply(message.id);
    expect((await deliverResidentNotices(runtime.services)).failed[0].error).toContain('45009');
    down = false;
    expect(await deliverResidentNotices(runtime.services)).toEqual({ delivered: [], failed: [] });
    runtime.advanceMinutes(61);
    expect((await deliverResidentNotices(runtime.services)).delivered).toHaveLength(1);
    expect(sent).toHaveLength(1);
    const [entry] = await runtime.store.find('outbox', { where: [['kind', '==', 'notice']], limit: 10 });
    expect(entry).toMatchObject({ state: 'delivered', attempts: 2 });
  });
});
