import { RATE_LIMITS } from '@sunshine/shared';
import { CLOUD_FUNCTIONS } from '../src/functions';
import { LocalFileStorage } from '../src/files/LocalFileStorage';
import { demoIdNumber } from '../src/local/demoData';
import { localIdentity } from '../src/runtime/identity';
import type { TRuntime } from '../src/runtime/runtime';
import { createServiceContext } from '../src/services/serviceContext';
import { SqliteStore } from '../src/store/sqlite/SqliteStore';
import { withDemoAdmins } from './support/demo';
import { callAsResident, callHttp, dataOf } from './support/invoke';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

/** Issue 9: guessing ID numbers through binding, and keeping the real person out by binding first. */
const { identity, payments } = CLOUD_FUNCTIONS;
const DAGUJIAZI = '210124101200';
const LAMAQIAO = '210124101201';
const ZHANG = { name: '张桂兰', id: demoIdNumber('19480312', 22) };

let runtime: TTestRuntime;
let signIn: (username: string) => Promise<string>;
let seq = 0;
let idSeq = 100;
const newOpenid = () => `openid-abuse-${seq++}`;
const freshId = () => demoIdNumber('19750101', idSeq++);

const call = (rt: TRuntime, openid: string, action: string, input: unknown = {}) => callAsResident(rt, identity, { action, input }, openid);
const bind = (openid: string, person: { name: string; id: string }, villageCode = DAGUJIAZI, rt: TRuntime = runtime) =>
  call(rt, openid, 'bind', { villageCode, name: person.name, idNumber: person.id, consent: true });
const pendingOf = async (username: string) => dataOf(await callHttp(runtime, identity, 'pendingBindings', {}, await signIn(username))).items as { residentKey: string; name: string; notes: string[] }[];

beforeEach(async () => {
  runtime = openTestRuntime();
  signIn = await withDemoAdmins(runtime);
  dataOf(await callHttp(runtime, identity, 'uploadRoster', { csv: `姓名,身份证号\n${ZHANG.name},${ZHANG.id}\n` }, await signIn('dagujiazi')));
});
afterEach(() => runtime.close());

/** The answer with the parts that merely echo the request (masked name and number) left out. */
const shape = (result: Awaited<ReturnType<typeof bind>>) => {
  if (!result.ok) return result.error;
  const { maskedIdNumber: _id, maskedName: _name, ...rest } = result.data;
  return rest;
};

describe('binding does not tell whether an ID number is on a roster or bound', () => {
  it('answers a roster number with a wrong name, a bound number and an unknown number alike', async () => {
    dataOf(await bind(newOpenid(), ZHANG));
    const onRosterWrongName = await bind(newOpenid(), { name: '张三', id: ZHANG.id });
    const boundElsewhere = await bind(newOpenid(), ZHANG);
    const unknown = await bind(newOpenid(), { name: '张三', id: freshId() });
    expect(shape(onRosterWrongName)).toEqual(shape(unknown));
    expect(shape(boundElsewhere)).toEqual(shape(unknown));
    expect(shape(unknown)).toMatchObject({ status: 'pending', verifiedBy: null });
  });

  it('limits one account’s attempts with a growing delay that holds across instances of the function', async () => {
    const openid = newOpenid();
    const rule = RATE_LIMITS.bind.resident!;
    const attempt = async (rt: TRuntime = runtime) => {
      const result = await bind(openid, { name: '张三', id: freshId() }, DAGUJIAZI, rt);
      if (result.ok) dataOf(await call(rt, openid, 'unbindAndDelete'));
      return result.ok ? 'ok' : result.error.code;
    };
    const free = [];
    for (let i = 0; i <= rule.backoff!.free; i++) free.push(await attempt());
    expect(free).toEqual(Array(rule.backoff!.free + 1).fill('ok'));
    const refused = await bind(openid, { name: '张三', id: freshId() });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'RATE_LIMITED', message: `提交太频繁，请 ${rule.backoff!.firstDelayMinutes} 分钟后再试。` });

    // Another instance of the function, on the same database, counts the same attempts.
    const secondStore = SqliteStore.open(runtime.dataDir);
    try {
      const second: TRuntime = { services: createServiceContext(secondStore, runtime.services.config, new LocalFileStorage(runtime.dataDir), runtime.services.now), identity: localIdentity };
      expect(await attempt(second)).toBe('RATE_LIMITED');
      runtime.advanceMinutes(rule.backoff!.firstDelayMinutes);
      expect(await attempt(second)).toBe('ok');
      // The next wait is twice as long.
      runtime.advanceMinutes(rule.backoff!.firstDelayMinutes);
      expect(await attempt()).toBe('RATE_LIMITED');
      runtime.advanceMinutes(rule.backoff!.firstDelayMinutes);
      expect(await attempt()).toBe('ok');
    } finally {
      await secondStore.close();
    }
  });

  it('limits attempts on one ID number from many accounts', async () => {
    const rule = RATE_LIMITS.bind.idNumber!;
    const target = freshId();
    const codes = [];
    for (let i = 0; i <= rule.backoff!.free + 1; i++) {
      const result = await bind(newOpenid(), { name: '李四', id: target });
      codes.push(result.ok ? 'ok' : result.error.code);
    }
    expect(codes).toEqual([...Array(rule.backoff!.free + 1).fill('ok'), 'RATE_LIMITED']);
    // Other numbers are not held up by it.
    expect((await bind(newOpenid(), { name: '李四', id: freshId() })).ok).toBe(true);
  });

  it('lets a patient guesser, who waits as told, try no more than the daily number in a day', async () => {
    const openid = newOpenid();
    const max = RATE_LIMITS.bind.resident!.windows[0].max;
    let tried = 0;
    for (let elapsed = 0; elapsed < 23 * 60 && tried <= max; ) {
      const result = await bind(openid, { name: '张三', id: freshId() });
      if (result.ok) {
        tried++;
        dataOf(await call(runtime, openid, 'unbindAndDelete'));
        continue;
      }
      expect(result.error.code).toBe('RATE_LIMITED');
      const wait = Number(/请 (\d+) (分钟|小时)/.exec(result.error.message)![1]) * (result.error.message.includes('小时') ? 60 : 1);
      runtime.advanceMinutes(wait);
      elapsed += wait;
    }
    expect(tried).toBe(max);
  });
});

