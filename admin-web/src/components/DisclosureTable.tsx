import type { HTMLAttributes, ReactNode } from 'react';
import { Table } from 'antd';
import type { ColumnsType, TableRowSelection } from 'antd/es/table/interface';
import type { TDisclosureView, TPage } from '@sunshine/shared';
import type { TQuery } from '../hooks/useQuery';
import { PAGE_SIZE } from '../hooks/useListParams';
import { LoadError } from './LoadError';

// antd's type leaves out the aria attributes it does pass to the checkbox.
type TCheckboxProps = ReturnType<NonNullable<TableRowSelection<TDisclosureView>['getCheckboxProps']>>;

interface TProps {
  query: TQuery<TPage<TDisclosureView>>;
  columns: ColumnsType<TDisclosureView>;
  page: number;
  onPageChange: (page: number) => void;
  emptyText: ReactNode;
  rowSelection?: TableRowSelection<TDisclosureView>;
}

/** One server-paged page of disclosures, with its loading and error states. */
export function DisclosureTable({ query, columns, page, onPageChange, emptyText, rowSelection }: TProps) {
  // After a failed load the rows on screen would be stale, or a false "nothing here".
  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  return (
    <Table<TDisclosureView>
      rowKey="id"
      // Each checkbox names its row for screen readers; a bare checkbox says nothing about what it selects.
      rowSelection={rowSelection && { ...rowSelection, getCheckboxProps: (d) => ({ 'aria-label': `选择“${d.title}”` }) as TCheckboxProps }}
      loading={query.loading}
      columns={columns}
      dataSource={query.data?.items ?? []}
      // Until the first answer arrives, an empty table means "not loaded yet", not "nothing here".
      locale={{ emptyText: query.data ? emptyText : ' ' }}
      onRow={() => ({ 'data-testid': 'disclosure-row' }) as HTMLAttributes<HTMLElement>}
      pagination={{
        current: page,
        pageSize: PAGE_SIZE,
        total: query.data?.total ?? 0,
        showSizeChanger: false,
        showTotal: (total) => `共 ${total} 条`,
        onChange: onPageChange,
      }}
    />
  );
}
