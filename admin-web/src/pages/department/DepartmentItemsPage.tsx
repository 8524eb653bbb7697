import type { HTMLAttributes } from 'react';
import { Alert, Button, Card, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useSearchParams } from 'react-router-dom';
import {
  chinaDateOf,
  DEPARTMENT_COVERS,
  DEPARTMENT_NAMES,
  displayRegionName,
  regionLevelOf,
  RHYTHM_NAMES,
  TODO_STATUS_NAMES,
  ZPeriod,
  type TDepartmentItemRow,
} from '@sunshine/shared';
import { api } from '../../api/client';
import { useAdmin } from '../../auth/AuthContext';
import { LoadError } from '../../components/LoadError';
import { useQuery } from '../../hooks/useQuery';
import { percent, RatingCell } from './figures';
import { ItemVillagesDrawer } from './ItemVillagesDrawer';
import { periodOptions } from './periodOptions';
import { RegionChainFilter } from './RegionChainFilter';

const PAGE_SIZE = 20;

/** A figure with its definition on hover, so a number is never read without what it counts. */
const headed = (title: string, definition: string) => (
  <Tooltip title={definition}>
    <span>{title}</span>
  </Tooltip>
);

const count = (value: number, color?: string) => (value > 0 && color ? <Tag color={color}>{value}</Tag> : value);

function columns(open: (row: TDepartmentItemRow) => void): ColumnsType<TDepartmentItemRow> {
  return [
    {
      title: '事项',
      key: 'item',
      width: 220,
      fixed: 'left',
      render: (_v, r) => (
        <Space direction="vertical" size={0}>
          <span>{r.catalogItemTitle}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.domain} · {RHYTHM_NAMES[r.rhythm]}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '期间',
      key: 'period',
      width: 140,
      render: (_v, r) => (
        <Space direction="vertical" size={0}>
          <span>{r.periodLabel}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.dueDate} 截止
          </Typography.Text>
        </Space>
      ),
    },
    { title: headed('应公开', '事项适用的村（社区）个数：每个都要按期公开，或经审核备案不公开'), dataIndex: 'due', key: 'due', width: 64 },
    { title: headed(TODO_STATUS_NAMES.published, '已发布（含已更正）本期内容的村（社区）'), key: 'published', width: 64, render: (_v, r) => r.published },
    { title: headed(TODO_STATUS_NAMES.filed, '本期不公开、备案已经乡镇审核通过的村（社区）'), key: 'filed', width: 64, render: (_v, r) => r.filed },
    { title: headed(TODO_STATUS_NAMES.pending, '已提交、待乡镇审核或正在征求意见的村（社区）'), key: 'pending', width: 64, render: (_v, r) => count(r.pending, 'processing') },
    { title: headed(TODO_STATUS_NAMES.overdue, '过了截止日期仍未公开也未备案的村（社区）'), key: 'overdue', width: 64, render: (_v, r) => count(r.overdue, 'error') },
    { title: headed(TODO_STATUS_NAMES.missing, '截止日期未到、尚未公开也未备案的村（社区）'), key: 'missing', width: 64, render: (_v, r) => r.missing },
    {
      title: headed('完成率', '（已公开 + 已备案）÷ 应公开'),
      key: 'done',
      width: 64,
      render: (_v, r) => (r.due ? percent((r.published + r.filed) / r.due) : '—'),
    },
    { title: headed('意见', '群众对本期公开内容提交的意见条数'), dataIndex: 'comments', key: 'comments', width: 56 },
    { title: headed('评价·满意率', '群众对本期公开内容的评价人数，及其中“满意”的比例'), key: 'ratings', width: 100, render: (_v, r) => <RatingCell ratings={r.ratings} /> },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      fixed: 'right',
      render: (_v, r) => (
        <Button type="link" size="small" onClick={() => open(r)} data-testid="department-item-villages">
          查看各村
        </Button>
      ),
    },
  ];
}

