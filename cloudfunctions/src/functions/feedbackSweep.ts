import { escalateOverdueFeedback } from '../services/feedback/feedbackRouting';
import { timerFunction } from './timerFunction';

/** Each hour, the messages past their due day are escalated; the local gateway runs the same sweep on its loop. */
export const feedbackSweepFunction = timerFunction({
  name: 'feedbackSweep',
  trigger: { name: 'feedbackSweepHourly', cron: '0 0 * * * * *' },
  refusal: '留言超期升级只能由定时触发器运行',
  pass: escalateOverdueFeedback,
});
