import { Timeline, Typography } from 'antd';
import type { TDisclosureEvent } from '@sunshine/shared';
import { formatTime } from '../format';

const ACTION_NAMES: Record<TDisclosureEvent['action'], string> = {
  create: '新建',
  edit: '修改',
  submit: '提交审核',
  approve: '审核通过',
  reject: '退回',
};

const ACTION_COLORS: Record<TDisclosureEvent['action'], string> = {
  create: 'gray',
  edit: 'gray',
  submit: 'blue',
  approve: 'green',
  reject: 'red',
};

export function HistoryTimeline({ history }: { history: TDisclosureEvent[] }) {
  return (
    <Timeline
      items={history.map((event) => ({
        color: ACTION_COLORS[event.action],
        children: (
          <>
            <Typography.Text strong>{ACTION_NAMES[event.action]}</Typography.Text>
            <Typography.Text type="secondary">
              {'　'}
              {event.byName} · {formatTime(event.at)}
            </Typography.Text>
            {event.reason && <div>理由：{event.reason}</div>}
          </>
        ),
      }))}
    />
  );
}
