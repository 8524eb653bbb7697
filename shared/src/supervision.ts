/**
 * County supervision (督办): the county orders a named body to put a case
 * right by a day (督办单), that body records the fix with its evidence, and
 * the county closes the case once the resident has rated the final answer,
 * or, if the resident stays silent, a stated time after that answer.
 */
import { addDays, chinaDateOf } from './workingCalendar';
import type { TFeedbackLevel } from './feedbackRouting';

/** Calendar days after the final answer without a rating before the county may close the case (with a note). */
export const SILENT_CLOSE_AFTER_DAYS = 7;
export const SUPERVISION_TEXT_MAX_LENGTH = 1000;
export const SUPERVISION_ORDER_STATUSES = ['issued', 'fixed'] as const;
export type TSupervisionOrderStatus = (typeof SUPERVISION_ORDER_STATUSES)[number];
export const SUPERVISION_ORDER_STATUS_NAMES: Record<TSupervisionOrderStatus, string> = { issued: '待整改', fixed: '已整改' };

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/** Whole China calendar days from `from` (an instant) to `now`. */
export function ageInDays(from: string, now: Date): number {
  return dayNumber(chinaDateOf(now)) - dayNumber(chinaDateOf(new Date(from)));
}

/** Days past the due day (0 when not yet past it). */
export function daysOverdue(dueDate: string, now: Date): number {
  return Math.max(0, dayNumber(chinaDateOf(now)) - dayNumber(dueDate));
}

/** What the county may do about closing, from the case's history. */
export type TClosability =
  | { closable: true; noteRequired: false; reason: string }
  | { closable: true; noteRequired: true; reason: string }
  | { closable: false; reason: string };

/** Steps after which every earlier answer is history: the case went up a level, or the county ordered a fix. */
const REOPENING_ACTIONS = new Set(['escalate', 'supervise']);

/**
 * The final answer is the last reply or recorded fix since the case last
 * moved (escalated, or a 督办单 issued): an answer the resident rated 不满意
 * escalated the case, so it is not final. A rating after the final answer
 * lets the county close, and so does silence for SILENT_CLOSE_AFTER_DAYS
 * (the county then writes why). The server refuses and the console's 结案
 * button is enabled by this one rule.
 */
export function closabilityOf(history: readonly { at: string; action: string }[], status: string, now: Date): TClosability {
  if (status === 'closed') return { closable: false, reason: '已经结案' };
  let answerIndex = history.length - 1;
  while (answerIndex >= 0 && history[answerIndex].action !== 'reply' && history[answerIndex].action !== 'fix') {
    if (REOPENING_ACTIONS.has(history[answerIndex].action)) return { closable: false, reason: '案件转办后还没有新的答复或整改结果' };
    answerIndex -= 1;
  }
  if (answerIndex < 0) return { closable: false, reason: '还没有答复或整改结果' };
  if (history.slice(answerIndex + 1).some((h) => h.action === 'rate')) return { closable: true, noteRequired: false, reason: '群众已评价最终答复' };
  const answeredOn = chinaDateOf(new Date(history[answerIndex].at));
  const openFrom = addDays(answeredOn, SILENT_CLOSE_AFTER_DAYS);
  if (chinaDateOf(now) >= openFrom) return { closable: true, noteRequired: true, reason: `答复后 ${SILENT_CLOSE_AFTER_DAYS} 天群众未评价，可注明情况后结案` };
  return { closable: false, reason: `等待群众评价；如群众一直未评价，${openFrom} 起可注明情况后结案` };
}

/** The body a 督办单 may name: the case's village, its township, or the county itself. */
export function targetLevelOf(path: { villageCode: string; townshipCode: string; countyCode: string }, regionCode: string): TFeedbackLevel | null {
  if (regionCode === path.villageCode) return 'village';
  if (regionCode === path.townshipCode) return 'township';
  if (regionCode === path.countyCode) return 'county';
  return null;
}
