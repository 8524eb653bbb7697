import { CLOUD_FUNCTIONS } from '../src/functions';
import { DEMO_PASSWORD } from '../src/local/demoData';
import { callHttp, dataOf } from './support/invoke';
import { withDemoAdmins } from './support/demo';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

const { adminAuth, disclosure } = CLOUD_FUNCTIONS;

let runtime: TTestRuntime;
let signIn: (username: string) => Promise<string>;

beforeEach(async () => {
  runtime = openTestRuntime();
  signIn = await withDemoAdmins(runtime);
});
afterEach(() => runtime.close());

describe('admin sign-in', () => {
  it('issues a session that knows the admin’s role and region', async () => {
    const token = await signIn('dagujiazi_zhen');
    const me = dataOf(await callHttp(runtime, adminAuth, 'me', {}, token));
    expect(me).toMatchObject({ role: 'township_reviewer', regionCode: '210124101000', regionName: '大孤家子镇' });
    expect(JSON.stringify(me)).not.toMatch(/passwordHash|scrypt/);
  });

  it('stores passwords only as scrypt hashes', async () => {
    const admin = await runtime.store.get('admins', 'dagujiazi');
    expect(admin?.passwordHash).toMatch(/^scrypt\$/);
    expect(admin?.passwordHash).not.toContain(DEMO_PASSWORD);
  });

  it('says the same thing for an unknown user and a wrong password', async () => {
    const unknown = await callHttp(runtime, adminAuth, 'signIn', { username: 'nobody', password: DEMO_PASSWORD });
    const wrong = await callHttp(runtime, adminAuth, 'signIn', { username: 'dagujiazi', password: 'wrong-password' });
    expect(!unknown.ok && unknown.error).toEqual(!wrong.ok && wrong.error);
    expect(wrong.status).toBe(401);
  });

  it('locks the account after five wrong passwords', async () => {
    for (let i = 0; i < 5; i++) await callHttp(runtime, adminAuth, 'signIn', { username: 'dagujiazi', password: 'wrong-password' });
    const locked = await callHttp(runtime, adminAuth, 'signIn', { username: 'dagujiazi', password: DEMO_PASSWORD });
    expect(!locked.ok && locked.error.code).toBe('ACCOUNT_LOCKED');
    runtime.advanceMinutes(16);
    expect((await callHttp(runtime, adminAuth, 'signIn', { username: 'dagujiazi', password: DEMO_PASSWORD })).ok).toBe(true);
    const audit = await runtime.store.find('audit', { where: [['action', '==', 'adminAuth.locked']], limit: 5 });
    expect(audit).toHaveLength(1);
  });

  it('ends a session after 30 idle minutes and on sign-out', async () => {
    const token = await signIn('dagujiazi');
    runtime.advanceMinutes(29);
    expect((await callHttp(runtime, adminAuth, 'me', {}, token)).ok).toBe(true);
    runtime.advanceMinutes(31);
    const idle = await callHttp(runtime, adminAuth, 'me', {}, token);
    expect(!idle.ok && idle.error.code).toBe('SESSION_EXPIRED');

    const fresh = await signIn('dagujiazi');
    dataOf(await callHttp(runtime, adminAuth, 'signOut', {}, fresh));
    const after = await callHttp(runtime, adminAuth, 'me', {}, fresh);
    expect(!after.ok && after.error.code).toBe('SESSION_EXPIRED');
  });

  it('rejects a missing, forged or tampered token', async () => {
    const token = await signIn('dagujiazi');
    for (const bad of [undefined, 'abc', `${token}x`, `${token.split('.')[0]}.${'A'.repeat(43)}`]) {
      const result = await callHttp(runtime, disclosure, 'list', {}, bad);
      expect(result.ok).toBe(false);
      expect(result.status).toBe(401);
    }
  });

  it('refuses a token with anything after its signature', async () => {
    const token = await signIn('dagujiazi');
    for (const bad of [`${token}.junk`, `${token}.`, `${token}..`, `.${token}`]) {
      const result = await callHttp(runtime, adminAuth, 'me', {}, bad);
      expect(result.status).toBe(401);
    }
    expect((await callHttp(runtime, adminAuth, 'me', {}, token)).ok).toBe(true);
  });

  it('authenticates before it reads the input of an admin action', async () => {
    const result = await callHttp(runtime, disclosure, 'create', { title: 42, nonsense: true });
    expect(result.status).toBe(401);
    expect(!result.ok && result.error.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(result)).not.toMatch(/title|catalogItemId/);
  });

  it('answers an unknown action plainly, without listing the actions there are', async () => {
    const result = await callHttp(runtime, disclosure, 'dropEverything', {});
    expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
    expect(!result.ok && result.error.issues).toBeUndefined();
    expect(JSON.stringify(result)).not.toMatch(/create|submit|list/);
  });
});
