/**
 * Where a resident's message is and who must answer it by when
 * (小事终结在村社、大事终结在街镇、难事终结在县区). A message starts at its
 * village; an answer goes to the resident, whose 满意 closes it and whose
 * 不满意 sends it one level up; so does a missed deadline. The county is the
 * last level: there a missed deadline or 不满意 is the county's to supervise,
 * not to pass on. Pure rules: the service stores what these return.
 */
import { addWorkingDays, chinaDateOf, dayOffReason, addDays, type TWorkingCalendar } from './workingCalendar';

export const FEEDBACK_LEVELS = ['village', 'township', 'county'] as const;
export type TFeedbackLevel = (typeof FEEDBACK_LEVELS)[number];
export const FEEDBACK_LEVEL_NAMES: Record<TFeedbackLevel, string> = { village: '村（社区）', township: '乡镇（街道）', county: '县（区）' };

/** Working days each level has to answer; a deployment may override any of them. */
export type TFeedbackDeadlines = Record<TFeedbackLevel, number>;
export const DEFAULT_FEEDBACK_DEADLINES: TFeedbackDeadlines = { village: 5, township: 10, county: 15 };

export const ANSWER_RATINGS = ['satisfied', 'dissatisfied'] as const;
export type TAnswerRating = (typeof ANSWER_RATINGS)[number];
export const ANSWER_RATING_NAMES: Record<TAnswerRating, string> = { satisfied: '满意', dissatisfied: '不满意' };

export const ESCALATION_REASONS = ['dissatisfied', 'overdue'] as const;
export type TEscalationReason = (typeof ESCALATION_REASONS)[number];
export const ESCALATION_REASON_NAMES: Record<TEscalationReason, string> = { dissatisfied: '群众对答复不满意', overdue: '超过办理期限未答复' };

export interface TFeedbackDeadline {
  /** The last China calendar day on which the level may answer. */
  dueDate: string;
  /** How the day was reached, for the person who must meet it. */
  explanation: string;
}

/** The level above, or null at the county (the last level). */
export function nextFeedbackLevel(level: TFeedbackLevel): TFeedbackLevel | null {
  return FEEDBACK_LEVELS[FEEDBACK_LEVELS.indexOf(level) + 1] ?? null;
}

/** The deadline of a level that receives a message at `receivedAt`, counted in working days from the next day. */
export function feedbackDeadline(
  calendar: TWorkingCalendar,
  level: TFeedbackLevel,
  receivedAt: Date,
  deadlines: TFeedbackDeadlines = DEFAULT_FEEDBACK_DEADLINES,
): TFeedbackDeadline {
  const days = deadlines[level];
  const start = chinaDateOf(receivedAt);
  const dueDate = addWorkingDays(calendar, start, days);
  const skipped: string[] = [];
  for (let day = addDays(start, 1); day < dueDate; day = addDays(day, 1)) {
    const reason = dayOffReason(calendar, day);
    if (reason) skipped.push(`${day}（${reason}）`);
  }
  const skippedNote = skipped.length ? `，其间不计 ${skipped.join('、')}` : '';
  return { dueDate, explanation: `${FEEDBACK_LEVEL_NAMES[level]}应在 ${days} 个工作日内答复：${start} 收到，次日起算，截止 ${dueDate}${skippedNote}。` };
}

/** Past its due day in China: the whole due day still counts as in time. */
export function isFeedbackOverdue(dueDate: string, now: Date): boolean {
  return chinaDateOf(now) > dueDate;
}

export type TFeedbackState = 'open' | 'answered' | 'rated' | 'closed';

/** What a rating or a missed deadline does to a message at `level`. */
export type TRoutingOutcome =
  | { kind: 'close' }
  /** A case under county supervision (督办) is closed by the county, not by the rating. */
  | { kind: 'awaitCountyClose' }
  | { kind: 'escalate'; to: TFeedbackLevel; reason: TEscalationReason }
  /** At the county there is no level above: it stays with the county, open again, for supervision. */
  | { kind: 'reopenAtCounty'; reason: TEscalationReason };

export function outcomeOfRating(level: TFeedbackLevel, rating: TAnswerRating, supervised = false): TRoutingOutcome {
  if (rating === 'satisfied') return supervised ? { kind: 'awaitCountyClose' } : { kind: 'close' };
  return escalation(level, 'dissatisfied');
}

/** Only an unanswered message misses a deadline; null when nothing is due yet. */
export function outcomeOfDeadline(state: TFeedbackState, level: TFeedbackLevel, dueDate: string, now: Date): TRoutingOutcome | null {
  if (state !== 'open' || !isFeedbackOverdue(dueDate, now)) return null;
  const next = nextFeedbackLevel(level);
  return next ? { kind: 'escalate', to: next, reason: 'overdue' } : null;
}

/** What 不满意 does to a message at `level`, in words for the resident before they choose. */
export function dissatisfiedMeans(level: TFeedbackLevel): string {
  const next = nextFeedbackLevel(level);
  // The county has no level above: the message stays there, under the county's supervision.
  return next ? `不满意会转${FEEDBACK_LEVEL_NAMES[next]}办理` : '不满意会由县纪委监委督办';
}

function escalation(level: TFeedbackLevel, reason: TEscalationReason): TRoutingOutcome {
  const next = nextFeedbackLevel(level);
  return next ? { kind: 'escalate', to: next, reason } : { kind: 'reopenAtCounty', reason };
}

export const FEEDBACK_ACTIONS = ['submit', 'reply', 'rate', 'escalate', 'supervise', 'fix', 'close'] as const;
export type TFeedbackAction = (typeof FEEDBACK_ACTIONS)[number];
export const FEEDBACK_ACTION_NAMES: Record<TFeedbackAction, string> = {
  submit: '提交留言',
  reply: '答复',
  rate: '群众评价',
  escalate: '升级办理',
  supervise: '县纪委监委督办',
  fix: '整改完成',
  close: '办结',
};

/** One line of a message's timeline, in words, for the console and the app. */
export function describeFeedbackStep(step: { action: TFeedbackAction; level: TFeedbackLevel; byName: string | null; rating: TAnswerRating | null; reason: TEscalationReason | null; dueDate: string | null }): string {
  const who = step.byName ?? FEEDBACK_LEVEL_NAMES[step.level];
  switch (step.action) {
    case 'escalate':
      return `${ESCALATION_REASON_NAMES[step.reason ?? 'overdue']}，转${FEEDBACK_LEVEL_NAMES[step.level]}办理${step.dueDate ? `，${step.dueDate} 前答复` : ''}`;
    case 'rate':
      return `群众评价：${step.rating ? ANSWER_RATING_NAMES[step.rating] : ''}`;
    case 'submit':
      return `提交留言${step.dueDate ? `，村（社区）${step.dueDate} 前答复` : ''}`;
    case 'supervise':
      return `县纪委监委督办${step.dueDate ? `，${step.dueDate} 前整改` : ''}`;
    default:
      return `${who}${FEEDBACK_ACTION_NAMES[step.action]}`;
  }
}
