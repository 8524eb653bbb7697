import { useState } from 'react';
import { Button, ScrollView, Text, View } from '@tarojs/components';
import type { TPublishedDisclosure } from '@sunshine/shared';
import { toCloudError } from '../services/cloud';
import { fetchTableRows, TABLE_PAGE_SIZE } from '../services/disclosureRecords';
import './DisclosureTable.scss';

type TTable = NonNullable<TPublishedDisclosure['table']>;
type TColumn = TTable['columns'][number];

/** Rows drawn at a time: recipient lists reach thousands, and WeChat slows down on huge pages. */
const ROWS_STEP = 100;

function cellText(column: TColumn, value: string | undefined): string {
  if (!value) return '';
  return column.type === 'amount' ? `${value} 元` : value;
}

/**
 * The table of a disclosure. A typed-in list arrives whole; an imported one
 * (thousands of rows) arrives a page at a time, fetched when asked for.
 */
export function DisclosureTable({ table, disclosureId }: { table: TTable; disclosureId: string }) {
  const [loaded, setLoaded] = useState(table.rows);
  const [shown, setShown] = useState(ROWS_STEP);
  const [fetching, setFetching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rows = loaded.slice(0, shown);
  const remaining = table.total - rows.length;

  async function showMore() {
    const target = Math.min(rows.length + ROWS_STEP, table.total);
    if (target <= loaded.length) {
      setShown(target);
      return;
    }
    setFetching(true);
    setError(null);
    try {
      const more = [...loaded];
      while (more.length < target) {
        const page = await fetchTableRows(disclosureId, Math.floor(more.length / TABLE_PAGE_SIZE) + 1);
        if (page.items.length === 0) break;
        more.push(...page.items);
      }
      setLoaded(more);
      setShown(target);
    } catch (e) {
      setError(toCloudError(e).message);
    } finally {
      setFetching(false);
    }
  }

  return (
    <View data-testid="disclosure-table">
      <Text className="table__hint">共 {table.total} 行</Text>
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
            <View key={row.rowId} className="table__row" data-testid="table-row">
              <Text className="table__cell table__cell--index">
                <Text className="table__label">第 </Text>
                {index + 1}
                <Text className="table__label"> 条</Text>
              </Text>
              {table.columns.map((column) => (
                // On a phone each row is a card of "label value" lines; wider, a row of the table.
                <View key={column.key} className={`table__cell table__cell--${column.type}`}>
                  <Text className="table__label">{column.label}</Text>
                  <Text className="table__value">{cellText(column, row.cells[column.key])}</Text>
                </View>
              ))}
            </View>
          ))}
        </View>
      </ScrollView>
      {error && <Text className="table__hint">{error}</Text>}
      {remaining > 0 && (
        <Button className="button button--plain table__more" disabled={fetching} onClick={showMore} data-testid="table-more">
          {fetching ? '正在加载…' : `再显示 ${Math.min(remaining, ROWS_STEP)} 行（共 ${table.total} 行）`}
        </Button>
      )}
    </View>
  );
}
