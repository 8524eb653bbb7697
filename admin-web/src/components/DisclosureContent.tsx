import { useState } from 'react';
import { Descriptions, Table, Typography } from 'antd';
import { financeFigureRows, type TDisclosureView, type TPage, type TTableRowView } from '@sunshine/shared';
import { api } from '../api/client';
import { useQuery } from '../hooks/useQuery';
import { LoadError } from './LoadError';

const PAGE_SIZE = 50;

/** The body, the finance figures and the recipient table exactly as they will be published (ID numbers already masked). */
export function DisclosureContent({ disclosure }: { disclosure: TDisclosureView }) {
  const { table } = disclosure;
  const figures = financeFigureRows(disclosure.finance);
  return (
    <>
      {figures.length > 0 && (
        <Descriptions size="small" bordered column={2} style={{ marginBottom: 16 }} data-testid="finance-figures">
          {figures.map((f) => (
            <Descriptions.Item key={f.key} label={f.label}>
              <span data-testid={`finance-figure-${f.key}`}>{f.text}</span>
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
        {disclosure.body || <Typography.Text type="secondary">（无正文）</Typography.Text>}
      </Typography.Paragraph>
      {table && (table.imported ? <ImportedRowsTable disclosure={disclosure} /> : <RowsTable columns={table.columns} rows={table.rows} />)}
    </>
  );
}

type TColumns = NonNullable<TDisclosureView['table']>['columns'];

function RowsTable({ columns, rows, page }: { columns: TColumns; rows: TTableRowView[]; page?: { page: TPage<TTableRowView>; onChange(page: number): void; loading: boolean } }) {
  const first = page ? (page.page.page - 1) * page.page.pageSize : 0;
  return (
    <Table<TTableRowView>
      rowKey="rowId"
      size="small"
      bordered
      data-testid="disclosure-rows"
      loading={page?.loading}
      pagination={
        page
          ? { current: page.page.page, pageSize: PAGE_SIZE, total: page.page.total, showSizeChanger: false, onChange: page.onChange, showTotal: (total) => `共 ${total} 行` }
          : rows.length > PAGE_SIZE
            ? { pageSize: PAGE_SIZE, showSizeChanger: false }
            : false
      }
      dataSource={rows}
      columns={[
        { title: '序号', key: 'index', width: 80, render: (_value, _row, index) => first + index + 1 },
        ...columns.map((column) => ({
          title: column.label,
          key: column.key,
          align: column.type === 'amount' ? ('right' as const) : undefined,
          render: (_value: unknown, row: TTableRowView) => row.cells[column.key] ?? '',
        })),
      ]}
    />
  );
}

/** An imported list can be 100,000 rows: it is read from the platform a page at a time. */
function ImportedRowsTable({ disclosure }: { disclosure: TDisclosureView }) {
  const [page, setPage] = useState(1);
  const query = useQuery(() => api.disclosure.rows({ id: disclosure.id, page, pageSize: PAGE_SIZE }), [disclosure.id, disclosure.updatedAt, page]);
  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  const data = query.data ?? { items: [], total: disclosure.table!.total, page, pageSize: PAGE_SIZE };
  return <RowsTable columns={disclosure.table!.columns} rows={data.items} page={{ page: data, onChange: setPage, loading: query.loading }} />;
}
