import ExcelJS from 'exceljs';
import { FIGURES, REGION_LEVEL_NAMES, type TDashboardOverview, type TFigureKey, type TFigureRow, type TFigureValue } from '@sunshine/shared';
import { figureGroups, isPending, NOT_YET_COUNTED, showsBase, type TFigureGroups } from './figureFormat';

/**
 * 导出 Excel: every table of the dashboard as a sheet of one workbook, the
 * numbers as numbers (ratios as fractions shown as percentages) so a clerk
 * can sum and chart them; headers in Chinese as on screen. Loaded only when
 * someone exports: exceljs is as large as the rest of the console.
 */

interface TColumn<R> {
  group?: string;
  header: string;
  width: number;
  /** Excel's number format of the column's cells, or of each row's (the ten worst mix figures of every unit). */
  numFmt?: string | ((row: R) => string);
  value: (row: R) => ExcelJS.CellValue;
}

const NUMBER_FORMAT: Record<(typeof FIGURES)[TFigureKey]['unit'], string> = { ratio: '0.0%', days: '0.0', perVillage: '0.0', count: '0' };

/** A figure's columns: its value, and the count it rests on where that tells how much to trust it. */
function figureColumns<R>(groups: TFigureGroups, figuresOf: (row: R) => Record<TFigureKey, TFigureValue>): TColumn<R>[] {
  return groups.flatMap(({ group, keys }) =>
    keys.flatMap((key): TColumn<R>[] => {
      const { name, unit } = FIGURES[key];
      if (isPending(key)) return [{ group, header: name, width: 20, value: () => NOT_YET_COUNTED }];
      const value: TColumn<R> = { group, header: name, width: 14, numFmt: NUMBER_FORMAT[unit], value: (row) => figuresOf(row)[key].value };
      return showsBase(key) ? [value, { group, header: `${name}·基数`, width: 12, numFmt: '0', value: (row) => figuresOf(row)[key].base }] : [value];
    }),
  );
}

/** A sheet with a header (a merged group row above when columns have groups) and one line per row. */
function addSheet<R>(workbook: ExcelJS.Workbook, name: string, columns: TColumn<R>[], rows: R[]): void {
  const sheet = workbook.addWorksheet(name);
  const grouped = columns.some((c) => c.group);
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const headerRows = grouped ? [sheet.addRow(columns.map((c) => c.group ?? c.header))] : [];
  headerRows.push(sheet.addRow(columns.map((c) => c.header)));
  if (grouped) {
    columns.forEach((c, i) => {
      // A column without a group takes both header lines; a group's name spans its columns.
      if (!c.group) sheet.mergeCells(1, i + 1, 2, i + 1);
      else if (columns[i - 1]?.group !== c.group) {
        const last = columns.findIndex((d, j) => j > i && d.group !== c.group);
        const end = last === -1 ? columns.length : last;
        if (end - i > 1) sheet.mergeCells(1, i + 1, 1, end);
      }
    });
  }
  for (const row of headerRows) {
    row.font = { bold: true };
    row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  }
  for (const row of rows) {
    const line = sheet.addRow(columns.map((c) => c.value(row)));
    columns.forEach((c, i) => {
      if (c.numFmt) line.getCell(i + 1).numFmt = typeof c.numFmt === 'string' ? c.numFmt : c.numFmt(row);
    });
  }
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: headerRows.length }];
}

const regionColumns: TColumn<TFigureRow>[] = [
  { header: '地区', width: 18, value: (r) => r.name },
  { header: '区划代码', width: 14, value: (r) => r.code },
  { header: '村（社区）数', width: 12, numFmt: '0', value: (r) => r.villages },
];

export function dashboardWorkbook(data: TDashboardOverview): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '阳光三务管理后台';
  const groups = figureGroups(data.department);
  const figures = figureColumns<TFigureRow>(groups, (r) => r.figures);
  if (data.childLevel) {
    addSheet(workbook, `各${REGION_LEVEL_NAMES[data.childLevel]}`, [...regionColumns, ...figures], [...data.children, { ...data.total, name: `合计（${data.total.name}）` }]);
  } else {
    addSheet(workbook, '本村（社区）指标', [...regionColumns, ...figures], [data.total]);
  }
  type TTrendRow = TDashboardOverview['trend'][number];
  addSheet<TTrendRow>(workbook, '月度趋势', [{ header: '月份', width: 10, value: (t) => t.period }, ...figureColumns<TTrendRow>(groups, (t) => t.figures)], data.trend);
  type TTopicRow = TDashboardOverview['topics'][number];
  addSheet<TTopicRow>(
    workbook,
    '话题分布',
    [
      { header: '话题', width: 12, value: (t) => t.topic },
      { header: '群众留言（本期）', width: 16, numFmt: '0', value: (t) => t.messages },
      { header: '群众留言（上期）', width: 16, numFmt: '0', value: (t) => t.previousMessages },
      { header: '12345（本期）', width: 14, numFmt: '0', value: (t) => t.hotline },
      { header: '12345（上期）', width: 14, numFmt: '0', value: (t) => t.previousHotline },
    ],
    data.topics,
  );
  const worst = data.worst.flatMap((w) => w.items.map((item, i) => ({ figure: w.figure, rank: i + 1, ...item })));
  type TWorstRow = (typeof worst)[number];
  addSheet<TWorstRow>(
    workbook,
    '十个最差',
    [
      { header: '指标', width: 16, value: (w) => FIGURES[w.figure].name },
      { header: '名次', width: 6, numFmt: '0', value: (w) => w.rank },
      { header: '地区', width: 18, value: (w) => w.name },
      { header: '区划代码', width: 14, value: (w) => w.code },
      { header: '数值', width: 10, numFmt: (w) => NUMBER_FORMAT[FIGURES[w.figure].unit], value: (w) => w.value },
      { header: '基数', width: 8, numFmt: '0', value: (w) => w.base },
    ],
    worst,
  );
  return workbook;
}

/** 统计分析_法库县_2026-11.xlsx */
export const workbookFileName = (data: TDashboardOverview) => `统计分析_${data.region.name}_${data.period}.xlsx`;

/** Builds the workbook and hands it to the browser as a download. */
export async function downloadDashboardWorkbook(data: TDashboardOverview): Promise<void> {
  const buffer = await dashboardWorkbook(data).xlsx.writeBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = workbookFileName(data);
  link.click();
  // The click starts the download at once; the address can go after the current task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
