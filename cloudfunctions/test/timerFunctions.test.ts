import { randomUUID } from 'node:crypto';
import type { THttpResponse } from '../src/functions/defineFunction';
import { FUNCTION_REGISTRY } from '../src/functions';
import type { TTimerTrigger } from '../src/functions/timerFunction';
import { LOCAL_WX_CONTEXT } from '../src/runtime/identity';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

/** The functions CloudBase runs on a timer: only their own trigger may run a pass over every village. */
const TIMERS = FUNCTION_REGISTRY.flatMap(({ fn }) => (fn.trigger ? [{ fn, trigger: fn.trigger as TTimerTrigger }] : []));

/** What CloudBase hands a function when its timer trigger fires. */
const timerEvent = (triggerName: string) => ({ Type: 'Timer', TriggerName: triggerName, Time: new Date().toISOString(), Message: '' });

let runtime: TTestRuntime;
beforeEach(() => {
  runtime = openTestRuntime();
});
afterEach(() => runtime.close());

it('are the three passes the background loop runs locally', () => {
  expect(TIMERS.map(({ fn }) => fn.name).sort()).toEqual(['feedbackSweep', 'hotlineDispatch', 'importSweep']);
});

describe.each(TIMERS)('timer function $fn.name', ({ fn, trigger }) => {
  it('runs its pass when its own timer trigger fires', async () => {
    const result = await fn.handle(timerEvent(trigger.name), { request_id: randomUUID() }, runtime);
    expect(result).toMatchObject({ ok: true, data: expect.any(Object) });
  });

  it('refuses a mini-program callFunction, signed-in resident or not', async () => {
    for (const context of [{ [LOCAL_WX_CONTEXT]: { OPENID: 'openid-resident' } }, {}]) {
      const result = await fn.handle({ action: 'run', input: {} }, context, runtime);
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('定时触发器') } });
    }
  });

  it('refuses an HTTP request with 403', async () => {
    const event = { path: `/api/${fn.name}`, httpMethod: 'POST', headers: {}, body: JSON.stringify({ action: 'run', input: {} }), isBase64Encoded: false };
    const response = (await fn.handle(event, {}, runtime)) as THttpResponse;
    expect(response.statusCode).toBe(403);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses an event dressed as another trigger, or as a timer without its time', async () => {
    const { Time: _time, ...timeless } = timerEvent(trigger.name);
    for (const event of [timerEvent(`${trigger.name}Other`), timeless, { ...timerEvent(trigger.name), Type: 'timer' }]) {
      expect(await fn.handle(event, {}, runtime)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
});
