import type { HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Empty, Table, Tabs } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { FIGURES, REGION_LEVEL_NAMES, type TDashboardOverview } from '@sunshine/shared';
import { formatFigure } from './figureFormat';
import { villageListLink } from './VillageLinks';

type TWorst = TDashboardOverview['worst'][number];
type TWorstItem = TWorst['items'][number];

/**
 * 十个最差: per ranked figure, the regions that fare worst (villages up to a
 * county, townships above), each a way to its own figures and, for a
 * village, to its list of disclosures.
 */
export function WorstList({ worst, onOpen }: { worst: TDashboardOverview['worst']; onOpen: (code: string) => void }) {
  const ranked = worst.filter((w) => w.items.length > 0);
  const level = worst[0]?.level;
  return (
    <Card size="small" title={level ? `十个最差的${REGION_LEVEL_NAMES[level]}` : '十个最差'} data-testid="worst">
      {ranked.length === 0 ? (
        <Empty description="本期暂无数据" />
      ) : (
        <Tabs
          tabPosition="left"
          size="small"
          items={ranked.map((w) => ({ key: w.figure, label: FIGURES[w.figure].name, children: <WorstTable worst={w} onOpen={onOpen} /> }))}
        />
      )}
    </Card>
  );
}

function WorstTable({ worst, onOpen }: { worst: TWorst; onOpen: (code: string) => void }) {
  const columns: ColumnsType<TWorstItem> = [
    { title: '名次', key: 'rank', width: 64, render: (_v, _item, i) => i + 1 },
    {
      title: REGION_LEVEL_NAMES[worst.level],
      key: 'name',
      render: (_v, item) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(item.code)}>
          {item.name}
        </Button>
      ),
    },
    { title: FIGURES[worst.figure].name, key: 'value', width: 160, align: 'right', render: (_v, item) => formatFigure(worst.figure, item) },
    {
      title: '列表',
      key: 'list',
      width: 120,
      render: (_v, item) =>
        item.level === 'village' ? (
          <Link to={villageListLink(item.code)}>公开事项</Link>
        ) : (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(item.code)}>
            查看各村
          </Button>
        ),
    },
  ];
  return (
    <Table<TWorstItem>
      rowKey="code"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={worst.items}
      onRow={() => ({ 'data-testid': `worst-row-${worst.figure}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
