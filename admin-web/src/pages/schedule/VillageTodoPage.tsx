import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Card, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CATEGORY_NAMES, FILING_STATUS_NAMES, isTodoFulfilled, type TTodoEntry } from '@sunshine/shared';
import { api } from '../../api/client';
import { useAdmin } from '../../auth/AuthContext';
import { LoadError } from '../../components/LoadError';
import { ReasonModal } from '../../components/ReasonModal';
import { useQuery } from '../../hooks/useQuery';
import { TodoStatusTag } from './TodoStatusTag';

/** The village's due items for the current periods: publish each, or file why not (不公开备案). */
export function VillageTodoPage() {
  const admin = useAdmin();
  const { message } = App.useApp();
  const query = useQuery(() => api.schedule.villageTodo(), []);
  const [filingFor, setFilingFor] = useState<TTodoEntry | null>(null);

  const columns: ColumnsType<TTodoEntry> = [
    {
      title: '事项',
      key: 'item',
      render: (_v, e) => (
        <Space direction="vertical" size={0}>
          <span data-testid="todo-item">{e.catalogItemTitle}</span>
          <Typography.Text type="secondary">{CATEGORY_NAMES[e.category]}</Typography.Text>
        </Space>
      ),
    },
    { title: '期间', dataIndex: 'periodLabel', key: 'period', width: 140 },
    {
      title: '截止日期',
      key: 'due',
      width: 320,
      render: (_v, e) => (
        <Space direction="vertical" size={0}>
          <strong>{e.dueDate}</strong>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="todo-explanation">
            {e.explanation}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '状态',
      key: 'status',
      width: 180,
      render: (_v, e) => (
        <Space direction="vertical" size={4}>
          <TodoStatusTag status={e.status} />
          {e.filing && e.status !== 'filed' && (
            <Typography.Text type={e.filing.status === 'rejected' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
              备案{FILING_STATUS_NAMES[e.filing.status]}
              {e.filing.rejectReason ? `：${e.filing.rejectReason}` : ''}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 200,
      render: (_v, e) => {
        const open = e.disclosureId ? `/disclosures/${e.disclosureId}` : null;
        if (isTodoFulfilled(e.status) || e.status === 'pending') return open ? <Link to={open}>查看</Link> : null;
        return (
          <Space>
            <Link to={open ?? `/disclosures/new?catalogItemId=${encodeURIComponent(e.catalogItemId)}&period=${e.period}`} data-testid="todo-publish">
              {open ? '继续录入' : '去公开'}
            </Link>
            <Button size="small" onClick={() => setFilingFor(e)} data-testid="todo-file">
              不公开备案
            </Button>
          </Space>
        );
      },
    },
  ];

  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  const overdue = query.data?.entries.filter((e) => e.status === 'overdue').length ?? 0;
  return (
    <Card title={`待办：本期应公开事项${query.data ? `（${query.data.villageName}，今天 ${query.data.today}）` : ''}`}>
      {overdue > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={`有 ${overdue} 项已逾期，请尽快公开或提交不公开备案。`} />}
      <Table<TTodoEntry>
        rowKey={(e) => `${e.catalogItemId}/${e.period}`}
        loading={query.loading}
        columns={columns}
        dataSource={query.data?.entries ?? []}
        locale={{ emptyText: query.data ? '本期没有应公开的定期事项' : ' ' }}
        onRow={() => ({ 'data-testid': 'todo-row' }) as HTMLAttributes<HTMLElement>}
        pagination={false}
      />
      {filingFor && (
        <ReasonModal
          open
          title={`不公开备案：${filingFor.catalogItemTitle}（${filingFor.periodLabel}）`}
          label="不公开的理由"
          extra="乡镇审核通过后，备案理由会向群众公开。"
          placeholder="例如：本季度没有发放救助、慰问和救灾款物。"
          okText="提交备案"
          testId="filing"
          onClose={() => setFilingFor(null)}
          onSubmit={(reason) =>
            api.filing.file({ villageCode: admin.regionCode, catalogItemId: filingFor.catalogItemId, period: filingFor.period, reason })
          }
          onDone={() => {
            setFilingFor(null);
            message.success('备案已提交，等待乡镇审核');
            query.reload();
          }}
        />
      )}
    </Card>
  );
}
