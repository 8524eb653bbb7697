import { useState, type HTMLAttributes } from 'react';
import { App, Button, Card, Form, Input, Modal, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { dissatisfiedMeans, FEEDBACK_KIND_NAMES, FEEDBACK_LEVEL_NAMES, SUPERVISION_TEXT_MAX_LENGTH, type TFeedbackView, type TSupervisionOrderView } from '@sunshine/shared';
import { useRequestKey } from '../../hooks/useRequestKey';
import { api, toApiError } from '../../api/client';
import { FeedbackTimeline } from '../../components/FeedbackTimeline';
import { LoadError } from '../../components/LoadError';
import { ReasonModal } from '../../components/ReasonModal';
import { applyFormIssues, clearIssuesOnChange } from '../../forms/fieldIssues';
import { formatTime } from '../../format';
import { useQuery } from '../../hooks/useQuery';

const PAGE_SIZE = 20;

/** 待办留言: what waits for this village, township or county, soonest due first, and the 督办单 naming it. */
export function WaitingMessagesPage() {
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [ordersPage, setOrdersPage] = useState(1);
  const [replying, setReplying] = useState<TFeedbackView | null>(null);
  const [fixing, setFixing] = useState<TSupervisionOrderView | null>(null);
  const waiting = useQuery(() => api.feedback.waiting({ page, pageSize: PAGE_SIZE }), [page]);
  const orders = useQuery(() => api.supervision.myOrders({ page: ordersPage, pageSize: PAGE_SIZE }), [ordersPage]);
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

  const columns: ColumnsType<TFeedbackView> = [
    { title: '类型', key: 'kind', width: 80, render: (_v, m) => <Tag>{FEEDBACK_KIND_NAMES[m.kind]}</Tag> },
    { title: '村（社区）', dataIndex: 'villageName', key: 'village', width: 140 },
    { title: '留言', key: 'text', render: (_v, m) => <span data-testid="waiting-text">{m.text}</span> },
    {
      title: '答复期限',
      key: 'due',
      width: 150,
      render: (_v, m) => (
        <Tooltip title={m.deadlineNote}>
          <Tag color={m.dueDate < today ? 'red' : 'blue'} data-testid="waiting-due">
            {m.dueDate} 前{m.dueDate < today ? '（已超期）' : ''}
          </Tag>
        </Tooltip>
      ),
    },
    { title: '收到', key: 'createdAt', width: 150, render: (_v, m) => formatTime(m.createdAt) },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_v, m) => (
        <Button type="primary" size="small" onClick={() => setReplying(m)} data-testid="waiting-reply">
          答复
        </Button>
      ),
    },
  ];

  const orderColumns: ColumnsType<TSupervisionOrderView> = [
    { title: '留言', key: 'case', render: (_v, o) => `${o.villageName}：${o.caseText}` },
    { title: '整改要求', dataIndex: 'requirement', key: 'requirement' },
    { title: '整改期限', key: 'due', width: 130, render: (_v, o) => <Tag color={o.dueDate < today ? 'red' : 'orange'}>{o.dueDate} 前</Tag> },
    {
      title: '操作',
      key: 'actions',
      width: 110,
      render: (_v, o) => (
        <Button size="small" type="primary" onClick={() => setFixing(o)} data-testid="order-fix">
          录入整改
        </Button>
      ),
    },
  ];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title="待办留言（按答复期限排序）">
        {waiting.error ? (
          <LoadError error={waiting.error} onRetry={waiting.reload} />
        ) : (
          <Table<TFeedbackView>
            rowKey="id"
            loading={waiting.loading}
            columns={columns}
            dataSource={waiting.data?.items ?? []}
            locale={{ emptyText: waiting.data ? '没有等待答复的留言' : ' ' }}
            onRow={() => ({ 'data-testid': 'waiting-row' }) as HTMLAttributes<HTMLElement>}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: waiting.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
          />
        )}
      </Card>
      <Card title="督办单（待整改）">
        {orders.error ? (
          <LoadError error={orders.error} onRetry={orders.reload} />
        ) : (
          <Table<TSupervisionOrderView>
            rowKey="id"
            loading={orders.loading}
            columns={orderColumns}
            dataSource={orders.data?.items ?? []}
            locale={{ emptyText: orders.data ? '没有待整改的督办单' : ' ' }}
            onRow={() => ({ 'data-testid': 'order-row' }) as HTMLAttributes<HTMLElement>}
            pagination={{ current: ordersPage, pageSize: PAGE_SIZE, total: orders.data?.total ?? 0, showSizeChanger: false, onChange: setOrdersPage }}
          />
        )}
      </Card>
      {replying && (
        <ReasonModal
          open
          title={`答复${FEEDBACK_KIND_NAMES[replying.kind]}：${replying.text.slice(0, 20)}`}
          label="答复内容"
          extra={`群众会在“我的留言”中看到这段答复，并评价满意或不满意：满意即办结，${dissatisfiedMeans(replying.level)}。`}
          placeholder="请用群众能看懂的话回答。"
          okText="发送答复"
          testId="waiting-reply"
          context={<MessageHistory message={replying} />}
          onClose={() => setReplying(null)}
          onSubmit={(text) => api.feedback.reply({ id: replying.id, text })}
          onDone={() => {
            setReplying(null);
            message.success('已答复');
            waiting.reload();
          }}
        />
      )}
      {fixing && (
        <FixModal
          order={fixing}
          onClose={() => setFixing(null)}
          onDone={() => {
            setFixing(null);
            message.success('整改情况已报送');
            orders.reload();
          }}
        />
      )}
    </Space>
  );
}

