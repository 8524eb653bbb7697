/**
 * What a resident says about a disclosure, and the monthly satisfaction
 * survey; routing, deadlines and escalation are in feedbackRouting.ts. Plain data (no zod), so the
 * mini-program can import it without pulling zod into its package.
 */
export const FEEDBACK_KINDS = ['question', 'complaint', 'suggestion'] as const;
export type TFeedbackKind = (typeof FEEDBACK_KINDS)[number];
export const FEEDBACK_KIND_NAMES: Record<TFeedbackKind, string> = { question: '提问', complaint: '投诉', suggestion: '建议' };

/**
 * open: waiting for the current level's answer; answered: waiting for the
 * resident's rating; rated: a supervised case rated 满意, waiting for the
 * county to close it; closed: done (see feedbackRouting.ts, supervision.ts).
 */
export const FEEDBACK_STATUSES = ['open', 'answered', 'rated', 'closed'] as const;
export type TFeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const FEEDBACK_STATUS_NAMES: Record<TFeedbackStatus, string> = { open: '待回复', answered: '已回复', rated: '已评价待结案', closed: '已办结' };

export const RATINGS = ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const;
export type TRating = (typeof RATINGS)[number];
export const RATING_NAMES: Record<TRating, string> = { satisfied: '满意', basicallySatisfied: '基本满意', dissatisfied: '不满意' };

export const FEEDBACK_MAX_LENGTH = 500;
export const REPLY_MAX_LENGTH = 1000;
export const SURVEY_COMMENT_MAX_LENGTH = 300;

/** 2026-11 in China time: a month begins and ends at Beijing midnight wherever the server runs. */
export function surveyMonthOf(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 7);
}
