import { HOTLINE_STUCK_AFTER_FAILURES } from '@sunshine/shared';
import { CLOUD_FUNCTIONS } from '../src/functions';
import type { HotlineAdapter } from '../src/hotline/HotlineAdapter';
import { LocalFileStorage } from '../src/files/LocalFileStorage';
import { signedHeaders } from '../src/hotline/signature';
import { localIdentity } from '../src/runtime/identity';
import type { TRuntime } from '../src/runtime/runtime';
import { dispatchHotlineOrders } from '../src/services/hotline/hotlineDelivery';
import { createServiceContext } from '../src/services/serviceContext';
import { SqliteStore } from '../src/store/sqlite/SqliteStore';
import { withDemoAdmins } from './support/demo';
import { closeServer, dispatch, fileOrder, myOrders, withHotline } from './support/hotline';
import { callHttp, dataOf } from './support/invoke';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

/**
 * Faults of the 12345 path, against the real simulator over HTTP: each
 * order must reach the hotline exactly once after it recovers, with no case
 * or status lost. The worker runs pass by pass on the runtime's clock.
 */
let runtime: TTestRuntime;
let hotline: Awaited<ReturnType<typeof withHotline>>;
let signIn: Awaited<ReturnType<typeof withDemoAdmins>>;

beforeEach(async () => {
  runtime = openTestRuntime();
  signIn = await withDemoAdmins(runtime);
  hotline = await withHotline(runtime);
});
afterEach(async () => {
  await hotline.stop();
  await runtime.close();
});

const fileOne = async (openid = 'openid-a') => dataOf(await fileOrder(runtime, openid));
const orderDoc = (id: string) => runtime.store.get('hotlineOrders', id);
const filingsOf = (id: string) => hotline.simulator.orders.get(id)?.filings ?? 0;
/** Past the one-hour cap of the retry delay, so the next pass finds the order due. */
const waitOutRetry = () => runtime.advanceMinutes(61);

async function stuckList() {
  return dataOf(await callHttp(runtime, CLOUD_FUNCTIONS.hotline, 'stuck', {}, await signIn('faku_jiwei')));
}

describe('12345 delivery under faults', () => {
  it('files an order once, even when the resident submits twice, and shows its statuses on the timeline', async () => {
    const requestId = 'same-form-0001';
    const first = dataOf(await fileOrder(runtime, 'openid-a', { requestId }));
    const second = dataOf(await fileOrder(runtime, 'openid-a', { requestId }));
    expect(second.id).toBe(first.id);
    expect(await runtime.store.count('outbox')).toBe(1);

    expect((await dispatch(runtime)).delivered).toEqual([first.id]);
    expect(await dispatch(runtime)).toEqual({ delivered: [], failed: [] });
    expect(filingsOf(first.id)).toBe(1);

    expect(await hotline.simulator.answer(first.id)).toBe(3);
    const [mine] = (await myOrders(runtime, 'openid-a')).items;
    expect(mine.status).toBe('closed');
    expect(mine.hotlineOrderNo).toBe(hotline.simulator.orders.get(first.id)!.orderNo);
    expect(mine.timeline.map((e: { status: string }) => e.status)).toEqual(['queued', 'forwarded', 'accepted', 'processing', 'closed']);
    expect(mine.reply).toBeTruthy();
    expect((await myOrders(runtime, 'openid-b')).items).toEqual([]);
  });

  it('survives the hotline being down for a while: backs off, lists the order as stuck, delivers once when it is back', async () => {
    const order = await fileOne();
    hotline.simulator.setFaults({ filing: 'down', failNext: null });
    for (let attempt = 1; attempt <= HOTLINE_STUCK_AFTER_FAILURES; attempt++) {
      expect((await dispatch(runtime)).failed).toHaveLength(1);
      // The growing delay: nothing is due again straight away.
      expect(await dispatch(runtime)).toEqual({ delivered: [], failed: [] });
      waitOutRetry();
    }
    const stuck = await orderDoc(order.id);
    expect(stuck).toMatchObject({ deliveryState: 'retrying', failureCount: HOTLINE_STUCK_AFTER_FAILURES });
    expect(stuck!.lastError).toContain('无法连接');
    expect((await stuckList()).items.map((o: { id: string }) => o.id)).toEqual([order.id]);

    hotline.simulator.setFaults({ filing: null });
    expect((await dispatch(runtime)).delivered).toEqual([order.id]);
    expect(filingsOf(order.id)).toBe(1);
    expect(await orderDoc(order.id)).toMatchObject({ deliveryState: 'delivered', status: 'forwarded', lastError: null });
    expect((await stuckList()).items).toEqual([]);
  });

  it('survives the hotline timing out', async () => {
    await hotline.stop();
    hotline = await withHotline(runtime, { timeoutMs: 300 });
    const order = await fileOne();
    hotline.simulator.setFaults({ filing: 'timeout', failNext: 1 });
    const { failed } = await dispatch(runtime);
    expect(failed[0].error).toContain('超时');
    waitOutRetry();
    expect((await dispatch(runtime)).delivered).toEqual([order.id]);
    expect(filingsOf(order.id)).toBe(1);
  });

  it('survives the hotline answering 500', async () => {
    const order = await fileOne();
    hotline.simulator.setFaults({ filing: 'error500', failNext: 2 });
    expect((await dispatch(runtime)).failed[0].error).toContain('HTTP 500');
    waitOutRetry();
    expect((await dispatch(runtime)).failed).toHaveLength(1);
    waitOutRetry();
    expect((await dispatch(runtime)).delivered).toEqual([order.id]);
    expect(filingsOf(order.id)).toBe(1);
    expect(await orderDoc(order.id)).toMatchObject({ failureCount: 2, deliveryState: 'delivered' });
  });

  it('files once when the hotline took the order but its answer was lost, and answers the retry with the same number', async () => {
    const order = await fileOne();
    hotline.simulator.setFaults({ filing: 'lostAnswer', failNext: 1 });
    expect((await dispatch(runtime)).failed).toHaveLength(1);
    waitOutRetry();
    expect((await dispatch(runtime)).delivered).toEqual([order.id]);
    const simulated = hotline.simulator.orders.get(order.id)!;
    expect(simulated).toMatchObject({ requests: 2, filings: 1 });
    expect((await orderDoc(order.id))!.hotlineOrderNo).toBe(simulated.orderNo);
  });

  it('keeps 已转交 before the hotline\'s own statuses when its first answer was lost and it answered before our retry', async () => {
    const order = await fileOne();
    hotline.simulator.setFaults({ filing: 'lostAnswer', failNext: 1 });
    expect((await dispatch(runtime)).failed).toHaveLength(1);
    expect(await hotline.simulator.answer(order.id)).toBe(3); // 受理…办结 reach us while we still wait to retry
    waitOutRetry();
    expect((await dispatch(runtime)).delivered).toEqual([order.id]);
    const [mine] = (await myOrders(runtime, 'openid-a')).items;
    expect(mine.timeline.map((e: { status: string }) => e.status)).toEqual(['queued', 'forwarded', 'accepted', 'processing', 'closed']);
    const times = mine.timeline.map((e: { at: string }) => e.at);
    expect([...times].sort()).toEqual(times);
    expect(mine.status).toBe('closed');
  });

  it('ignores callbacks sent twice', async () => {
    const order = await fileOne();
    await dispatch(runtime);
    hotline.simulator.setFaults({ callbacks: 'duplicate' });
    expect(await hotline.simulator.answer(order.id)).toBe(6);
    const [mine] = (await myOrders(runtime, 'openid-a')).items;
    expect(mine.timeline.map((e: { status: string }) => e.status)).toEqual(['queued', 'forwarded', 'accepted', 'processing', 'closed']);
    expect(await runtime.store.count('notifications')).toBe(3);
  });

  it('ignores callbacks that arrive after a newer one, so 办结 is never overwritten', async () => {
    const order = await fileOne();
    await dispatch(runtime);
    hotline.simulator.setFaults({ callbacks: 'outOfOrder' });
    await hotline.simulator.answer(order.id);
    const doc = await orderDoc(order.id);
    expect(doc).toMatchObject({ status: 'closed', lastSequence: 3 });
    expect(doc!.reply).toBeTruthy();
    expect(doc!.timeline.map((e) => e.status)).toEqual(['queued', 'forwarded', 'closed']);
  });

  it('keeps a status our side could not take and applies it when the hotline sends it again', async () => {
    const order = await fileOne();
    await dispatch(runtime);
    const { server } = hotline.gateway;
    const port = (server.address() as { port: number }).port;
    await closeServer(server); // our gateway is down while the hotline answers
    expect(await hotline.simulator.answer(order.id, 1)).toBe(0);
    expect(hotline.simulator.undelivered).toHaveLength(1);
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    expect(await hotline.simulator.flush()).toBe(1);
    expect((await orderDoc(order.id))!.status).toBe('accepted');
  });
});

