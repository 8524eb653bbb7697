import { z } from '../zodLocale';
import { ZPageRequest, type TPage } from '../paging';
import { FEEDBACK_KINDS, FEEDBACK_MAX_LENGTH, FEEDBACK_STATUSES, RATINGS, REPLY_MAX_LENGTH, SURVEY_COMMENT_MAX_LENGTH, type TFeedbackKind, type TFeedbackStatus, type TRating } from '../feedback';

const ZFeedbackText = z.string().trim().min(2, '请至少写两个字').max(FEEDBACK_MAX_LENGTH, `最多 ${FEEDBACK_MAX_LENGTH} 个字`);
const ZDisclosureId = z.string().min(1).max(80);

export const feedbackActions = {
  submit: z.object({ disclosureId: ZDisclosureId, kind: z.enum(FEEDBACK_KINDS), text: ZFeedbackText }),
  /** One rating per resident and disclosure; rating again replaces it. */
  rate: z.object({ disclosureId: ZDisclosureId, rating: z.enum(RATINGS) }),
  myRating: z.object({ disclosureId: ZDisclosureId }),
  mine: ZPageRequest,
  /** The monthly satisfaction survey of the resident's own (verified) village. */
  surveyStatus: z.object({}),
  survey: z.object({ rating: z.enum(RATINGS), comment: z.string().trim().max(SURVEY_COMMENT_MAX_LENGTH, `最多 ${SURVEY_COMMENT_MAX_LENGTH} 个字`).optional() }),
} as const;

export const feedbackAdminActions = {
  villageList: ZPageRequest.extend({ status: z.enum(FEEDBACK_STATUSES).optional() }),
  reply: z.object({ id: z.string().min(1).max(80), text: z.string().trim().min(2, '请填写回复内容').max(REPLY_MAX_LENGTH, `最多 ${REPLY_MAX_LENGTH} 个字`) }),
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
  reply: { text: string; at: string; byName: string } | null;
  createdAt: string;
}
export type TFeedbackPage = TPage<TFeedbackView>;

export interface TSurveyStatus {
  month: string;
  villageCode: string;
  villageName: string;
  /** This month's answer, if given. */
  rating: TRating | null;
}
