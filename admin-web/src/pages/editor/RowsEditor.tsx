import { useState } from 'react';
import { Button, Input, Popconfirm, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DISCLOSURE_LIMITS, type TTableColumn } from '@sunshine/shared';
import type { TRowDraft } from './rowDrafts';

const PLACEHOLDERS: Record<TTableColumn['type'], string> = {
  text: '',
  amount: '如 1200.50',
  idNumber: '18 位身份证号',
  date: '如 2026-01-10',
};

const PAGE_SIZE = 50;

interface TProps {
  columns: readonly TTableColumn[];
  rows: readonly TRowDraft[];
  cellError: (row: TRowDraft, column: TTableColumn) => string | null;
  onCellChange: (row: TRowDraft, column: TTableColumn, value: string) => void;
  onAdd: () => void;
  onRemove: (row: TRowDraft) => void;
}

interface TIndexedRow {
  row: TRowDraft;
  /** Position in the whole list, not in the page: the test ids and server issues count this way. */
  index: number;
}

export function RowsEditor({ columns, rows, cellError, onCellChange, onAdd, onRemove }: TProps) {
  const [page, setPage] = useState(1);

  function handleAdd() {
    onAdd();
    // Long lists are paged; show the page where the new row lands.
    setPage(Math.ceil((rows.length + 1) / PAGE_SIZE));
  }

  const tableColumns: ColumnsType<TIndexedRow> = [
    { title: '序号', key: 'index', width: 64, render: (_value, { index }) => index + 1 },
    ...columns.map((column) => ({
      key: column.key,
      title: <ColumnTitle column={column} />,
      render: (_value: unknown, { row, index }: TIndexedRow) => {
        const error = cellError(row, column);
        return (
          <>
            <Input
              value={row.cells[column.key] ?? ''}
              placeholder={PLACEHOLDERS[column.type]}
              maxLength={DISCLOSURE_LIMITS.cellMax}
              inputMode={column.type === 'amount' ? 'decimal' : undefined}
              status={error ? 'error' : undefined}
              onChange={(e) => onCellChange(row, column, e.target.value)}
              data-testid={`cell-${index}-${column.key}`}
            />
            {error && (
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                {error}
              </Typography.Text>
            )}
          </>
        );
      },
    })),
    {
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_value, { row, index }) => (
        <Popconfirm title={`删除第 ${index + 1} 行？`} okText="删除" cancelText="取消" onConfirm={() => onRemove(row)}>
          <Button type="link" danger data-testid={`delete-row-${index}`}>
            删除
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Table<TIndexedRow>
      rowKey={({ row }) => row.key}
      size="small"
      bordered
      columns={tableColumns}
      dataSource={rows.map((row, index) => ({ row, index }))}
      pagination={rows.length > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, showSizeChanger: false, onChange: setPage } : false}
      locale={{ emptyText: '还没有名单，点击“添加一行”录入' }}
      footer={() => (
        <Button type="dashed" block onClick={handleAdd} data-testid="add-row">
          添加一行
        </Button>
      )}
    />
  );
}

function ColumnTitle({ column }: { column: TTableColumn }) {
  if (column.type !== 'idNumber') return <>{column.label}</>;
  return (
    <>
      {column.label}
      {/* The theme's secondary text colour, not a fixed lighter grey: help must stay legible (4.5:1). */}
      <Typography.Text type="secondary" style={{ display: 'block', fontWeight: 'normal', fontSize: 12 }}>
        填写完整 18 位，公开时自动打码
      </Typography.Text>
    </>
  );
}
