import { Timeline, Typography } from 'antd';
import { describeFeedbackStep, type TFeedbackHistoryView } from '@sunshine/shared';
import { formatTime } from '../format';

const COLORS: Partial<Record<TFeedbackHistoryView['action'], string>> = { escalate: 'red', supervise: 'orange', fix: 'green', close: 'green', reply: 'blue' };

/** A message's whole history: who, when, at which level, what was answered and how it was rated. */
export function FeedbackTimeline({ history }: { history: TFeedbackHistoryView[] }) {
  return (
    <Timeline
      data-testid="feedback-history"
      items={history.map((step) => ({
        color: COLORS[step.action] ?? 'gray',
        children: (
          <div data-testid="feedback-history-step">
            <Typography.Text strong>{describeFeedbackStep(step)}</Typography.Text>
            <Typography.Text type="secondary"> · {formatTime(step.at)}</Typography.Text>
            {step.text && <div>{step.text}</div>}
          </div>
        ),
      }))}
    />
  );
}