describe('12345 delivery across a crash', () => {
  it('delivers exactly once an order saved by a gateway killed before sending it', async () => {
    const order = await fileOne();
    const config = runtime.services.config;
    await runtime.store.close(); // killed: the case and its outbox entry are on disk, nothing was sent

    const store = SqliteStore.open(runtime.dataDir);
    const reopened: TRuntime = { services: createServiceContext(store, config, new LocalFileStorage(runtime.dataDir), runtime.services.now), identity: localIdentity };
    try {
      expect(filingsOf(order.id)).toBe(0);
      expect((await dispatchHotlineOrders(reopened.services)).delivered).toEqual([order.id]);
      expect(await dispatchHotlineOrders(reopened.services)).toEqual({ delivered: [], failed: [] });
      expect(filingsOf(order.id)).toBe(1);
      expect(await store.get('hotlineOrders', order.id)).toMatchObject({ deliveryState: 'delivered' });
    } finally {
      await store.close();
    }
  });

  it('retries, after its lease, an order whose worker died mid-send, and the hotline still files it once', async () => {
    const order = await fileOne();
    const real = runtime.services;
    // A worker that reaches the hotline and then dies before recording anything.
    let sent!: () => void;
    const reached = new Promise<void>((resolve) => (sent = resolve));
    const dying: HotlineAdapter = {
      async fileOrder(filing) {
        await fetch(new URL('orders', real.config.SUNSHINE_HOTLINE_URL!), {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': filing.idempotencyKey, ...signed(JSON.stringify(filing)) },
          body: JSON.stringify(filing),
        });
        sent();
        return new Promise(() => {}); // never returns
      },
    };
    void dispatchHotlineOrders({ ...real, integrations: { hotline: dying } }, { leaseMs: 60_000 });
    await reached;
    expect(await dispatch(runtime)).toEqual({ delivered: [], failed: [] }); // still leased
    runtime.advanceMinutes(2);
    expect((await dispatch(runtime)).delivered).toEqual([order.id]);
    expect(hotline.simulator.orders.get(order.id)).toMatchObject({ requests: 2, filings: 1 });
  });
});

const signed = (body: string) => signedHeaders(runtime.services.config.SUNSHINE_HOTLINE_SECRET!, body, runtime.services.now());