/**
 * 部门事项: a functional department's own catalog items across its region,
 * per item and period how many villages published, filed, are overdue, and
 * what residents said. City and province departments choose a county first:
 * wider figures come from 统计分析.
 */
export function DepartmentItemsPage() {
  const admin = useAdmin();
  const [search, setSearch] = useSearchParams();
  const regionCode = search.get('region') ?? undefined;
  const rawPeriod = search.get('period');
  const period = rawPeriod && ZPeriod.safeParse(rawPeriod).success ? rawPeriod : undefined;
  const openItem = search.get('item');
  const page = Math.max(1, Number(search.get('page')) || 1);
  // Counted live per village: a city or province department narrows to a county first.
  const scopeLevel = regionLevelOf(regionCode ?? admin.regionCode);
  const needsCounty = scopeLevel === 'city' || scopeLevel === 'province';
  const query = useQuery(
    () => (needsCounty ? Promise.resolve(null) : api.department.items({ regionCode, period, page, pageSize: PAGE_SIZE })),
    [needsCounty, regionCode, period, page],
  );

  function update(change: { region?: string; period?: string; item?: string; page?: number }) {
    const next = { region: regionCode, period, item: openItem ?? undefined, page: 1, ...change };
    const entries: [string, string][] = [];
    if (next.region) entries.push(['region', next.region]);
    if (next.period) entries.push(['period', next.period]);
    if (next.item) entries.push(['item', next.item]);
    if (next.page > 1) entries.push(['page', String(next.page)]);
    setSearch(entries);
  }

  const department = admin.department!;
  const scope = query.data?.scope;
  const regionName = scope?.regionName ?? displayRegionName(admin.regionName);

  return (
    <Card title={`${regionName} · ${DEPARTMENT_NAMES[department]}负责事项`}>
      <Typography.Paragraph type="secondary">
        {DEPARTMENT_NAMES[department]}负责的公开目录事项（{DEPARTMENT_COVERS[department]}），按期间统计辖区各村（社区）的公开情况。不选期间时，每个事项显示最近一期应公开的内容。
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <RegionChainFilter value={regionCode} onChange={(region) => update({ region })} />
        <Select
          allowClear
          aria-label="期间"
          placeholder="最近一期（各事项）"
          style={{ width: 200 }}
          value={period}
          options={periodOptions(chinaDateOf(new Date()))}
          onChange={(value) => update({ period: value ?? undefined })}
          data-testid="period-filter"
        />
      </Space>
      {needsCounty ? (
        <Alert type="info" showIcon message="请先选择一个县（区）" description="部门事项按县（区）逐村统计；全市、全省的汇总数字请看统计分析。" />
      ) : query.error ? (
        <LoadError error={query.error} onRetry={query.reload} />
      ) : (
        <>
          {scope && (
            <Typography.Paragraph>
              统计范围：{scope.regionName}，共 {scope.villages} 个村（社区）；统计日期 {scope.today}。
            </Typography.Paragraph>
          )}
          <Table<TDepartmentItemRow>
            size="middle"
            rowKey={(r) => `${r.catalogItemId}/${r.period}`}
            loading={query.loading}
            columns={columns((row) => update({ item: row.catalogItemId, page }))}
            dataSource={query.data?.items.items ?? []}
            locale={{ emptyText: query.data ? `${period ? '这一期间' : '目前'}没有${DEPARTMENT_NAMES[department]}负责的按期公开事项` : ' ' }}
            onRow={() => ({ 'data-testid': 'department-item-row' }) as HTMLAttributes<HTMLElement>}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: query.data?.items.total ?? 0, showSizeChanger: false, onChange: (next) => update({ page: next }) }}
            scroll={{ x: 1060 }}
          />
        </>
      )}
      {/* Without a period the drill takes the item's latest period due, as its row does. */}
      {openItem && !needsCounty && <ItemVillagesDrawer catalogItemId={openItem} period={period} regionCode={regionCode} onClose={() => update({ item: undefined, page })} />}
    </Card>
  );
}
