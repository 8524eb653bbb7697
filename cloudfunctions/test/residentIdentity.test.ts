import { CLOUD_FUNCTIONS } from '../src/functions';
import { callAsResident, dataOf } from './support/invoke';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

const { resident } = CLOUD_FUNCTIONS;

let runtime: TTestRuntime;
beforeAll(() => {
  runtime = openTestRuntime();
});
afterAll(() => runtime.close());

describe('resident identity', () => {
  it('comes from the WeChat context', async () => {
    const a = dataOf(await callAsResident(runtime, resident, { action: 'profile', input: {} }, 'openid-a'));
    const b = dataOf(await callAsResident(runtime, resident, { action: 'profile', input: {} }, 'openid-b'));
    expect(a.residentKey).not.toBe(b.residentKey);
    expect(JSON.stringify(a)).not.toContain('openid-a');
  });

  it('ignores an identity forged in the request body', async () => {
    const honest = dataOf(await callAsResident(runtime, resident, { action: 'profile', input: {} }, 'openid-a'));
    const forged = dataOf(
      await callAsResident(runtime, resident, { action: 'profile', input: {}, openid: 'openid-b', userInfo: { openId: 'openid-b' }, OPENID: 'openid-b' }, 'openid-a'),
    );
    expect(forged.residentKey).toBe(honest.residentKey);
  });

  it('refuses a call without a WeChat context, whatever the body says', async () => {
    const result = await callAsResident(runtime, resident, { action: 'profile', input: {}, openid: 'openid-b', userInfo: { openId: 'openid-b' } }, null);
    expect(!result.ok && result.error.code).toBe('RESIDENT_IDENTITY_MISSING');
  });
});
