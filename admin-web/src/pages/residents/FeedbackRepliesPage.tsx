import { useState, type HTMLAttributes } from 'react';
import { App, Button, Card, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { FEEDBACK_KIND_NAMES, FEEDBACK_LEVEL_NAMES, FEEDBACK_STATUS_NAMES, FEEDBACK_STATUSES, type TFeedbackStatus, type TFeedbackView } from '@sunshine/shared';
import { api } from '../../api/client';
import { LoadError } from '../../components/LoadError';
import { ReasonModal } from '../../components/ReasonModal';
import { formatTime } from '../../format';
import { useQuery } from '../../hooks/useQuery';

const PAGE_SIZE = 20;

/** 群众留言: questions, complaints and suggestions on this village's disclosures, answered here. */
export function FeedbackRepliesPage() {
  const { message } = App.useApp();
  const [status, setStatus] = useState<TFeedbackStatus>('open');
  const [page, setPage] = useState(1);
  const [replying, setReplying] = useState<TFeedbackView | null>(null);
  const query = useQuery(() => api.feedback.villageList({ page, pageSize: PAGE_SIZE, status }), [page, status]);

  const columns: ColumnsType<TFeedbackView> = [
    { title: '类型', key: 'kind', width: 80, render: (_v, m) => <Tag>{FEEDBACK_KIND_NAMES[m.kind]}</Tag> },
    { title: '公开事项', dataIndex: 'disclosureTitle', key: 'disclosure', width: 220 },
    {
      title: '留言',
      key: 'text',
      render: (_v, m) => (
        <Space direction="vertical" size={0}>
          <span data-testid="feedback-text">{m.text}</span>
          {m.reply && <Typography.Text type="secondary">回复：{m.reply.text}</Typography.Text>}
        </Space>
      ),
    },
    { title: '时间', key: 'createdAt', width: 150, render: (_v, m) => formatTime(m.createdAt) },
    ...(status === 'open'
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 100,
            // Past its village deadline a message is the township's to answer.
            render: (_v: unknown, m: TFeedbackView) =>
              m.level === 'village' ? (
                <Button type="primary" size="small" onClick={() => setReplying(m)} data-testid="feedback-reply">
                  回复
                </Button>
              ) : (
                <Tag color="volcano">已转{FEEDBACK_LEVEL_NAMES[m.level]}</Tag>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card title="群众留言">
      <Tabs
        activeKey={status}
        onChange={(key) => {
          setStatus(key as TFeedbackStatus);
          setPage(1);
        }}
        items={FEEDBACK_STATUSES.map((s) => ({ key: s, label: FEEDBACK_STATUS_NAMES[s] }))}
      />
      {query.error ? (
        <LoadError error={query.error} onRetry={query.reload} />
      ) : (
        <Table<TFeedbackView>
          rowKey="id"
          loading={query.loading}
          columns={columns}
          dataSource={query.data?.items ?? []}
          locale={{ emptyText: query.data ? `没有${FEEDBACK_STATUS_NAMES[status]}的留言` : ' ' }}
          onRow={() => ({ 'data-testid': 'feedback-row' }) as HTMLAttributes<HTMLElement>}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: query.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        />
      )}
      {replying && (
        <ReasonModal
          open
          title={`回复${FEEDBACK_KIND_NAMES[replying.kind]}：${replying.text.slice(0, 20)}`}
          label="回复内容"
          extra="群众会在“我的留言”中看到这段回复。"
          placeholder="请用群众能看懂的话回答。"
          okText="发送回复"
          testId="feedback-reply"
          onClose={() => setReplying(null)}
          onSubmit={(text) => api.feedback.reply({ id: replying.id, text })}
          onDone={() => {
            setReplying(null);
            message.success('已回复');
            query.reload();
          }}
        />
      )}
    </Card>
  );
}