/** The message and everything that happened to it, so an upper level sees what the village already answered. */
function MessageHistory({ message }: { message: TFeedbackView }) {
  return (
    <div data-testid="reply-context" style={{ maxHeight: 320, overflowY: 'auto', marginBottom: 16, paddingInlineEnd: 8 }}>
      <Typography.Paragraph>
        <Typography.Text strong>群众留言：</Typography.Text>
        {message.text}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {message.villageName} · 现由{FEEDBACK_LEVEL_NAMES[message.level]}办理 · {message.dueDate} 前答复
      </Typography.Paragraph>
      <FeedbackTimeline history={message.history} />
    </div>
  );
}

const FIX_FIELDS = ['text', 'evidence'] as const;

function FixModal({ order, onClose, onDone }: { order: TSupervisionOrderView; onClose: () => void; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string; evidence: string }>();
  const [submitting, setSubmitting] = useState(false);
  const requestKey = useRequestKey();
  async function submit() {
    setSubmitting(true);
    try {
      const fix = { orderId: order.id, text: form.getFieldValue('text') ?? '', evidence: form.getFieldValue('evidence') ?? '' };
      await api.supervision.recordFix({ requestId: requestKey.keyFor(fix), ...fix });
      requestKey.done();
      onDone();
    } catch (e) {
      const error = toApiError(e);
      message.error(error.message);
      applyFormIssues(form, FIX_FIELDS, error.issues);
    } finally {
      setSubmitting(false);
    }
  }
  return (
    <Modal open title="录入整改情况" okText="报送整改" onOk={submit} confirmLoading={submitting} onCancel={onClose} okButtonProps={{ 'data-testid': 'fix-submit' } as ButtonProps}>
      <Typography.Paragraph type="secondary">整改要求：{order.requirement}（{order.dueDate} 前）。整改情况会作为答复显示给群众。</Typography.Paragraph>
      <Form form={form} layout="vertical" onValuesChange={clearIssuesOnChange(form)}>
        <Form.Item name="text" label="整改情况" rules={[{ required: true, message: '请填写整改情况' }]}>
          <Input.TextArea rows={4} maxLength={SUPERVISION_TEXT_MAX_LENGTH} data-testid="fix-text" />
        </Form.Item>
        <Form.Item name="evidence" label="整改佐证" extra="如公示照片编号、会议记录、退款凭证号等。" rules={[{ required: true, message: '请填写整改佐证' }]}>
          <Input.TextArea rows={2} maxLength={SUPERVISION_TEXT_MAX_LENGTH} data-testid="fix-evidence" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
