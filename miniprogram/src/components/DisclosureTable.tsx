import { useState } from 'react';
import { Button, ScrollView, Text, View } from '@tarojs/components';
import type { TPublishedDisclosure } from '@sunshine/shared';
import './DisclosureTable.scss';

type TTable = NonNullable<TPublishedDisclosure['table']>;
type TColumn = TTable['columns'][number];

/** Rows drawn at a time: recipient lists reach thousands, and WeChat slows down on huge pages. */
const ROWS_STEP = 100;

function cellText(column: TColumn, value: string | undefined): string {
  if (!value) return '';
  return column.type === 'amount' ? `${value} 元` : value;
}

export function DisclosureTable({ table }: { table: TTable }) {
  const [shown, setShown] = useState(ROWS_STEP);
  const rows = table.rows.slice(0, shown);
  const remaining = table.rows.length - rows.length;

  return (
    <View data-testid="disclosure-table">
      <Text className="table__hint">共 {table.rows.length} 行，表格较宽时可左右滑动查看</Text>
      <ScrollView className="table-scroll" scrollX>
        <View className="table">
          <View className="table__row table__row--head">
            <Text className="table__cell table__cell--index">序号</Text>
            {table.columns.map((column) => (
              <Text key={column.key} className={`table__cell table__cell--${column.type}`}>
                {column.label}
              </Text>
            ))}
          </View>
          {rows.map((row, index) => (
            <View key={row.rowId} className="table__row">
              <Text className="table__cell table__cell--index">{index + 1}</Text>
              {table.columns.map((column) => (
                <Text key={column.key} className={`table__cell table__cell--${column.type}`}>
                  {cellText(column, row.cells[column.key])}
                </Text>
              ))}
            </View>
          ))}
        </View>
      </ScrollView>
      {remaining > 0 && (
        <Button className="button button--plain table__more" onClick={() => setShown((n) => n + ROWS_STEP)}>
          再显示 {Math.min(remaining, ROWS_STEP)} 行（共 {table.rows.length} 行）
        </Button>
      )}
    </View>
  );
}
