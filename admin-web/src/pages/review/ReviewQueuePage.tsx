import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Button, Card, DatePicker, Input, Select, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { ZPeriod, AWAITING_REVIEW_STATUSES, CATEGORIES, CATEGORY_NAMES, DISCLOSURE_STATUS_NAMES, type TCategory, type TDisclosureStatus, type TDisclosureView } from '@sunshine/shared';
import { api } from '../../api/client';
import { disclosureColumns as c } from '../../components/disclosureColumns';
import { DisclosureTable } from '../../components/DisclosureTable';
import { ListFilters } from '../../components/ListFilters';
import { PAGE_SIZE, useListParams } from '../../hooks/useListParams';
import { useQuery } from '../../hooks/useQuery';
import { BulkApproveButton } from './BulkApproveButton';

/**
 * Sized for 1280 px: the version shows as the title's tag (第 2 版) and the
 * status (征求意见稿待审核), the category under the catalog item.
 */
const COLUMNS: ColumnsType<TDisclosureView> = [
  c.village,
  c.title,
  c.catalogItemWithCategory,
  c.status,
  {
    title: '期间 / 截止',
    key: 'due',
    width: 120,
    render: (_v, d) =>
      d.period ? (
        <>
          <div>{d.period}</div>
          <div>{d.dueDate ?? '—'}</div>
        </>
      ) : (
        '—'
      ),
  },
  c.submittedAt,
  {
    title: '操作',
    key: 'actions',
    width: 70,
    render: (_value, d) => (
      <Link to={`/disclosures/${d.id}`} data-testid="review-open">
        审核
      </Link>
    ),
  },
];

/** Filters besides village and page, kept in the address like the others. */
function useQueueFilters() {
  const [search, setSearch] = useSearchParams();
  const category = CATEGORIES.find((x) => x === search.get('category'));
  const status = AWAITING_REVIEW_STATUSES.find((x) => x === search.get('status'));
  const submittedBefore = search.get('before') ?? undefined;
  const period = search.get('period') ?? undefined;
  const dueBefore = search.get('due') ?? undefined;
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    next.delete('page');
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next);
  };
  return { category, status, submittedBefore, period, dueBefore, set };
}

/** Disclosures of the township waiting for a decision, filtered, with bulk approval. */
export function ReviewQueuePage() {
  const [params, setParams] = useListParams();
  const filters = useQueueFilters();
  const [selected, setSelected] = useState<TDisclosureView[]>([]);
  const query = useQuery(
    () =>
      api.review.queue({
        page: params.page,
        pageSize: PAGE_SIZE,
        villageCode: params.villageCode,
        category: filters.category,
        status: filters.status as 'submitted' | 'resubmitted' | 'commentSubmitted' | undefined,
        submittedBefore: filters.submittedBefore,
        period: filters.period,
        dueBefore: filters.dueBefore,
      }),
    [params.page, params.villageCode, filters.category, filters.status, filters.submittedBefore, filters.period, filters.dueBefore],
  );

  return (
    <Card title="待审核" extra={<BulkApproveButton selected={selected} onDone={() => (setSelected([]), query.reload())} />}>
      <Space wrap align="start" style={{ marginBottom: 16 }}>
        <ListFilters params={params} onChange={setParams} showVillage />
        <Select<TCategory>
          allowClear
          placeholder="全部类别"
          aria-label="类别"
          style={{ width: 140 }}
          value={filters.category}
          onChange={(v) => filters.set('category', v)}
          options={CATEGORIES.map((x) => ({ value: x, label: CATEGORY_NAMES[x] }))}
          data-testid="category-filter"
        />
        <Select<TDisclosureStatus>
          allowClear
          placeholder="全部待审状态"
          aria-label="待审状态"
          style={{ width: 180 }}
          value={filters.status}
          onChange={(v) => filters.set('status', v)}
          options={AWAITING_REVIEW_STATUSES.map((x) => ({ value: x, label: DISCLOSURE_STATUS_NAMES[x] }))}
          data-testid="queue-status-filter"
        />
        <DatePicker
          placeholder="提交日期不晚于"
          value={filters.submittedBefore ? dayjs(filters.submittedBefore) : null}
          onChange={(d) => filters.set('before', d ? d.format('YYYY-MM-DD') : undefined)}
        />
        <DatePicker
          placeholder="截止日期不晚于"
          value={filters.dueBefore ? dayjs(filters.dueBefore) : null}
          onChange={(d) => filters.set('due', d ? d.format('YYYY-MM-DD') : undefined)}
          data-testid="due-filter"
        />
        <Input.Search
          key={filters.period}
          allowClear
          defaultValue={filters.period}
          placeholder="期间，如 2026-Q1"
          style={{ width: 200 }}
          onSearch={(v) => filters.set('period', ZPeriod.safeParse(v.trim()).success ? v.trim() : undefined)}
          data-testid="period-filter"
        />
        <Button onClick={query.reload}>刷新</Button>
      </Space>
      <DisclosureTable
        query={query}
        columns={COLUMNS}
        page={params.page}
        onPageChange={(page) => setParams({ page })}
        emptyText={params.villageCode || filters.category || filters.status ? '没有符合条件的待审核事项' : '没有待审核的公开事项'}
        rowSelection={{ selectedRowKeys: selected.map((d) => d.id), onChange: (_keys, rows) => setSelected(rows) }}
      />
    </Card>
  );
}
