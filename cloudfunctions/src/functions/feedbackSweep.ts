import { AppError } from '@sunshine/shared';
import { escalateOverdueFeedback } from '../services/feedbackRouting';
import type { TCloudFunction } from './defineFunction';
import { isHttpEvent } from './invocation';

/**
 * The deadline sweep as a CloudBase timer-triggered function (see
 * cloudbaserc.json): each trigger escalates the messages past their due day.
 * Not callable over HTTP; the local gateway runs the same sweep on its loop.
 */
export const feedbackSweepFunction: TCloudFunction = {
  name: 'feedbackSweep',
  actions: {},
  async handle(event, _context, runtime) {
    if (isHttpEvent(event)) {
      const error = new AppError('FORBIDDEN', { message: '留言超期升级只能由定时触发器运行' });
      return { statusCode: 403, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ ok: false, error: error.toBody() }) };
    }
    return { ok: true, data: await escalateOverdueFeedback(runtime.services) };
  },
};
