import { useRef, useState } from 'react';
import { Card, Col, Empty, Row, Select, Typography } from 'antd';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import type { EChartsType } from 'echarts';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { FIGURES, REGION_LEVEL_NAMES, type TDashboardOverview, type TFigureKey, type TFigureRow, type TFigureValue } from '@sunshine/shared';
import { formatFigure, isPending, type TFigureGroups } from './figureFormat';

// Only what these three charts draw: the whole of echarts would triple the page's download.
// SVG rather than canvas: sharp at any zoom, and the axis names are text in the page.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** What the axis plots: ratios as percentages, so the axis reads 0–100 %. */
const plotted = (key: TFigureKey, figure: TFigureValue) => (figure.value === null ? null : FIGURES[key].unit === 'ratio' ? Number((figure.value * 100).toFixed(1)) : Number(figure.value.toFixed(1)));
const axisLabel = (key: TFigureKey) => (FIGURES[key].unit === 'ratio' ? '{value}%' : FIGURES[key].unit === 'days' ? '{value} 天' : '{value}');
/** The value axis of a figure: 0–100 % for a ratio, whole steps for a count (no 0.2 of a message). */
const valueAxis = (key: TFigureKey) => ({
  type: 'value',
  axisLabel: { formatter: axisLabel(key) },
  ...(FIGURES[key].unit === 'ratio' ? { max: 100 } : FIGURES[key].unit === 'count' ? { minInterval: 1 } : {}),
});

const monthLabel = (period: string) => `${Number(period.slice(5))}月`;

const TOPIC_SERIES = [
  { key: 'messages', name: '群众留言（本期）', color: '#0958d9' },
  { key: 'previousMessages', name: '群众留言（上期）', color: '#91caff' },
  { key: 'hotline', name: '12345（本期）', color: '#ad4e00' },
  { key: 'previousHotline', name: '12345（上期）', color: '#ffc069' },
] as const;

/**
 * The dashboard's charts: one figure across the regions below (a click on
 * a region's bar goes down to it), the same figure month by month, and topics of
 * messages and 12345 orders against the previous period.
 */
export function DashboardCharts({ data, groups, onDrill }: { data: TDashboardOverview; groups: TFigureGroups; onDrill: (row: TFigureRow) => void }) {
  const [figure, setFigure] = useState<TFigureKey>('coverage');
  const options = groups.flatMap(({ keys }) => keys.filter((k) => !isPending(k)).map((k) => ({ value: k, label: `${FIGURES[k].group} · ${FIGURES[k].name}` })));
  // The chart is made once and kept across drill-downs: its click reads the regions of the latest render.
  const drillColumn = useRef<(index: number) => void>(() => undefined);
  drillColumn.current = (index) => {
    const row = data.children[index];
    if (row) onDrill(row);
  };
  const picker = (
    <Select<TFigureKey> aria-label="图表指标" value={figure} onChange={setFigure} options={options} style={{ width: 220 }} data-testid="chart-figure" />
  );

  return (
    <Row gutter={[16, 16]}>
      {data.childLevel && (
        <Col span={24}>
          <Card size="small" title={`各${REGION_LEVEL_NAMES[data.childLevel]}${FIGURES[figure].name}`} extra={picker} data-testid="children-chart">
            {data.children.length === 0 ? (
              <Empty description="本期暂无数据" />
            ) : (
              <ReactEChartsCore echarts={echarts} notMerge style={{ height: 320 }} option={childrenOption(data.children, figure)} onChartReady={(chart) => drillOnColumnClick(chart, (index) => drillColumn.current(index))} />
            )}
            <Typography.Text type="secondary">点击柱条（或它所在的一列）查看下一级。</Typography.Text>
          </Card>
        </Col>
      )}
      <Col xs={24} xl={12}>
        <Card size="small" title={`${FIGURES[figure].name}月度趋势`} extra={data.childLevel ? null : picker} data-testid="trend-chart">
          {data.trend.length === 0 ? <Empty description="本期暂无数据" /> : <ReactEChartsCore echarts={echarts} notMerge style={{ height: 300 }} option={trendOption(data.trend, figure)} />}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title="话题分布（与上期比较）" data-testid="topics-chart">
          <TopicsChart topics={data.topics} />
        </Card>
      </Col>
    </Row>
  );
}

/**
 * A click anywhere in a region's column goes down to it, not only on its
 * bar: a village with 0.1 % coverage has a bar too thin to hit.
 */
function drillOnColumnClick(chart: EChartsType, drill: (index: number) => void) {
  const zr = chart.getZr();
  const columnAt = (x: number, y: number) => (chart.containPixel('grid', [x, y]) ? Math.round((chart.convertFromPixel({ gridIndex: 0 }, [x, y]) as number[])[0]) : null);
  zr.on('click', (event) => {
    const index = columnAt(event.offsetX, event.offsetY);
    if (index !== null) drill(index);
  });
  zr.on('mousemove', (event) => zr.setCursorStyle(columnAt(event.offsetX, event.offsetY) === null ? 'default' : 'pointer'));
}

function childrenOption(rows: TFigureRow[], figure: TFigureKey) {
  return {
    grid: { left: 56, right: 16, top: 24, bottom: 64 },
    tooltip: { confine: true, trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (items: { dataIndex: number }[]) => `${echarts.format.encodeHTML(rows[items[0].dataIndex].name)}<br/>${formatFigure(figure, rows[items[0].dataIndex].figures[figure])}` },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0, rotate: rows.length > 8 ? 30 : 0 } },
    yAxis: valueAxis(figure),
    series: [{ type: 'bar', name: FIGURES[figure].name, data: rows.map((r) => plotted(figure, r.figures[figure])), itemStyle: { color: '#0958d9' }, barMaxWidth: 40 }],
  };
}

function trendOption(trend: TDashboardOverview['trend'], figure: TFigureKey) {
  return {
    grid: { left: 56, right: 16, top: 24, bottom: 32 },
    tooltip: { confine: true, trigger: 'axis', formatter: (items: { dataIndex: number }[]) => `${trend[items[0].dataIndex].period}<br/>${formatFigure(figure, trend[items[0].dataIndex].figures[figure])}` },
    xAxis: { type: 'category', data: trend.map((t) => monthLabel(t.period)) },
    yAxis: valueAxis(figure),
    series: [{ type: 'line', name: FIGURES[figure].name, data: trend.map((t) => plotted(figure, t.figures[figure])), connectNulls: false, itemStyle: { color: '#0958d9' } }],
  };
}

function TopicsChart({ topics }: { topics: TDashboardOverview['topics'] }) {
  const shown = topics.filter((t) => t.messages + t.hotline + t.previousMessages + t.previousHotline > 0);
  if (shown.length === 0) return <Empty description="本期暂无话题数据" />;
  const option = {
    grid: { left: 40, right: 16, top: 40, bottom: 32 },
    legend: { top: 0 },
    tooltip: { confine: true, trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: shown.map((t) => t.topic) },
    yAxis: { type: 'value', minInterval: 1 },
    series: TOPIC_SERIES.map((s) => ({ type: 'bar', name: s.name, data: shown.map((t) => t[s.key]), itemStyle: { color: s.color } })),
  };
  return <ReactEChartsCore echarts={echarts} notMerge style={{ height: 300 }} option={option} />;
}