describe('a pending binding does not keep the real person out', () => {
  it('lets the roster-verified person take an ID number someone else is waiting on, in any village, and shows the conflict to that village', async () => {
    const squatter = newOpenid();
    expect(dataOf(await bind(squatter, { name: '张三', id: ZHANG.id }, LAMAQIAO)).status).toBe('pending');
    const real = newOpenid();
    expect(dataOf(await bind(real, ZHANG))).toMatchObject({ status: 'verified', verifiedBy: 'roster' });
    expect(dataOf(await callAsResident(runtime, payments, { action: 'mine', input: {} }, real))).toBeDefined();

    const lamaqiao = await pendingOf('lamaqiao');
    expect(lamaqiao.find((p) => p.name === '张三')!.notes).toEqual([expect.stringMatching(/另一个微信账号绑定并核实/)]);
    expect(dataOf(await call(runtime, squatter, 'status')).status).toBe('pending');
  });

  it('lets the admin give a contested number to the right person; the one displaced waits for a decision', async () => {
    const id = freshId();
    const first = newOpenid();
    const second = newOpenid();
    dataOf(await bind(first, { name: '王五', id }));
    dataOf(await bind(second, { name: '王伍', id }));
    const [a, b] = await pendingOf('dagujiazi');
    expect(a.notes).toEqual([expect.stringMatching(/另有 1 个微信账号/)]);
    expect(b.notes).toEqual([expect.stringMatching(/另有 1 个微信账号/)]);
    const token = await signIn('dagujiazi');
    dataOf(await callHttp(runtime, identity, 'decide', { residentKey: a.residentKey, approve: true }, token));
    expect((await pendingOf('dagujiazi')).find((p) => p.residentKey === b.residentKey)!.notes).toEqual([expect.stringMatching(/另一个微信账号绑定并核实/)]);

    // On a closer look the second one is the person: approving it moves the number, and the first waits again.
    dataOf(await callHttp(runtime, identity, 'decide', { residentKey: b.residentKey, approve: true }, token));
    expect(dataOf(await call(runtime, second, 'status')).status).toBe('verified');
    expect(dataOf(await call(runtime, first, 'status')).status).toBe('pending');
    expect((await pendingOf('dagujiazi')).map((p) => [p.residentKey, p.notes])).toEqual([[a.residentKey, [expect.stringMatching(/另一个微信账号绑定并核实/)]]]);
    const audit = await runtime.store.find('audit', { where: [['action', '==', 'binding.approve'], ['targetId', '==', b.residentKey]], limit: 1 });
    expect(audit[0].detail).toEqual({ displaced: a.residentKey });
  });
});
