import { counterOf, departmentCounter, REVIEW_DAY_BUCKETS, type TCounters, type TItemCounter } from './counters';

/**
 * The dashboard's figures (统计分析): what each means, said once, and how it
 * follows from the counters of a region and period. The console shows
 * `definition` on hover; tests compute the same figures from seeded records
 * independently, never from this code.
 */
export const FIGURE_KEYS = [
  'coverage',
  'residentsPerVillage',
  'completeness',
  'timeliness',
  'reviewMedianDays',
  'reviewP90Days',
  'rejectionRate',
  'messages',
  'answeredInTimeRate',
  'escalated',
  'ordersOpen',
  'ordersClosed',
  'avgCloseDays',
  'answerSatisfaction',
  'itemSatisfaction',
  'surveySatisfaction',
  'hotlineOrders',
  'hotlineDelivered',
  'hotlineAnswered',
  'hotlineStuck',
  'warnings',
] as const;
export type TFigureKey = (typeof FIGURE_KEYS)[number];

export type TFigureUnit = 'ratio' | 'count' | 'days' | 'perVillage';

export interface TFigureDefinition {
  name: string;
  group: '公开' | '审核' | '留言' | '满意度' | '12345' | '预警';
  definition: string;
  unit: TFigureUnit;
  /** Which way is worse, for the ten worst; null = not ranked. */
  worseWhen: 'lower' | 'higher' | null;
  /** Whether a department's dashboard has it (figures of catalog items only). */
  byDepartment: boolean;
}

export const FIGURES: Record<TFigureKey, TFigureDefinition> = {
  coverage: { name: '公开覆盖率', group: '公开', unit: 'ratio', worseWhen: 'lower', byDepartment: true, definition: '本期发布过至少一项公开内容的村（社区）数 ÷ 村（社区）总数。' },
  residentsPerVillage: { name: '村均绑定群众', group: '公开', unit: 'perVillage', worseWhen: 'lower', byDepartment: false, definition: '截至本期末通过身份核验的群众人数 ÷ 村（社区）总数。' },
  completeness: { name: '应公开完成率', group: '公开', unit: 'ratio', worseWhen: 'lower', byDepartment: true, definition: '截止日期在本期内且已到期的应公开事项（村 × 事项 × 期间，按公开目录和时限表计算）中，已发布或已备案的项数 ÷ 应公开项数。' },
  timeliness: { name: '按时公开率', group: '公开', unit: 'ratio', worseWhen: 'lower', byDepartment: true, definition: '本期首次发布的定期事项中，在截止日期当天或之前发布的项数 ÷ 本期首次发布的定期事项数。' },
  reviewMedianDays: { name: '审核用时中位数', group: '审核', unit: 'days', worseWhen: 'higher', byDepartment: true, definition: '本期乡镇（街道）作出的审核决定，从提交到决定的工作日数的中位数。' },
  reviewP90Days: { name: '审核用时90分位', group: '审核', unit: 'days', worseWhen: 'higher', byDepartment: true, definition: '本期审核决定中，90% 在这个工作日数之内作出（16 及以上记为 16）。' },
  rejectionRate: { name: '退回率', group: '审核', unit: 'ratio', worseWhen: 'higher', byDepartment: true, definition: '本期退回修改的次数 ÷ 本期审核决定次数。' },
  messages: { name: '群众留言', group: '留言', unit: 'count', worseWhen: null, byDepartment: true, definition: '本期群众提交的提问、投诉和建议条数。' },
  answeredInTimeRate: { name: '按期答复率', group: '留言', unit: 'ratio', worseWhen: 'lower', byDepartment: true, definition: '本期首次答复的留言中，在答复期限内答复的条数 ÷ 本期首次答复的条数。' },
  escalated: { name: '升级办理', group: '留言', unit: 'count', worseWhen: 'higher', byDepartment: true, definition: '本期因超期未答复或群众不满意而转到乡镇（街道）、县（区）办理的次数。' },
  ordersOpen: { name: '督办未办结', group: '留言', unit: 'count', worseWhen: 'higher', byDepartment: false, definition: '本期下发、至今仍未办结的督办单数。' },
  ordersClosed: { name: '督办已办结', group: '留言', unit: 'count', worseWhen: null, byDepartment: false, definition: '本期办结的督办单数。' },
  avgCloseDays: { name: '平均办结天数', group: '留言', unit: 'days', worseWhen: 'higher', byDepartment: true, definition: '本期办结的留言，从提交到办结的平均自然日数。' },
  answerSatisfaction: { name: '答复满意率', group: '满意度', unit: 'ratio', worseWhen: 'lower', byDepartment: true, definition: '本期群众对答复的评价中“满意”的占比（括号内为评价数）。' },
  itemSatisfaction: { name: '公开事项满意率', group: '满意度', unit: 'ratio', worseWhen: 'lower', byDepartment: true, definition: '本期群众对公开事项的评价中“满意”的占比（括号内为评价数）。' },
  surveySatisfaction: { name: '月度测评满意率', group: '满意度', unit: 'ratio', worseWhen: 'lower', byDepartment: false, definition: '本期月度满意度测评中“满意”的占比（括号内为答卷数）。' },
  hotlineOrders: { name: '12345 工单', group: '12345', unit: 'count', worseWhen: null, byDepartment: false, definition: '本期群众提交、转 12345 的诉求数（含待人工审核的）。' },
  hotlineDelivered: { name: '已转交', group: '12345', unit: 'count', worseWhen: null, byDepartment: false, definition: '本期提交的诉求中已送达 12345 的条数。' },
  hotlineAnswered: { name: '12345 已受理', group: '12345', unit: 'count', worseWhen: null, byDepartment: false, definition: '本期提交的诉求中 12345 已受理、办理或办结的条数。' },
  hotlineStuck: { name: '转交受阻', group: '12345', unit: 'count', worseWhen: 'higher', byDepartment: false, definition: '当前多次转交失败，或排队超过 30 分钟仍未送达 12345 的诉求数（实时数，不分期间）。' },
  warnings: { name: '预警', group: '预警', unit: 'count', worseWhen: 'higher', byDepartment: true, definition: '本期触发的预警数（预警功能上线后统计）。' },
};

