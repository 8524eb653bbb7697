import { Table, Typography } from 'antd';
import type { TDisclosureView, TTableRowView } from '@sunshine/shared';

/** The body and the recipient table exactly as they will be published (ID numbers already masked). */
export function DisclosureContent({ disclosure }: { disclosure: TDisclosureView }) {
  const { table } = disclosure;
  return (
    <>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
        {disclosure.body || <Typography.Text type="secondary">（无正文）</Typography.Text>}
      </Typography.Paragraph>
      {table && (
        <Table<TTableRowView>
          rowKey="rowId"
          size="small"
          bordered
          pagination={table.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          dataSource={table.rows}
          columns={[
            { title: '序号', key: 'index', width: 64, render: (_value, _row, index) => index + 1 },
            ...table.columns.map((column) => ({
              title: column.label,
              key: column.key,
              align: column.type === 'amount' ? ('right' as const) : undefined,
              render: (_value: unknown, row: TTableRowView) => row.cells[column.key] ?? '',
            })),
          ]}
        />
      )}
    </>
  );
}
