import { AppError } from '@sunshine/shared';
import type { TServiceContext } from '../services/serviceContext';
import type { TCloudFunction } from './defineFunction';
import { HTTP_STATUS } from './httpStatus';
import { isHttpEvent } from './invocation';

/** A timer trigger as cloudbaserc.json declares it; `cron` has CloudBase's seven fields (seconds first, year last). */
export interface TTimerTrigger {
  name: string;
  cron: string;
}

/** What CloudBase hands a function its timer trigger fires: `{ Type: 'Timer', TriggerName, Time, Message }`. */
interface TTimerEvent {
  Type: 'Timer';
  TriggerName: string;
  Time: string;
}

const isTimerEvent = (event: unknown, trigger: TTimerTrigger): event is TTimerEvent =>
  typeof event === 'object' &&
  event !== null &&
  (event as TTimerEvent).Type === 'Timer' &&
  (event as TTimerEvent).TriggerName === trigger.name &&
  typeof (event as TTimerEvent).Time === 'string';

export interface TTimerFunction extends TCloudFunction {
  trigger: TTimerTrigger;
}

interface TTimerFunctionDef {
  name: string;
  trigger: TTimerTrigger;
  /** Why anyone else is turned away, in Chinese. */
  refusal: string;
  pass(ctx: TServiceContext, context: unknown): Promise<unknown>;
}

/**
 * A CloudBase timer-triggered function: each firing of its own trigger runs
 * one pass. Any other event (a mini-program callFunction, an HTTP request,
 * another trigger) is refused, since a pass may act on every village at once.
 * The local gateway runs the same pass on its background loop.
 */
export function timerFunction({ name, trigger, refusal, pass }: TTimerFunctionDef): TTimerFunction {
  return {
    name,
    trigger,
    actions: {},
    async handle(event, context, runtime) {
      if (isTimerEvent(event, trigger)) return { ok: true, data: await pass(runtime.services, context) };
      const error = new AppError('FORBIDDEN', { message: refusal });
      const answer = { ok: false as const, error: error.toBody() };
      if (!isHttpEvent(event)) return answer;
      return { statusCode: HTTP_STATUS[error.code], headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }, body: JSON.stringify(answer) };
    },
  };
}
