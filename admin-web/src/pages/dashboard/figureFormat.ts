import { FIGURE_KEYS, FIGURES, type TFigureDefinition, type TFigureKey, type TFigureValue } from '@sunshine/shared';

export type TFigureGroups = { group: TFigureDefinition['group']; keys: TFigureKey[] }[];

const GROUPS = ['公开', '审核', '留言', '满意度', '12345', '预警'] as const;

/**
 * The figures in the dashboard's groups, in the order the cards, columns and
 * sheets show them. A department's dashboard has only the figures of catalog
 * items: the others (residents bound, surveys, 12345, 督办) are not theirs.
 */
export function figureGroups(department: string | null): TFigureGroups {
  return GROUPS.map((group) => ({ group, keys: FIGURE_KEYS.filter((k) => FIGURES[k].group === group && (!department || FIGURES[k].byDepartment)) })).filter((g) => g.keys.length > 0);
}

/** Warnings are counted once the warnings feature lands; until then the column says so instead of a dash. */
export const NOT_YET_COUNTED = '预警功能上线后统计';
export const NOTHING_TO_COUNT = '本期没有可计算的数据';

export const isPending = (key: TFigureKey) => key === 'warnings';

/** A figure with a base worth showing beside it: ratios and means rest on a count that tells how much to trust them. */
export const showsBase = (key: TFigureKey) => FIGURES[key].unit !== 'count';

const DECIMALS: Record<TFigureDefinition['unit'], number> = { ratio: 1, days: 1, perVillage: 1, count: 0 };

/** The number alone, as on screen: 82.5%, 3.5 天, 12. */
export function formatNumber(key: TFigureKey, value: number): string {
  const { unit } = FIGURES[key];
  // Two villages of a province's 16,727 are not "0.0%": something happened, if little.
  if (unit === 'ratio') return value > 0 && value < 0.0005 ? '<0.1%' : `${(value * 100).toFixed(DECIMALS.ratio)}%`;
  const rounded = Number(value.toFixed(DECIMALS[unit])).toLocaleString('zh-CN');
  return unit === 'days' ? `${rounded} 天` : rounded;
}

/** The figure as a cell or card shows it: 82.5%（57）; null as a dash (its tooltip says why). */
export function formatFigure(key: TFigureKey, figure: TFigureValue): string {
  if (isPending(key)) return NOT_YET_COUNTED;
  if (figure.value === null) return '—';
  const number = formatNumber(key, figure.value);
  return showsBase(key) ? `${number}（${figure.base.toLocaleString('zh-CN')}）` : number;
}

/**
 * Ascending order of two figures for a sortable column, given the order
 * being drawn: a region with nothing to count goes last either way, being
 * neither better nor worse than the others.
 */
export function compareFigures(a: TFigureValue, b: TFigureValue, order: 'ascend' | 'descend' | null | undefined): number {
  if (a.value === null || b.value === null) {
    if (a.value === b.value) return 0;
    const last = order === 'descend' ? -1 : 1;
    return a.value === null ? last : -last;
  }
  return a.value - b.value || a.base - b.base;
}

/** Figures that are not of the period: residents bound so far, 12345 orders stuck now. */
const NOT_OF_PERIOD: readonly TFigureKey[] = ['residentsPerVillage', 'hotlineStuck'];

/** A period with nothing in it: no count moved and no ratio had anything to divide. */
export function isEmptyPeriod(figures: Record<TFigureKey, TFigureValue>): boolean {
  return FIGURE_KEYS.every((k) => NOT_OF_PERIOD.includes(k) || figures[k].value === null || figures[k].value === 0);
}
