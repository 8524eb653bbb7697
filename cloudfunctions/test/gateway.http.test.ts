import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { demoIdNumber, DEMO_PASSWORD } from '../src/local/demoData';
import { withDemoAdmins } from './support/demo';
import { browserLikeClient, startGateway } from './support/gateway';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

let runtime: TTestRuntime;
let server: Server;
let baseUrl: string;
let appDir: string;

beforeAll(async () => {
  runtime = openTestRuntime();
  await withDemoAdmins(runtime);
  appDir = join(runtime.dataDir, 'app');
  mkdirSync(join(appDir, 'assets'), { recursive: true });
  writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(appDir, 'assets', 'main.js'), 'console.log(1)');
  ({ server, baseUrl } = await startGateway(runtime, { '/app/': appDir }));
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await runtime.close();
});

describe('the local gateway over HTTP', () => {
  it('carries a disclosure from village to resident', async () => {
    const post = browserLikeClient(baseUrl);
    const signIn = async (username: string) =>
      (await post('/api/adminAuth', { action: 'signIn', input: { username, password: DEMO_PASSWORD } })).json.data.token as string;
    const village = { authorization: `Bearer ${await signIn('dagujiazi')}` };
    const township = { authorization: `Bearer ${await signIn('dagujiazi_zhen')}` };

    const created = await post(
      '/api/disclosure',
      {
        action: 'create',
        input: {
          requestId: 'http-test-0001',
          villageCode: '210124101200',
          catalogItemId: 'village-relief-funds',
          title: '冬季救助款发放',
          body: '',
          rows: [{ cells: { name: '王秀英', idNumber: demoIdNumber('19610115', 44), amount: '500' } }],
        },
      },
      village,
    );
    expect(created.status).toBe(200);
    const id = created.json.data.id;
    expect((await post('/api/disclosure', { action: 'submit', input: { id } }, village)).json.data.status).toBe('submitted');
    expect((await post('/api/review', { action: 'approve', input: { id } }, township)).json.data.status).toBe('published');

    const resident = browserLikeClient(baseUrl);
    const list = await resident('/api/publicDisclosure', { action: 'listByVillage', input: { villageCode: '210124101200', category: 'village' } });
    expect(list.json.data.items.map((d: { title: string }) => d.title)).toContain('冬季救助款发放');
  });

  it('answers typed errors with matching HTTP statuses', async () => {
    const post = browserLikeClient(baseUrl);
    const badJson = await post('/api/disclosure', '{"action": ');
    expect(badJson.status).toBe(400);
    expect(badJson.json.error.code).toBe('INVALID_INPUT');
    const unauthenticated = await post('/api/disclosure', { action: 'list', input: {} });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.json.error.message).toBe('请先登录。');
    const unknown = await post('/api/nothing', { action: 'x' });
    expect(unknown.status).toBe(404);
    const region = await post('/api/region', { action: 'get', input: { code: '219999999999' } });
    expect(region.status).toBe(404);
    expect(region.json.error.code).toBe('REGION_NOT_FOUND');
  });

  it('refuses bodies over 4 MB', async () => {
    const post = browserLikeClient(baseUrl);
    const huge = await post('/api/catalog', { action: 'list', input: { pad: 'x'.repeat(5 * 1024 * 1024) } });
    expect(huge.status).toBe(413);
    expect(huge.json.error.message).toContain('4 MB');
  });

  it('plays WeChat: one stable identity per browser, none from the body', async () => {
    const alice = browserLikeClient(baseUrl);
    const bob = browserLikeClient(baseUrl);
    const a1 = (await alice('/api/resident', { action: 'profile', input: {} })).json.data.residentKey;
    const a2 = (await alice('/api/resident', { action: 'profile', input: {}, openid: 'forged', userInfo: { openId: 'forged' } })).json.data.residentKey;
    const b1 = (await bob('/api/resident', { action: 'profile', input: {} })).json.data.residentKey;
    expect(a2).toBe(a1);
    expect(b1).not.toBe(a1);

    const forgedCookie = await fetch(`${baseUrl}/api/resident`, {
      method: 'POST',
      headers: { cookie: 'sunshine_wx=local-victim.forged-signature', 'content-type': 'application/json', origin: baseUrl },
      body: JSON.stringify({ action: 'profile', input: {} }),
    });
    expect(forgedCookie.headers.get('set-cookie')).toMatch(/^sunshine_wx=local-/);
    expect(forgedCookie.headers.get('set-cookie')).not.toContain('victim');
  });

  it('reads the identity cookie by its exact shape: a valid one with anything after it is not accepted', async () => {
    const first = await fetch(`${baseUrl}/api/resident`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'profile', input: {} }) });
    const valid = first.headers.get('set-cookie')!.split(';')[0];
    const profileWith = (cookie: string) =>
      fetch(`${baseUrl}/api/resident`, { method: 'POST', headers: { cookie, 'content-type': 'application/json', origin: baseUrl }, body: JSON.stringify({ action: 'profile', input: {} }) });
    const same = await profileWith(valid);
    expect(same.headers.get('set-cookie')).toBeNull();
    const junk = await profileWith(`${valid}.junk`);
    expect(junk.headers.get('set-cookie')).toMatch(/^sunshine_wx=local-/);
    const residentKeyOf = async (response: Response) => ((await response.json()) as { data: { residentKey: string } }).data.residentKey;
    expect(await residentKeyOf(junk)).not.toBe(await residentKeyOf(same));
  });

  it('serves a single-page app with deep links and no path escapes', async () => {
    const deep = await fetch(`${baseUrl}/app/pages/village/index?code=210124101200`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<title>app</title>');
    const asset = await fetch(`${baseUrl}/app/assets/main.js`);
    expect(asset.headers.get('content-type')).toContain('javascript');
    const escape = await fetch(`${baseUrl}/app/..%2F..%2Fsunshine.db`);
    expect(await escape.text()).toContain('<title>app</title>');
  });
});
