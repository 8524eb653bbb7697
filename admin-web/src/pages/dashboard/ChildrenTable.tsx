import type { HTMLAttributes } from 'react';
import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { REGION_LEVEL_NAMES, type TFigureRow, type TRegionLevel } from '@sunshine/shared';
import { compareFigures, isPending, type TFigureGroups } from './figureFormat';
import { FigureLabel, FigureValue } from './FigureText';

const NAME_WIDTH = 150;
const FIGURE_WIDTH = 136;

/**
 * One row per region one level down, every figure a column under its group.
 * The name stays put while the figures scroll sideways, and a click on it
 * goes one level down.
 */
export function ChildrenTable({ rows, total, level, groups, onDrill }: { rows: TFigureRow[]; total: TFigureRow; level: TRegionLevel; groups: TFigureGroups; onDrill: (row: TFigureRow) => void }) {
  const columns: ColumnsType<TFigureRow> = [
    {
      title: REGION_LEVEL_NAMES[level],
      key: 'name',
      fixed: 'left',
      width: NAME_WIDTH,
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (_v, row) => (
        <Button type="link" size="small" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => onDrill(row)} data-testid="child-drill">
          {row.name}
        </Button>
      ),
    },
    { title: '村（社区）数', key: 'villages', width: 104, align: 'right', sorter: (a, b) => a.villages - b.villages, render: (_v, row) => row.villages.toLocaleString('zh-CN') },
    ...groups.map(({ group, keys }) => ({
      title: group,
      key: group,
      children: keys.map((key) => ({
        title: <FigureLabel figure={key} />,
        key,
        width: isPending(key) ? 150 : FIGURE_WIDTH,
        align: 'right' as const,
        sorter: isPending(key) ? undefined : (a: TFigureRow, b: TFigureRow, order?: 'ascend' | 'descend' | null) => compareFigures(a.figures[key], b.figures[key], order),
        render: (_v: unknown, row: TFigureRow) =>
          isPending(key) ? (
            <Typography.Text type="secondary">
              <FigureValue figure={key} value={row.figures[key]} />
            </Typography.Text>
          ) : (
            <FigureValue figure={key} value={row.figures[key]} testId={`cell-${key}`} />
          ),
      })),
    })),
  ];

  return (
    <Table<TFigureRow>
      rowKey="code"
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      showSorterTooltip={false}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: '本期暂无数据' }}
      onRow={(row) => ({ 'data-testid': 'child-row', 'data-code': row.code }) as HTMLAttributes<HTMLElement>}
      data-testid="children-table"
      summary={() => (
        <Table.Summary>
          <Table.Summary.Row data-testid="children-total">
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>合计</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {total.villages.toLocaleString('zh-CN')}
            </Table.Summary.Cell>
            {groups.flatMap(({ keys }) => keys).map((key, i) => (
              <Table.Summary.Cell key={key} index={i + 2} align="right">
                <Typography.Text strong={!isPending(key)} type={isPending(key) ? 'secondary' : undefined}>
                  <FigureValue figure={key} value={total.figures[key]} />
                </Typography.Text>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
