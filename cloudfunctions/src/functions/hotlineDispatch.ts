import { AppError } from '@sunshine/shared';
import { dispatchHotlineOrders } from '../services/hotlineDelivery';
import { deliverResidentNotices } from '../services/residentNotices';
import type { TCloudFunction } from './defineFunction';
import { isHttpEvent } from './invocation';

/**
 * The outbox worker as a CloudBase timer-triggered function (see
 * cloudbaserc.json): each trigger runs one pass over the due 12345 orders and
 * one over the due notices to residents (WeChat subscription messages). Not
 * callable over HTTP; the local gateway runs the same pass on its own loop.
 */
export const hotlineDispatchFunction: TCloudFunction = {
  name: 'hotlineDispatch',
  actions: {},
  async handle(event, context, runtime) {
    if (isHttpEvent(event)) {
      const error = new AppError('FORBIDDEN', { message: '投递任务只能由定时触发器运行' });
      return { statusCode: 403, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ ok: false, error: error.toBody() }) };
    }
    const requestId = (context as { request_id?: unknown } | null)?.request_id;
    const workerId = typeof requestId === 'string' ? requestId : undefined;
    const data = await dispatchHotlineOrders(runtime.services, { workerId });
    const notices = await deliverResidentNotices(runtime.services, { workerId });
    return { ok: true, data: { ...data, notices } };
  },
};
