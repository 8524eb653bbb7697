import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Breadcrumb, Button, Card, Space, Spin, Tag, Typography } from 'antd';
import { DEPARTMENT_NAMES, isDepartment, REGION_LEVEL_NAMES, type TAdminRole, type TDashboardOverview, type TFigureRow } from '@sunshine/shared';
import { api } from '../../api/client';
import { useAdmin } from '../../auth/AuthContext';
import { LoadError } from '../../components/LoadError';
import { useQuery } from '../../hooks/useQuery';
import { ChildrenTable } from './ChildrenTable';
import { useDashboardParams } from './dashboardParams';
import { FigureCards } from './FigureCards';
import { figureGroups, isEmptyPeriod } from './figureFormat';
import { PeriodPicker } from './PeriodPicker';
import { VillageLinks } from './VillageLinks';
import { WorstList } from './WorstList';

// echarts is most of this page's weight: the figures and tables draw first, the charts when their code is in.
const DashboardCharts = lazy(async () => ({ default: (await import('./DashboardCharts')).DashboardCharts }));

/**
 * 统计分析: the figures of the admin's region, or of a region below it, for
 * a month, quarter or year; a click on a region goes one level down, down
 * to one village.
 */
export function DashboardPage() {
  const admin = useAdmin();
  const [params, update] = useDashboardParams();
  const query = useQuery(() => api.dashboard.overview({ regionCode: params.regionCode, period: params.period }), [params.regionCode, params.period]);
  const data = query.error ? undefined : query.data;
  const open = (regionCode: string) => update({ regionCode });
  const drill = (row: TFigureRow) => open(row.code);

  return (
    <Card
      title={
        <Space>
          统计分析
          {data && (
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }} data-testid="dashboard-heading">
              {data.region.name} · {data.periodLabel}
            </Typography.Text>
          )}
          {data?.department && <Tag color="blue">仅统计{isDepartment(data.department) ? DEPARTMENT_NAMES[data.department] : '本部门'}负责的事项</Tag>}
        </Space>
      }
      extra={
        <Space>
          <PeriodPicker period={params.period} onChange={(period) => update({ period })} />
          <ExportButton data={data} />
        </Space>
      }
    >
      {data && (
        <Breadcrumb
          style={{ marginBottom: 16 }}
          data-testid="dashboard-breadcrumb"
          items={data.breadcrumb.map((r, i) => ({
            key: r.code,
            title:
              i === data.breadcrumb.length - 1 ? (
                <span data-testid="breadcrumb-current">{r.name}</span>
              ) : (
                <Link to={`?region=${r.code}&period=${params.period}`} data-testid="breadcrumb-link">
                  {r.name}
                </Link>
              ),
          }))}
        />
      )}
      {query.error && <LoadError error={query.error} onRetry={query.reload} />}
      {!data && query.loading && <Spin size="large" tip="正在统计…" style={{ display: 'block', padding: 64 }}><div /></Spin>}
      {data && (
        <Spin spinning={query.loading} tip="正在统计…">
          <Overview data={data} role={admin.role} onDrill={drill} onOpen={open} />
        </Spin>
      )}
    </Card>
  );
}

function Overview({ data, role, onDrill, onOpen }: { data: TDashboardOverview; role: TAdminRole; onDrill: (row: TFigureRow) => void; onOpen: (code: string) => void }) {
  const empty = isEmptyPeriod(data.total.figures);
  const groups = figureGroups(data.department);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="dashboard-overview">
      {empty && <Alert type="info" showIcon message="本期暂无数据" description="这个期间内还没有公开、审核、留言、评价或 12345 诉求。可以换一个期间看看。" data-testid="dashboard-empty" />}
      <FigureCards total={data.total} groups={groups} />
      {data.childLevel ? (
        <Card size="small" title={`各${REGION_LEVEL_NAMES[data.childLevel]}（点击名称查看下一级）`}>
          <ChildrenTable rows={data.children} total={data.total} level={data.childLevel} groups={groups} onDrill={onDrill} />
        </Card>
      ) : (
        <VillageLinks role={role} villageCode={data.region.code} />
      )}
      {!empty && (
        <Suspense fallback={<Spin tip="正在加载图表…" style={{ display: 'block', padding: 32 }}><div /></Spin>}>
          <DashboardCharts data={data} groups={groups} onDrill={onDrill} />
        </Suspense>
      )}
      {data.worst.length > 0 && <WorstList worst={data.worst} onOpen={onOpen} />}
    </Space>
  );
}

function ExportButton({ data }: { data: TDashboardOverview | undefined }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function exportWorkbook() {
    if (!data) return;
    setBusy(true);
    try {
      const { downloadDashboardWorkbook } = await import('./dashboardWorkbook');
      await downloadDashboardWorkbook(data);
    } catch {
      message.error('导出失败，请稍后重试。');
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button onClick={exportWorkbook} loading={busy} disabled={!data} data-testid="export-xlsx">
      导出 Excel
    </Button>
  );
}
