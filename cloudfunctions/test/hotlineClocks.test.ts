import { CLOUD_FUNCTIONS } from '../src/functions';
import { applyClockOffset } from '../src/local/clockOffset';
import { withDemoAdmins } from './support/demo';
import { dispatch, fileOrder, myOrders, withHotline } from './support/hotline';
import { callHttp, dataOf } from './support/invoke';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

/**
 * The test gateway's clock offset (SUNSHINE_CLOCK_OFFSET_DAYS) moves domain
 * deadlines only: 12345 must still accept our signatures, callbacks must pass
 * our check, and orders must be due now, not days ahead. Real simulator over HTTP.
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

const stuckIds = async () =>
  dataOf(await callHttp(runtime, CLOUD_FUNCTIONS.hotline, 'stuck', {}, await signIn('faku_jiwei'))).items.map((o: { id: string }) => o.id);

describe('12345 under a test clock offset', () => {
  it('signs with the real time and keeps orders due now when the domain clock is ten days ahead', async () => {
    expect(applyClockOffset(runtime.services, { SUNSHINE_CLOCK_OFFSET_DAYS: '10' })).toBe(10);
    const order = dataOf(await fileOrder(runtime, 'openid-a'));
    const doc = await runtime.store.get('hotlineOrders', order.id);
    expect(Date.parse(doc!.nextAttemptAt!)).toBeLessThanOrEqual(runtime.services.systemNow().getTime());

    expect(await dispatch(runtime)).toEqual({ delivered: [order.id], failed: [] });
    expect(hotline.simulator.orders.get(order.id)).toMatchObject({ filings: 1 });
    expect(await hotline.simulator.answer(order.id)).toBe(3);
    expect((await myOrders(runtime, 'openid-a')).items[0].status).toBe('closed');
  });
});

describe('the stuck list', () => {
  it('lists an order not delivered half an hour after it was filed, even after a single failed attempt', async () => {
    hotline.simulator.setFaults({ filing: 'down', failNext: null });
    const order = dataOf(await fileOrder(runtime, 'openid-a'));
    expect((await dispatch(runtime)).failed).toHaveLength(1);
    expect(await stuckIds()).toEqual([]);
    runtime.advanceMinutes(31);
    expect(await stuckIds()).toEqual([order.id]);

    hotline.simulator.setFaults({ filing: null });
    expect((await dispatch(runtime)).delivered).toEqual([order.id]);
    expect(await stuckIds()).toEqual([]);
  });

  it('lists an order the worker never got to (nothing failed, the worker is not running)', async () => {
    const order = dataOf(await fileOrder(runtime, 'openid-a'));
    runtime.advanceMinutes(31);
    expect(await stuckIds()).toEqual([order.id]);
  });
});
