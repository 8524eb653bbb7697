import { useState, type HTMLAttributes } from 'react';
import { App, Button, Card, Empty, Popconfirm, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { HOTLINE_OVERDUE_AFTER_MINUTES, type TStaffHotlineOrder, type TTopicCounts } from '@sunshine/shared';
import { api, toApiError } from '../../api/client';
import { LoadError } from '../../components/LoadError';
import { formatTime } from '../../format';
import { useQuery } from '../../hooks/useQuery';

const PAGE_SIZE = 20;
type TTab = 'stuck' | 'held' | 'topics';

/** 12345 forwarding for the county: orders stuck in delivery, orders held for review, and where topics cluster. */
export function HotlineSupervisionPage() {
  const [tab, setTab] = useState<TTab>('stuck');
  return (
    <Card title="12345 转办">
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as TTab)}
        items={[
          { key: 'stuck', label: '转交受阻', children: tab === 'stuck' && <OrderList kind="stuck" /> },
          { key: 'held', label: '待人工审核', children: tab === 'held' && <OrderList kind="held" /> },
          { key: 'topics', label: '话题分布', children: tab === 'topics' && <TopicCounts /> },
        ]}
      />
    </Card>
  );
}

function OrderList({ kind }: { kind: 'stuck' | 'held' }) {
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const query = useQuery(() => api.hotline[kind]({ page, pageSize: PAGE_SIZE }), [kind, page]);

  async function decide(order: TStaffHotlineOrder, decision: 'release' | 'reject') {
    try {
      await api.hotline.release({ id: order.id, decision });
      message.success(decision === 'release' ? '已放行，将转交12345热线' : '已驳回，不转交12345热线');
    } catch (e) {
      message.error(toApiError(e).message);
    }
    query.reload();
  }

  const columns: ColumnsType<TStaffHotlineOrder> = [
    { title: '村（社区）', dataIndex: 'villageName', key: 'village', width: 120 },
    { title: '类型', dataIndex: 'typeName', key: 'type', width: 90 },
    {
      title: '内容',
      key: 'content',
      render: (_v, o) => (
        <Space direction="vertical" size={0}>
          <span>{o.content}</span>
          <span>{o.topics.map((t) => <Tag key={t}>{t}</Tag>)}</span>
        </Space>
      ),
    },
    { title: '提交时间', key: 'createdAt', width: 150, render: (_v, o) => formatTime(o.createdAt) },
    ...(kind === 'stuck'
      ? [
          {
            title: '投递情况',
            key: 'delivery',
            width: 280,
            render: (_v: unknown, o: TStaffHotlineOrder) => (
              <Space direction="vertical" size={0}>
                <Typography.Text type="danger">{o.failureCount > 0 ? `已失败 ${o.failureCount} 次` : `提交 ${HOTLINE_OVERDUE_AFTER_MINUTES} 分钟后仍未转交`}</Typography.Text>
                <Typography.Text type="secondary">{o.lastError}</Typography.Text>
                {o.nextAttemptAt && <Typography.Text type="secondary">下次重试：{formatTime(o.nextAttemptAt)}</Typography.Text>}
              </Space>
            ),
          },
        ]
      : [
          {
            title: '操作',
            key: 'actions',
            width: 160,
            render: (_v: unknown, o: TStaffHotlineOrder) => (
              <Space>
                <Popconfirm title="放行并转交12345热线？" okText="放行" cancelText="取消" onConfirm={() => decide(o, 'release')} okButtonProps={{ 'data-testid': 'hotline-release-confirm' } as ButtonProps}>
                  <Button type="primary" size="small" data-testid="hotline-release">
                    放行
                  </Button>
                </Popconfirm>
                <Popconfirm title="驳回后不转交，群众会看到“未通过审核”。确定驳回？" okText="驳回" cancelText="取消" okButtonProps={{ danger: true, 'data-testid': 'hotline-reject-confirm' } as ButtonProps} onConfirm={() => decide(o, 'reject')}>
                  <Button danger size="small" data-testid="hotline-reject">
                    驳回
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]),
  ];

  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  return (
    <Table<TStaffHotlineOrder>
      rowKey="id"
      loading={query.loading}
      columns={columns}
      dataSource={query.data?.items ?? []}
      locale={{ emptyText: query.data ? (kind === 'stuck' ? '没有转交受阻的工单' : '没有待审核的工单') : ' ' }}
      onRow={() => ({ 'data-testid': `hotline-${kind}-row` }) as HTMLAttributes<HTMLElement>}
      pagination={{ current: page, pageSize: PAGE_SIZE, total: query.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
    />
  );
}

function TopicCounts() {
  const query = useQuery(() => api.hotline.topicCounts(), []);
  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  const data: TTopicCounts | undefined = query.data;
  if (data && data.byTopic.length === 0) return <Empty description="还没有带话题的工单" />;
  const topics = data?.byTopic.map((t) => t.topic) ?? [];
  const columns: ColumnsType<TTopicCounts['byVillage'][number]> = [
    { title: '村（社区）', dataIndex: 'villageName', key: 'village', width: 140 },
    { title: '合计', dataIndex: 'total', key: 'total', width: 80 },
    ...topics.map((topic) => ({ title: topic, key: topic, render: (_v: unknown, v: TTopicCounts['byVillage'][number]) => v.topics[topic] ?? '' })),
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap data-testid="hotline-topic-totals">
        {data?.byTopic.map((t) => (
          <Tag key={t.topic} color="blue">
            {t.topic} {t.count}
          </Tag>
        ))}
      </Space>
      <Table rowKey="villageCode" loading={query.loading} columns={columns} dataSource={data?.byVillage ?? []} pagination={false} />
    </Space>
  );
}
