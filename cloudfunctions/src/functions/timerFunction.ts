import { AppError } from '@sunshine/shared';
import type { TServiceContext } from '../services/serviceContext';
import type { TCloudFunction } from './defineFunction';
import { isHttpEvent } from './invocation';

/**
 * A CloudBase timer-triggered function (see cloudbaserc.json): each trigger
 * runs one pass; it is not callable over HTTP. The local gateway runs the
 * same pass on its background loop.
 */
export function timerFunction(name: string, refusal: string, pass: (ctx: TServiceContext) => Promise<unknown>): TCloudFunction {
  return {
    name,
    actions: {},
    async handle(event, _context, runtime) {
      if (isHttpEvent(event)) {
        const error = new AppError('FORBIDDEN', { message: refusal });
        return { statusCode: 403, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ ok: false, error: error.toBody() }) };
      }
      return { ok: true, data: await pass(runtime.services) };
    },
  };
}
