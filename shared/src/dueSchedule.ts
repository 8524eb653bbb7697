import { z } from './zodLocale';
import { PERIODIC_RHYTHMS, RHYTHM_NAMES, type TCatalogItem, type TPeriodicRhythm } from './catalog';
import { AppError } from './errors';
import { isAwaitingReview, type TDisclosureStatus } from './disclosureWorkflow';
import { addDays, dayOffReason, nextWorkingDayOnOrAfter, type TWorkingCalendar } from './workingCalendar';

/**
 * Periods of periodic catalog items: 2026-01 (monthly), 2026-Q1 (quarterly),
 * 2026-H1 (half-yearly), 2026 (yearly). A period's content is due by the item's
 * due day of the first month after the period ends, moved to the next
 * working day when that day is off.
 */
export const ZPeriod = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?$/, {
  error: '期间格式应为 2026-01（月）、2026-Q1（季度）、2026-H1（半年）或 2026（年度）',
});
export type TPeriod = z.infer<typeof ZPeriod>;

export interface TParsedPeriod {
  rhythm: TPeriodicRhythm;
  year: number;
  /** 1-based: the month, quarter or half; 1 for a year. */
  index: number;
}

const MONTHS_PER: Record<TPeriodicRhythm, number> = { monthly: 1, quarterly: 3, halfYearly: 6, yearly: 12 };
const PERIOD_EXAMPLE: Record<TPeriodicRhythm, string> = { monthly: '2026-01', quarterly: '2026-Q1', halfYearly: '2026-H1', yearly: '2026' };
const CHINESE_NUMBERS = ['一', '二', '三', '四'];

export function parsePeriod(period: string): TParsedPeriod {
  if (!ZPeriod.safeParse(period).success) {
    throw new AppError('INVALID_INPUT', { issues: [{ field: 'period', message: '期间格式应为 2026-01、2026-Q1、2026-H1 或 2026' }] });
  }
  const year = Number(period.slice(0, 4));
  const rest = period.slice(5);
  if (rest === '') return { rhythm: 'yearly', year, index: 1 };
  if (rest.startsWith('Q')) return { rhythm: 'quarterly', year, index: Number(rest.slice(1)) };
  if (rest.startsWith('H')) return { rhythm: 'halfYearly', year, index: Number(rest.slice(1)) };
  return { rhythm: 'monthly', year, index: Number(rest) };
}

export function formatPeriod({ rhythm, year, index }: TParsedPeriod): TPeriod {
  switch (rhythm) {
    case 'monthly':
      return `${year}-${String(index).padStart(2, '0')}`;
    case 'quarterly':
      return `${year}-Q${index}`;
    case 'halfYearly':
      return `${year}-H${index}`;
    default:
      return String(year);
  }
}

/** 2026 年 1 月 / 2026 年第一季度 / 2026 年上半年 / 2026 年度. */
export function periodLabel(period: string): string {
  const { rhythm, year, index } = parsePeriod(period);
  switch (rhythm) {
    case 'monthly':
      return `${year} 年 ${index} 月`;
    case 'quarterly':
      return `${year} 年第${CHINESE_NUMBERS[index - 1]}季度`;
    case 'halfYearly':
      return `${year} 年${index === 1 ? '上' : '下'}半年`;
    default:
      return `${year} 年度`;
  }
}

