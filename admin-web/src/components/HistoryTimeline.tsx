import { Timeline, Typography } from 'antd';
import type { TDisclosureEvent } from '@sunshine/shared';
import { formatTime } from '../format';

const ACTION_NAMES: Record<TDisclosureEvent['action'], string> = {
  create: '新建',
  edit: '修改',
  submit: '提交审核',
  submitForComment: '提交征求意见稿',
  approve: '审核通过',
  reject: '退回',
  startCorrection: '发起更正',
  import: '导入名单',
  attach: '添加附件',
  detach: '删除附件',
};

const ACTION_COLORS: Record<TDisclosureEvent['action'], string> = {
  create: 'gray',
  edit: 'gray',
  submit: 'blue',
  submitForComment: 'blue',
  approve: 'green',
  reject: 'red',
  startCorrection: 'orange',
  import: 'gray',
  attach: 'gray',
  detach: 'gray',
};

/** `reason` carries the file or the period for events that are not decisions. */
const REASON_LABELS: Partial<Record<TDisclosureEvent['action'], string>> = {
  submitForComment: '说明',
  import: '文件',
  attach: '文件',
  detach: '文件',
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
            {event.reason && <div>{REASON_LABELS[event.action] ?? '理由'}：{event.reason}</div>}
          </>
        ),
      }))}
    />
  );
}
