import { useState, type HTMLAttributes } from 'react';
import { Alert, Descriptions, Drawer, Segmented, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { FILING_STATUS_NAMES, TODO_STATUS_NAMES, TODO_STATUSES, type TDepartmentVillageRow, type TTodoStatus } from '@sunshine/shared';
import { api } from '../../api/client';
import { LoadError } from '../../components/LoadError';
import { formatTime } from '../../format';
import { useQuery } from '../../hooks/useQuery';
import { TodoStatusTag } from '../schedule/TodoStatusTag';
import { RatingCell } from './figures';

const PAGE_SIZE = 20;

const COLUMNS: ColumnsType<TDepartmentVillageRow> = [
  { title: '村（社区）', dataIndex: 'villageName', key: 'village', width: 140 },
  { title: '乡镇（街道）', dataIndex: 'townshipName', key: 'township', width: 130 },
  { title: '状态', key: 'status', width: 90, render: (_v, r) => <TodoStatusTag status={r.status} /> },
  { title: '发布时间', key: 'publishedAt', width: 150, render: (_v, r) => formatTime(r.publishedAt) },
  { title: '意见', dataIndex: 'comments', key: 'comments', width: 60 },
  { title: '评价·满意率', key: 'ratings', width: 120, render: (_v, r) => <RatingCell ratings={r.ratings} /> },
  {
    title: '公开内容',
    key: 'open',
    width: 110,
    render: (_v, r) =>
      r.disclosureId ? (
        <Link to={`/disclosures/${r.disclosureId}`} data-testid="village-disclosure-link">
          查看公开
        </Link>
      ) : r.filing ? (
        <Typography.Text type="secondary">不公开备案：{FILING_STATUS_NAMES[r.filing.status]}</Typography.Text>
      ) : (
        <Typography.Text type="secondary">—</Typography.Text>
      ),
  },
];

interface TProps {
  catalogItemId: string;
  period?: string;
  regionCode?: string;
  onClose: () => void;
}

/** The villages behind one item's figures, overdue first, each linked to what it published. */
export function ItemVillagesDrawer({ catalogItemId, period, regionCode, onClose }: TProps) {
  const [status, setStatus] = useState<TTodoStatus | 'all'>('all');
  const [page, setPage] = useState(1);
  const query = useQuery(
    () => api.department.villages({ catalogItemId, period, regionCode, status: status === 'all' ? undefined : status, page, pageSize: PAGE_SIZE }),
    [catalogItemId, period, regionCode, status, page],
  );
  const item = query.data?.item;
  return (
    <Drawer open width={960} title={item ? `${item.catalogItemTitle}（${item.periodLabel}）` : '各村（社区）公开情况'} onClose={onClose} destroyOnHidden>
      {query.error ? (
        <LoadError error={query.error} onRetry={query.reload} />
      ) : (
        <>
          {item && (
            <Descriptions size="small" column={4} style={{ marginBottom: 16 }}>
              <Descriptions.Item label="截止日期">{item.dueDate}</Descriptions.Item>
              <Descriptions.Item label="应公开">{item.due} 个</Descriptions.Item>
              <Descriptions.Item label="已发布 / 已备案">
                {item.published} / {item.filed}
              </Descriptions.Item>
              <Descriptions.Item label="逾期">{item.overdue} 个</Descriptions.Item>
            </Descriptions>
          )}
          {item && item.due === 0 && <Alert type="info" showIcon message="这个事项不适用于所选地区的村（社区）。" style={{ marginBottom: 16 }} />}
          <Segmented<TTodoStatus | 'all'>
            value={status}
            onChange={(next) => {
              setStatus(next);
              setPage(1);
            }}
            options={[{ value: 'all', label: '全部' }, ...TODO_STATUSES.map((s) => ({ value: s, label: TODO_STATUS_NAMES[s] }))]}
            style={{ marginBottom: 12 }}
            data-testid="village-status-filter"
          />
          <Table<TDepartmentVillageRow>
            rowKey="villageCode"
            size="small"
            loading={query.loading}
            columns={COLUMNS}
            dataSource={query.data?.villages.items ?? []}
            locale={{ emptyText: query.data ? `没有${status === 'all' ? '' : `“${TODO_STATUS_NAMES[status]}”的`}村（社区）` : ' ' }}
            onRow={() => ({ 'data-testid': 'department-village-row' }) as HTMLAttributes<HTMLElement>}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: query.data?.villages.total ?? 0, showSizeChanger: false, onChange: setPage }}
          />
        </>
      )}
    </Drawer>
  );
}
