import { z } from '../zodLocale';
import { ZPageRequest, type TPage } from '../paging';
import { ZRequestId } from './requestId';
import { ANSWER_RATINGS, type TAnswerRating, type TFeedbackAction, type TEscalationReason, type TFeedbackLevel } from '../feedbackRouting';
import { FEEDBACK_KINDS, FEEDBACK_MAX_LENGTH, FEEDBACK_STATUSES, RATINGS, REPLY_MAX_LENGTH, SURVEY_COMMENT_MAX_LENGTH, type TFeedbackKind, type TFeedbackStatus, type TRating } from '../feedback';

const ZFeedbackText = z.string().trim().min(2, '请至少写两个字').max(FEEDBACK_MAX_LENGTH, `最多 ${FEEDBACK_MAX_LENGTH} 个字`).meta({ label: '留言内容' });
const ZDisclosureId = z.string().min(1).max(80);

export const feedbackActions = {
  submit: z.object({ requestId: ZRequestId, disclosureId: ZDisclosureId, kind: z.enum(FEEDBACK_KINDS), text: ZFeedbackText }),
  /** One rating per resident and disclosure; rating again replaces it. */
  rate: z.object({ requestId: ZRequestId, disclosureId: ZDisclosureId, rating: z.enum(RATINGS) }),
  myRating: z.object({ disclosureId: ZDisclosureId }),
  /** The caller's messages, newest first; with `id`, only that one of theirs (a notice opens it). */
  mine: ZPageRequest.extend({ id: z.string().min(1).max(80).optional() }),
  /** The resident's verdict on the latest answer: 满意 closes the message, 不满意 sends it one level up. */
  rateAnswer: z.object({ id: z.string().min(1).max(80), rating: z.enum(ANSWER_RATINGS) }),
  /** The monthly satisfaction survey of the resident's own (verified) village. */
  surveyStatus: z.object({}),
  survey: z.object({ requestId: ZRequestId, rating: z.enum(RATINGS), comment: z.string().trim().max(SURVEY_COMMENT_MAX_LENGTH, `最多 ${SURVEY_COMMENT_MAX_LENGTH} 个字`).optional() }),
} as const;

export const feedbackAdminActions = {
  villageList: ZPageRequest.extend({ status: z.enum(FEEDBACK_STATUSES).optional() }),
  /** The level that must answer now (village, township or county, by the admin's role) answers within its region. */
  reply: z.object({ id: z.string().min(1).max(80), text: z.string().trim().min(2, '请填写回复内容').max(REPLY_MAX_LENGTH, `最多 ${REPLY_MAX_LENGTH} 个字`).meta({ label: '回复内容' }) }),
  /** 待办留言: messages waiting for the admin's own level in its region, soonest due first. */
  waiting: ZPageRequest,
} as const;

/** A message as its author sees it, and as the village admin sees it (no author identity either way). */
export interface TFeedbackView {
  id: string;
  disclosureId: string;
  disclosureTitle: string;
  villageName: string;
  kind: TFeedbackKind;
  text: string;
  status: TFeedbackStatus;
  /** Who must answer now, by which day, and how that day was counted. */
  level: TFeedbackLevel;
  dueDate: string;
  deadlineNote: string;
  reply: { text: string; at: string; byName: string; level: TFeedbackLevel } | null;
  history: TFeedbackHistoryView[];
  createdAt: string;
}

/** One step of a message's history, without the ids of the people involved. */
export interface TFeedbackHistoryView {
  at: string;
  action: TFeedbackAction;
  level: TFeedbackLevel;
  byName: string | null;
  text: string | null;
  rating: TAnswerRating | null;
  reason: TEscalationReason | null;
  dueDate: string | null;
}
export type TFeedbackPage = TPage<TFeedbackView>;

export interface TSurveyStatus {
  month: string;
  villageCode: string;
  villageName: string;
  /** This month's answer, if given. */
  rating: TRating | null;
}
