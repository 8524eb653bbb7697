import { useState, type HTMLAttributes } from 'react';
import { Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TVillageGaps } from '@sunshine/shared';
import { api } from '../../api/client';
import { LoadError } from '../../components/LoadError';
import { useQuery } from '../../hooks/useQuery';
import { TodoStatusTag } from './TodoStatusTag';

const PAGE_SIZE = 20;

const COLUMNS: ColumnsType<TVillageGaps> = [
  { title: '村（社区）', dataIndex: 'villageName', key: 'village', width: 160 },
  {
    title: '逾期 / 未公开',
    key: 'counts',
    width: 130,
    render: (_v, v) => (
      <Space>
        <Tag color={v.overdue > 0 ? 'error' : 'default'} data-testid="gaps-overdue">
          {v.overdue}
        </Tag>
        <Tag color={v.missing > 0 ? 'warning' : 'default'}>{v.missing}</Tag>
      </Space>
    ),
  },
  {
    title: '缺失事项（逾期在前）',
    key: 'gaps',
    render: (_v, v) =>
      v.gaps.length === 0 ? (
        <Typography.Text type="success">本期应公开事项均已公开或备案</Typography.Text>
      ) : (
        <Space direction="vertical" size={2}>
          {v.gaps.map((g) => (
            <span key={`${g.catalogItemId}/${g.period}`}>
              <TodoStatusTag status={g.status} /> {g.catalogItemTitle}（{g.periodLabel}，{g.dueDate} 截止）
            </span>
          ))}
        </Space>
      ),
  },
];

/** The township's villages and the due items each has neither published nor filed. */
export function TownshipGapsPage() {
  const [page, setPage] = useState(1);
  const query = useQuery(() => api.schedule.townshipGaps({ page, pageSize: PAGE_SIZE }), [page]);
  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  return (
    <Card title="辖区公开缺项">
      <Table<TVillageGaps>
        rowKey="villageCode"
        loading={query.loading}
        columns={COLUMNS}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: query.data ? '辖区内没有村（社区）' : ' ' }}
        onRow={() => ({ 'data-testid': 'gaps-row' }) as HTMLAttributes<HTMLElement>}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: query.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
      />
    </Card>
  );
}
