import type { Server } from 'node:http';
import { DEMO_PASSWORD } from '../src/local/demoData';
import { withDemoAdmins } from './support/demo';
import { startGateway } from './support/gateway';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

/** Sign-in over real HTTP against a running gateway, with real parallel requests. */
let runtime: TTestRuntime;
let server: Server;
let baseUrl: string;

beforeEach(async () => {
  runtime = openTestRuntime();
  await withDemoAdmins(runtime);
  ({ server, baseUrl } = await startGateway(runtime));
});
afterEach(async () => {
  await new Promise((r) => server.close(r));
  await runtime.close();
});

async function signIn(username: string, password: string): Promise<{ status: number; code: string | null }> {
  const response = await fetch(`${baseUrl}/api/adminAuth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'signIn', input: { username, password } }),
  });
  const json = (await response.json()) as { ok: boolean; error?: { code: string } };
  return { status: response.status, code: json.ok ? null : json.error!.code };
}

const tally = (results: { code: string | null }[]) =>
  results.reduce<Record<string, number>>((t, r) => ({ ...t, [r.code ?? 'ok']: (t[r.code ?? 'ok'] ?? 0) + 1 }), {});

describe('sign-in lockout under parallel guessing', () => {
  it('checks no more than five passwords of 200 sent at once, and the right one then finds the account locked', async () => {
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => signIn('dagujiazi', `wrong-password-${i}`)));
    expect(tally(results)).toEqual({ BAD_CREDENTIALS: 4, ACCOUNT_LOCKED: 196 });
    const checked = await runtime.store.count('audit', [['action', 'in', ['adminAuth.signInFailed', 'adminAuth.locked']]]);
    expect(checked).toBe(5);
    expect((await signIn('dagujiazi', DEMO_PASSWORD)).code).toBe('ACCOUNT_LOCKED');
    expect(await runtime.store.count('sessions')).toBe(0);
  });

  it('answers the fifth wrong password with the lock message', async () => {
    const codes: (string | null)[] = [];
    for (let i = 0; i < 5; i++) codes.push((await signIn('dagujiazi', 'wrong-password')).code);
    expect(codes).toEqual(['BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'BAD_CREDENTIALS', 'ACCOUNT_LOCKED']);
  });

  it('treats an unknown username like an existing one: same answers, same lock', async () => {
    const known: (string | null)[] = [];
    const unknown: (string | null)[] = [];
    for (let i = 0; i < 6; i++) {
      known.push((await signIn('lamaqiao', 'wrong-password')).code);
      unknown.push((await signIn('nobody-here', 'wrong-password')).code);
    }
    expect(unknown).toEqual(known);
    expect(unknown.slice(-2)).toEqual(['ACCOUNT_LOCKED', 'ACCOUNT_LOCKED']);
    const parallel = await Promise.all(Array.from({ length: 50 }, (_, i) => signIn('someone-else', `guess-${i}`)));
    expect(tally(parallel)).toEqual({ BAD_CREDENTIALS: 4, ACCOUNT_LOCKED: 46 });
  });

  it('still lets the right password in and forgets earlier failures', async () => {
    for (let i = 0; i < 4; i++) await signIn('jixiang', 'wrong-password');
    expect((await signIn('jixiang', DEMO_PASSWORD)).code).toBeNull();
    for (let i = 0; i < 4; i++) expect((await signIn('jixiang', 'wrong-password')).code).toBe('BAD_CREDENTIALS');
  });
});
