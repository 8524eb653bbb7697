import { useState } from 'react';
import { Button, Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CATALOG_VERSION, CATEGORY_NAMES, DEPARTMENT_NAMES, RHYTHM_NAMES, type TLocalCatalogItemView } from '@sunshine/shared';
import { api } from '../../api/client';
import { useAdmin } from '../../auth/AuthContext';
import { LoadError } from '../../components/LoadError';
import { formatTime } from '../../format';
import { useQuery } from '../../hooks/useQuery';
import { LocalCatalogForm } from './LocalCatalogForm';

const PAGE_SIZE = 20;

const dueText = (item: TLocalCatalogItemView) => {
  const r = item.rhythm;
  if ('dueDay' in r) return `${RHYTHM_NAMES[r.kind]}，期满后次月 ${r.dueDay} 日前`;
  return r.withinDays ? `${RHYTHM_NAMES[r.kind]}，${r.withinDays} 日内` : RHYTHM_NAMES[r.kind];
};

const COLUMNS: ColumnsType<TLocalCatalogItemView> = [
  { title: '事项', dataIndex: 'title', key: 'title' },
  { title: '类别', key: 'category', width: 100, render: (_v, i) => CATEGORY_NAMES[i.category] },
  { title: '负责部门', key: 'department', width: 110, render: (_v, i) => DEPARTMENT_NAMES[i.department] },
  { title: '领域', dataIndex: 'domain', key: 'domain', width: 110 },
  { title: '公开频次', key: 'rhythm', width: 220, render: (_v, i) => dueText(i) },
  { title: '依据', dataIndex: 'legalBasis', key: 'legalBasis' },
  { title: '编号', dataIndex: 'id', key: 'id', width: 200 },
  { title: '增加时间', key: 'createdAt', width: 150, render: (_v, i) => formatTime(i.createdAt) },
];

/** A county's or city's own items, added to the province's catalog (version {CATALOG_VERSION}) for its villages. */
export function LocalCatalogPage() {
  const admin = useAdmin();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const query = useQuery(() => api.catalog.localList({ page, pageSize: PAGE_SIZE }), [page]);
  return (
    <Card
      title={`${admin.regionName}自定公开目录`}
      extra={
        <Button type="primary" onClick={() => setCreating(true)} data-testid="local-new">
          增加事项
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        省级目录（第 {CATALOG_VERSION} 版）统一维护，这里增加的事项只适用于本辖区的村（社区），与省级事项一起出现在村里的录入和待办中。
      </Typography.Paragraph>
      {query.error ? (
        <LoadError error={query.error} onRetry={query.reload} />
      ) : (
        <Table<TLocalCatalogItemView>
          rowKey="id"
          loading={query.loading}
          columns={COLUMNS}
          dataSource={query.data?.items ?? []}
          locale={{ emptyText: query.data ? '还没有本地事项' : ' ' }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: query.data?.total ?? 0, showSizeChanger: false, onChange: setPage }}
        />
      )}
      {creating && (
        <LocalCatalogForm
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            query.reload();
          }}
        />
      )}
    </Card>
  );
}