/** The first day of the month after the period: its content may be published from then. */
export function periodEndExclusive(period: string): string {
  const { rhythm, year, index } = parsePeriod(period);
  const monthsFromYearStart = index * MONTHS_PER[rhythm];
  const y = year + Math.floor(monthsFromYearStart / 12);
  const m = (monthsFromYearStart % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}-01`;
}

/** The period of `rhythm` that contains the calendar date. */
export function periodContaining(rhythm: TPeriodicRhythm, date: string): TPeriod {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return formatPeriod({ rhythm, year, index: Math.floor((month - 1) / MONTHS_PER[rhythm]) + 1 });
}

/** The period just before: 2026-01 → 2025-12, 2026-Q1 → 2025-Q4, 2026 → 2025. */
export function previousPeriod(period: string): TPeriod {
  const { rhythm, year, index } = parsePeriod(period);
  return index > 1 ? formatPeriod({ rhythm, year, index: index - 1 }) : formatPeriod({ rhythm, year: year - 1, index: 12 / MONTHS_PER[rhythm] });
}

/** The last period of `rhythm` that has ended by `today`: the one whose disclosure is due now. */
export function latestEndedPeriod(rhythm: TPeriodicRhythm, today: string): TPeriod {
  const current = parsePeriod(periodContaining(rhythm, today));
  const startMonth = (current.index - 1) * MONTHS_PER[rhythm] + 1;
  const dayBefore = addDays(`${current.year}-${String(startMonth).padStart(2, '0')}-01`, -1);
  return periodContaining(rhythm, dayBefore);
}

export function hasPeriodEnded(period: string, today: string): boolean {
  return today >= periodEndExclusive(period);
}

/** The rhythm of the item if it is periodic: only those are due per period. */
export function periodicRhythmOf(item: TCatalogItem): TPeriodicRhythm | null {
  return (PERIODIC_RHYTHMS as readonly string[]).includes(item.rhythm.kind) ? (item.rhythm.kind as TPeriodicRhythm) : null;
}

/** Throws PERIOD_NOT_IN_RHYTHM unless the period is one of the item's own periods. */
export function assertPeriodFitsItem(item: TCatalogItem, period: string): TParsedPeriod {
  const parsed = parsePeriod(period);
  const rhythm = periodicRhythmOf(item);
  if (rhythm !== parsed.rhythm) {
    const expected = rhythm ? `请按“${RHYTHM_NAMES[rhythm]}”选择期间，如 ${PERIOD_EXAMPLE[rhythm]}` : `“${RHYTHM_NAMES[item.rhythm.kind]}”事项不按期间公开`;
    throw new AppError('PERIOD_NOT_IN_RHYTHM', {
      message: `“${item.title}”不按 ${period} 这样的期间公开：${expected}。`,
      issues: [{ field: 'period', message: expected }],
    });
  }
  return parsed;
}

const DUE_RULE_TEXT: Record<TPeriodicRhythm, string> = {
  monthly: '每月',
  quarterly: '每季度首月',
  halfYearly: '每半年首月（1 月、7 月）',
  yearly: '每年 1 月',
};
const PREVIOUS_PERIOD_TEXT: Record<TPeriodicRhythm, string> = {
  monthly: '上月',
  quarterly: '上季度',
  halfYearly: '上一个半年',
  yearly: '上年度',
};

export interface TDueDate {
  period: TPeriod;
  periodLabel: string;
  /** The day the rule names, before the calendar moves it. */
  nominalDate: string;
  /** The deadline: the nominal day, or the next working day when it is off. */
  dueDate: string;
  /** Why the deadline is what it is, in words a village secretary reads. */
  explanation: string;
}

/**
 * When the item's content for `period` is due. Throws PERIOD_NOT_IN_RHYTHM
 * for a period of another rhythm (a monthly period for a quarterly item).
 */
export function dueDateOf(item: TCatalogItem, period: string, calendar: TWorkingCalendar): TDueDate {
  const parsed = assertPeriodFitsItem(item, period);
  const dueDay = (item.rhythm as { dueDay: number }).dueDay;
  const nominalDate = periodEndExclusive(period).slice(0, 8) + String(dueDay).padStart(2, '0');
  const dueDate = nextWorkingDayOnOrAfter(calendar, nominalDate);
  const label = periodLabel(period);
  let explanation =
    `${dueDate} 截止：${RHYTHM_NAMES[parsed.rhythm]}，${DUE_RULE_TEXT[parsed.rhythm]} ${dueDay} 日前公开${PREVIOUS_PERIOD_TEXT[parsed.rhythm]}内容` +
    `（本次为 ${label}，规定日期 ${nominalDate}）`;
  if (dueDate !== nominalDate) explanation += `；${dueDay} 日为${dayOffReason(calendar, nominalDate)}，顺延至下一个工作日`;
  return { period, periodLabel: label, nominalDate, dueDate, explanation };
}

/** Catalog items due for a period: the periodic items of the period's rhythm. */
export function itemsDueInPeriod(items: readonly TCatalogItem[], period: string): TCatalogItem[] {
  const { rhythm } = parsePeriod(period);
  return items.filter((item) => periodicRhythmOf(item) === rhythm);
}

/** For each periodic item, the period due as of `today`: the latest that has ended. */
export function currentDuePeriods(items: readonly TCatalogItem[], today: string): { item: TCatalogItem; period: TPeriod }[] {
  return items.flatMap((item) => {
    const rhythm = periodicRhythmOf(item);
    return rhythm ? [{ item, period: latestEndedPeriod(rhythm, today) }] : [];
  });
}

export const TODO_STATUSES = ['overdue', 'missing', 'pending', 'filed', 'published'] as const;
export type TTodoStatus = (typeof TODO_STATUSES)[number];
export const TODO_STATUS_NAMES: Record<TTodoStatus, string> = {
  overdue: '逾期',
  missing: '未公开',
  pending: '待审核',
  filed: '已备案',
  published: '已发布',
};

/** A superseded version was published; a correction under way does not un-publish the period. */
const hasBeenPublished = (status: TDisclosureStatus): boolean => status === 'published' || status === 'superseded';
/** With the township, or open for comment before its final version. */
const isUnderWay = (status: TDisclosureStatus): boolean => isAwaitingReview(status) || status === 'openForComment';

export interface TTodoFacts {
  /** Statuses of the village's disclosures of this item and period. */
  disclosureStatuses: readonly TDisclosureStatus[];
  filingStatus: 'pending' | 'approved' | 'rejected' | null;
  dueDate: string;
  today: string;
}

/**
 * Where a due item stands. A published disclosure or an approved filing
 * fulfils it; something awaiting the township is pending; otherwise it is
 * missing, and overdue once its deadline has passed.
 */
export function todoStatus({ disclosureStatuses, filingStatus, dueDate, today }: TTodoFacts): TTodoStatus {
  if (disclosureStatuses.some(hasBeenPublished)) return 'published';
  if (filingStatus === 'approved') return 'filed';
  if (disclosureStatuses.some(isUnderWay) || filingStatus === 'pending') return 'pending';
  return today > dueDate ? 'overdue' : 'missing';
}

export const isTodoFulfilled = (status: TTodoStatus): boolean => status === 'published' || status === 'filed';