/** One figure of one region: its value (null when there is nothing to divide) and the count it rests on. */
export interface TFigureValue {
  value: number | null;
  /** The denominator of a ratio or mean (or the count itself), so "82%（57）" can be shown. */
  base: number;
}

/** What the counters cannot know: counted from regions, the catalog and live records. */
export interface TFigureContext {
  villages: number;
  /** Due slots whose deadline fell in the period, up to today. */
  dueSlots: number;
  /** Residents bound up to the end of the period (the cumulative counter). */
  residentsBound: number;
  /** 12345 orders stuck now; null when not asked (a child row of a department). */
  hotlineStuck: number | null;
}

const ratio = (numerator: number, denominator: number): TFigureValue => ({ value: denominator > 0 ? numerator / denominator : null, base: denominator });
const count = (n: number): TFigureValue => ({ value: n, base: n });

/** The smallest number of working days within which `share` of the decisions fell. */
export function reviewDaysQuantile(buckets: readonly number[], share: number): number | null {
  const total = buckets.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const needed = Math.ceil(total * share);
  let seen = 0;
  for (let days = 0; days < buckets.length; days++) {
    seen += buckets[days];
    if (seen >= needed) return days;
  }
  return buckets.length - 1;
}

/** Working days from submission to decision, as its bucket: 16 and more share the last. */
export const reviewDayBucket = (workingDays: number): number => Math.min(Math.max(0, workingDays), REVIEW_DAY_BUCKETS - 1);

/**
 * The figures of one region and period. With a department, figures of
 * catalog items read that department's counters and the others are null.
 */
export function deriveFigures(counters: TCounters, context: TFigureContext, department: string | null = null): Record<TFigureKey, TFigureValue> {
  const item = (name: TItemCounter) => counterOf(counters, department ? departmentCounter(name, department) : name);
  const region = (name: string) => counterOf(counters, name);
  const buckets = Array.from({ length: REVIEW_DAY_BUCKETS }, (_, i) => item(`reviewDays${i}` as TItemCounter));
  const decisions = item('reviewDecisions');
  const figures: Record<TFigureKey, TFigureValue> = {
    coverage: ratio(item('villagesPublishing'), context.villages),
    residentsPerVillage: ratio(context.residentsBound, context.villages),
    completeness: ratio(Math.min(item('dueFulfilled'), context.dueSlots), context.dueSlots),
    timeliness: ratio(item('publishedOnTime'), item('publishedDue')),
    reviewMedianDays: { value: reviewDaysQuantile(buckets, 0.5), base: decisions },
    reviewP90Days: { value: reviewDaysQuantile(buckets, 0.9), base: decisions },
    rejectionRate: ratio(item('reviewRejections'), decisions),
    messages: count(item('messages')),
    answeredInTimeRate: ratio(item('answeredInTime'), item('answered')),
    escalated: count(item('escalated')),
    ordersOpen: count(region('ordersOpen')),
    ordersClosed: count(region('ordersClosed')),
    avgCloseDays: ratio(item('closeDaysSum'), item('closed')),
    answerSatisfaction: ratio(item('answerSatisfied'), item('answerRatings')),
    itemSatisfaction: ratio(item('itemSatisfied'), item('itemRatings')),
    surveySatisfaction: ratio(region('surveySatisfied'), region('surveys')),
    hotlineOrders: count(region('hotlineOrders')),
    hotlineDelivered: count(region('hotlineDelivered')),
    hotlineAnswered: count(region('hotlineAnswered')),
    hotlineStuck: { value: context.hotlineStuck, base: context.hotlineStuck ?? 0 },
    warnings: { value: null, base: 0 },
  };
  if (!department) return figures;
  const none: TFigureValue = { value: null, base: 0 };
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, FIGURES[k].byDepartment ? figures[k] : none])) as Record<TFigureKey, TFigureValue>;
}
