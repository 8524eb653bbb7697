import { signedHeaders, signBody } from '../src/hotline/signature';
import { withDemoAdmins } from './support/demo';
import { CALLBACK_SECRET, fileOrder, withHotline } from './support/hotline';
import { dataOf } from './support/invoke';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

/** The callback endpoint over real HTTP through the gateway: the signature is its only gate. */
let runtime: TTestRuntime;
let hotline: Awaited<ReturnType<typeof withHotline>>;
let orderId: string;

beforeAll(async () => {
  runtime = openTestRuntime();
  await withDemoAdmins(runtime);
  hotline = await withHotline(runtime);
  orderId = dataOf(await fileOrder(runtime, 'openid-a')).id;
});
afterAll(async () => {
  await hotline.stop();
  await runtime.close();
});

const update = (sequence: number, eventId = `ev-${sequence}`) =>
  JSON.stringify({ eventId, externalId: orderId, hotlineOrderNo: 'SY1', sequence, status: sequence === 1 ? 'accepted' : 'processing', occurredAt: new Date().toISOString() });

async function post(body: string, headers: Record<string, string>, path = '/api/hotlineCallback') {
  const response = await fetch(hotline.gateway.baseUrl + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, json: (await response.json()) as any };
}
const signed = (body: string, at = runtime.services.now()) => signedHeaders(CALLBACK_SECRET, body, at);

describe('POST /api/hotlineCallback', () => {
  it('refuses a missing, wrong or stale signature before reading the body', async () => {
    const body = update(1);
    expect((await post(body, {})).status).toBe(401);
    expect((await post(body, signed(body.replace('SY1', 'SY2')))).json.error.message).toContain('签名不正确');
    expect((await post(body, signedHeaders('another-secret-of-length', body, new Date()))).status).toBe(401);
    const stale = await post(body, signed(body, new Date(Date.now() - 10 * 60_000)));
    expect(stale).toMatchObject({ status: 401 });
    expect(stale.json.error.message).toContain('时间戳过期');
    expect((await runtime.store.get('hotlineOrders', orderId))!.timeline).toHaveLength(1);
  });

  it('refuses a signature with anything after its 64 hex digits', async () => {
    const body = update(1, 'ev-trailing');
    const headers = signed(body);
    for (const tail of ['zz', '!', '0', 'g']) {
      const result = await post(body, { ...headers, 'x-hotline-signature': headers['x-hotline-signature'] + tail });
      expect(result.status).toBe(401);
    }
    expect((await runtime.store.get('hotlineOrders', orderId))!.timeline).toHaveLength(1);
  });

  it('applies a signed update once, then answers duplicates and older updates without applying them', async () => {
    // Each body is built once: it carries a timestamp, and the signature covers its exact bytes.
    const second = update(2);
    const first = update(1);
    expect((await post(second, signed(second))).json.data).toEqual({ result: 'apply' });
    expect((await post(second, signed(second))).json.data).toEqual({ result: 'duplicate' });
    expect((await post(first, signed(first))).json.data).toEqual({ result: 'out_of_order' });
    const order = await runtime.store.get('hotlineOrders', orderId);
    expect(order).toMatchObject({ status: 'processing', lastSequence: 2 });
  });

  it('answers 404 for an order it does not know and 400 for a body that is not an update', async () => {
    const unknown = update(5).replace(orderId, 'hl_unknown');
    expect((await post(unknown, signed(unknown))).status).toBe(404);
    const junk = '{"hello":1}';
    const timestamp = String(Math.floor(runtime.services.now().getTime() / 1000));
    expect((await post(junk, { 'x-hotline-timestamp': timestamp, 'x-hotline-signature': signBody(CALLBACK_SECRET, timestamp, junk) })).status).toBe(400);
  });

  it('does not let anyone run the delivery worker over HTTP', async () => {
    expect((await post('{}', {}, '/api/hotlineDispatch')).status).toBe(403);
  });
});
