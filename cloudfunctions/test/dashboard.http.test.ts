import type { Server } from 'node:http';
import { chinaDateOf } from '@sunshine/shared';
import { DEMO_PASSWORD } from '../src/local/demoData';
import { withDemoAdmins } from './support/demo';
import { startGateway } from './support/gateway';
import { publish } from './support/publishing';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

/** The dashboard over real HTTP through the local gateway, as the console calls it. */
let runtime: TTestRuntime;
let server: Server;
let baseUrl: string;
let month: string;

beforeAll(async () => {
  runtime = openTestRuntime();
  const signInDirect = await withDemoAdmins(runtime);
  await publish(runtime, await signInDirect('dagujiazi'), await signInDirect('dagujiazi_zhen'));
  month = chinaDateOf(runtime.services.now()).slice(0, 7);
  ({ server, baseUrl } = await startGateway(runtime));
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await runtime.close();
});

async function call(fn: string, action: string, input: unknown, token?: string) {
  const response = await fetch(`${baseUrl}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ action, input }),
  });
  return { status: response.status, json: (await response.json()) as any };
}
const signIn = async (username: string) => (await call('adminAuth', 'signIn', { username, password: DEMO_PASSWORD })).json.data.token as string;

describe('POST /api/dashboard', () => {
  it('answers the county supervisor the county, its townships and the village that published this month', async () => {
    const { status, json } = await call('dashboard', 'overview', { period: month }, await signIn('faku_jiwei'));
    expect(status).toBe(200);
    expect(json.data.region).toEqual({ code: '210124000000', name: '法库县', level: 'county' });
    expect(json.data.total.figures.coverage.value).toBeCloseTo(1 / json.data.total.villages, 9);
    expect(json.data.total.figures.reviewMedianDays).toEqual({ value: 0, base: 1 });
    const township = json.data.children.find((c: { code: string }) => c.code === '210124101000');
    expect(township.figures.coverage).toEqual({ value: 1 / township.villages, base: township.villages });
    expect(json.data.worst.find((w: { figure: string }) => w.figure === 'coverage').level).toBe('village');
  });

  it('refuses a malformed period by its label, a region outside the admin’s, a village admin and no session', async () => {
    const county = await signIn('faku_jiwei');
    const malformed = await call('dashboard', 'overview', { period: '2026-13' }, county);
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(malformed.json.error)).toContain('统计期间');
    const outside = await call('dashboard', 'overview', { period: month, regionCode: '210123000000' }, county);
    expect(outside.json.error.code).toBe('OUT_OF_SCOPE');
    const township = await call('dashboard', 'overview', { period: month, regionCode: '210124000000' }, await signIn('dagujiazi_zhen'));
    expect(township.json.error.code).toBe('OUT_OF_SCOPE');
    const village = await call('dashboard', 'overview', { period: month }, await signIn('dagujiazi'));
    expect(village.json.error.code).toBe('FORBIDDEN');
    expect((await call('dashboard', 'overview', { period: month })).status).toBe(401);
  });
});
