import { formatYuan, toFen } from './yuan';

/**
 * The village's income and expense in one plain sentence, for residents who
 * cannot read an account: "2026 年第三季度收入 86,400.00 元，支出 71,250.00
 * 元；支出比上季度多 12.5%。" Zod-free, so any client may import it.
 */

export interface TFinancePeriodFigures {
  period: string;
  periodLabel: string;
  /** Yuan, as ZAmount accepts them. */
  income: string;
  expense: string;
}

export interface TFinanceSummary extends TFinancePeriodFigures {
  previous: TFinancePeriodFigures | null;
  sentence: string;
}

/** `newestFirst` are the village's current published figures, newest period first; the first two are used. */
export function financeSummary(newestFirst: readonly TFinancePeriodFigures[]): TFinanceSummary | null {
  const [current, previous = null] = newestFirst;
  if (!current) return null;
  const figures = `${current.periodLabel}收入 ${formatYuan(toFen(current.income))} 元，支出 ${formatYuan(toFen(current.expense))} 元`;
  const sentence = previous ? `${figures}；${expenseComparison(current, previous)}。` : `${figures}。`;
  return { ...current, previous, sentence };
}

function expenseComparison(current: TFinancePeriodFigures, previous: TFinancePeriodFigures): string {
  const than = isQuarterBefore(previous.period, current.period) ? '上季度' : previous.periodLabel;
  const now = toFen(current.expense);
  const before = toFen(previous.expense);
  if (now === before) return `支出与${than}持平`;
  const direction = now > before ? '多' : '少';
  const difference = Math.abs(now - before);
  // A change against nothing (or a negative amount) has no meaningful percentage.
  if (before <= 0) return `支出比${than}${direction} ${formatYuan(difference)} 元`;
  return `支出比${than}${direction} ${percentOf(difference, before)}`;
}

/** difference / base as a percentage to one decimal, rounded half up, counted in integers. */
function percentOf(difference: number, base: number): string {
  const tenths = (BigInt(difference) * 2000n + BigInt(base)) / (2n * BigInt(base));
  if (tenths === 0n) return '不到 0.1%';
  const whole = tenths / 10n;
  const fraction = tenths % 10n;
  return fraction === 0n ? `${whole}%` : `${whole}.${fraction}%`;
}

function isQuarterBefore(earlier: string, later: string): boolean {
  const ordinal = (period: string): number | null => {
    const match = /^(\d{4})-Q([1-4])$/.exec(period);
    return match ? Number(match[1]) * 4 + Number(match[2]) : null;
  };
  const a = ordinal(earlier);
  const b = ordinal(later);
  return a !== null && b !== null && b - a === 1;
}

/** The figures as every page shows them, with the labels of the form they were entered in. */
export function financeFigureRows(figures: { income: string; expense: string } | null | undefined): { key: 'income' | 'expense'; label: string; text: string }[] {
  if (!figures) return [];
  return [
    { key: 'income', label: '本期收入', text: `${formatYuan(toFen(figures.income))} 元` },
    { key: 'expense', label: '本期支出', text: `${formatYuan(toFen(figures.expense))} 元` },
  ];
}
