import { dispatchHotlineOrders } from '../services/hotline/hotlineDelivery';
import { deliverResidentNotices } from '../services/resident/residentNotices';
import { timerFunction } from './timerFunction';

/**
 * The outbox worker: each minute one pass over the due 12345 orders and one
 * over the due notices to residents (WeChat subscription messages). The local
 * gateway runs the same passes on its own loops.
 */
export const hotlineDispatchFunction = timerFunction({
  name: 'hotlineDispatch',
  trigger: { name: 'hotlineDispatchEveryMinute', cron: '0 */1 * * * * *' },
  refusal: '投递任务只能由定时触发器运行',
  async pass(ctx, context) {
    // The invocation's id names the worker in its claims, so two overlapping firings are told apart.
    const requestId = (context as { request_id?: unknown } | null)?.request_id;
    const workerId = typeof requestId === 'string' ? requestId : undefined;
    const data = await dispatchHotlineOrders(ctx, { workerId });
    const notices = await deliverResidentNotices(ctx, { workerId });
    return { ...data, notices };
  },
});
