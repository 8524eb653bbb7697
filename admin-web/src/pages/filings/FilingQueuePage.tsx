import { useState, type HTMLAttributes } from 'react';
import { App, Button, Card, Popconfirm, Space, Table, Tabs, Typography } from 'antd';
import type { ButtonProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CATEGORY_NAMES, FILING_STATUS_NAMES, FILING_STATUSES, type TFilingStatus, type TFilingView } from '@sunshine/shared';
import { api, toApiError } from '../../api/client';
import { LoadError } from '../../components/LoadError';
import { ReasonModal } from '../../components/ReasonModal';
import { formatTime } from '../../format';
import { useQuery } from '../../hooks/useQuery';

const PAGE_SIZE = 20;

/** The township's 不公开备案: approve (it counts as fulfilled and residents see it) or reject with a reason. */
export function FilingQueuePage() {
  const { message } = App.useApp();
  const [status, setStatus] = useState<TFilingStatus>('pending');
  const [page, setPage] = useState(1);
  const [rejecting, setRejecting] = useState<TFilingView | null>(null);
  const query = useQuery(() => api.filing.queue({ page, pageSize: PAGE_SIZE, status }), [page, status]);

  async function approve(filing: TFilingView) {
    try {
      await api.filing.approve({ id: filing.id });
      message.success('备案已通过，群众可以看到备案理由');
      query.reload();
    } catch (e) {
      message.error(toApiError(e).message);
      query.reload();
    }
  }

  const columns: ColumnsType<TFilingView> = [
    { title: '村（社区）', dataIndex: 'villageName', key: 'village', width: 120 },
    {
      title: '事项',
      key: 'item',
      render: (_v, f) => (
        <Space direction="vertical" size={0}>
          <span>{f.catalogItemTitle}</span>
          <Typography.Text type="secondary">
            {CATEGORY_NAMES[f.category]} · {f.periodLabel} · {f.dueDate} 截止
          </Typography.Text>
        </Space>
      ),
    },
    { title: '不公开理由', dataIndex: 'reason', key: 'reason' },
    { title: '提交时间', key: 'filedAt', width: 150, render: (_v, f) => formatTime(f.filedAt) },
    ...(status === 'rejected' ? [{ title: '退回理由', dataIndex: 'rejectReason', key: 'rejectReason' }] : []),
    ...(status === 'pending'
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 160,
            render: (_v: unknown, f: TFilingView) => (
              <Space>
                <Popconfirm title="通过这条不公开备案？" description="通过后该事项本期视为已履行，备案理由向群众公开。" okText="通过" cancelText="取消" onConfirm={() => approve(f)} okButtonProps={{ 'data-testid': 'filing-approve-confirm' } as ButtonProps}>
                  <Button type="primary" size="small" data-testid="filing-approve">
                    通过
                  </Button>
                </Popconfirm>
                <Button danger size="small" onClick={() => setRejecting(f)} data-testid="filing-reject">
                  退回
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card title="不公开备案审核">
      <Tabs
        activeKey={status}
        onChange={(key) => {
          setStatus(key as TFilingStatus);
          setPage(1);
        }}
        items={FILING_STATUSES.map((s) => ({ key: s, label: FILING_STATUS_NAMES[s] }))}
      />
      {query.error ? (
        <LoadError error={query.error} onRetry={query.reload} />
      ) : (
        <Table<TFilingView>
          rowKey="id"
          loading={query.loading}
          columns={columns}
          dataSource={query.data?.items ?? []}
          locale={{ emptyText: query.data ? `没有${FILING_STATUS_NAMES[status]}的备案` : ' ' }}
          onRow={() => ({ 'data-testid': 'filing-row' }) as HTMLAttributes<HTMLElement>}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: query.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        />
      )}
      {rejecting && (
        <ReasonModal
          open
          danger
          title={`退回备案：${rejecting.villageName} · ${rejecting.catalogItemTitle}`}
          label="退回理由"
          extra="村里会看到这段话，可据此公开或重新备案。"
          placeholder="例如：经核实本季度有救助款发放，请如实公开。"
          okText="确认退回"
          testId="filing-reject"
          onClose={() => setRejecting(null)}
          onSubmit={(reason) => api.filing.reject({ id: rejecting.id, reason })}
          onDone={() => {
            setRejecting(null);
            message.success('已退回');
            query.reload();
          }}
        />
      )}
    </Card>
  );
}
