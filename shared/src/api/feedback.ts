import { z } from '../zodLocale';
import { ZPage, ZPageRequest, type TPage } from '../paging';
import { admins, ANY_ADMIN, defineContract, RESIDENT } from './contract';
import { ZRequestId } from './requestId';
import { ANSWER_RATINGS, ESCALATION_REASONS, FEEDBACK_ACTIONS, FEEDBACK_LEVELS } from '../feedbackRouting';
import { FEEDBACK_KINDS, FEEDBACK_MAX_LENGTH, FEEDBACK_STATUSES, RATINGS, REPLY_MAX_LENGTH, SURVEY_COMMENT_MAX_LENGTH } from '../feedback';

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

const ZFeedbackLevel = z.enum(FEEDBACK_LEVELS);

/** One step of a message's history, without the ids of the people involved. */
export const ZFeedbackHistoryView = z.strictObject({
  at: z.string(),
  action: z.enum(FEEDBACK_ACTIONS),
  level: ZFeedbackLevel,
  byName: z.string().nullable(),
  text: z.string().nullable(),
  rating: z.enum(ANSWER_RATINGS).nullable(),
  reason: z.enum(ESCALATION_REASONS).nullable(),
  dueDate: z.string().nullable(),
});
export type TFeedbackHistoryView = z.infer<typeof ZFeedbackHistoryView>;

/** A message as its author sees it, and as the village admin sees it (no author identity either way). */
export const ZFeedbackView = z.strictObject({
  id: z.string(),
  disclosureId: z.string(),
  disclosureTitle: z.string(),
  villageName: z.string(),
  kind: z.enum(FEEDBACK_KINDS),
  text: z.string(),
  status: z.enum(FEEDBACK_STATUSES),
  /** Who must answer now, by which day, and how that day was counted. */
  level: ZFeedbackLevel,
  dueDate: z.string(),
  deadlineNote: z.string(),
  reply: z.strictObject({ text: z.string(), at: z.string(), byName: z.string(), level: ZFeedbackLevel }).nullable(),
  history: z.array(ZFeedbackHistoryView),
  createdAt: z.string(),
});
export type TFeedbackView = z.infer<typeof ZFeedbackView>;
export type TFeedbackPage = TPage<TFeedbackView>;

export const ZSurveyStatus = z.strictObject({
  month: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  /** This month's answer, if given. */
  rating: z.enum(RATINGS).nullable(),
});
export type TSurveyStatus = z.infer<typeof ZSurveyStatus>;

const ZMyRating = z.strictObject({ disclosureId: z.string(), rating: z.enum(RATINGS).nullable() });

export const feedbackContract = defineContract('feedback', {
  submit: { input: feedbackActions.submit, output: ZFeedbackView, callers: RESIDENT },
  rate: { input: feedbackActions.rate, output: ZMyRating, callers: RESIDENT },
  myRating: { input: feedbackActions.myRating, output: ZMyRating, callers: RESIDENT },
  mine: { input: feedbackActions.mine, output: ZPage(ZFeedbackView), callers: RESIDENT },
  rateAnswer: { input: feedbackActions.rateAnswer, output: ZFeedbackView, callers: RESIDENT },
  surveyStatus: { input: feedbackActions.surveyStatus, output: ZSurveyStatus.nullable(), callers: RESIDENT },
  survey: { input: feedbackActions.survey, output: ZSurveyStatus, callers: RESIDENT },
  villageList: {
    input: feedbackAdminActions.villageList,
    output: ZPage(ZFeedbackView),
    callers: admins(['village_admin'], '只有村（社区）管理员可以查看本村群众的留言。'),
  },
  waiting: { input: feedbackAdminActions.waiting, output: ZPage(ZFeedbackView), callers: ANY_ADMIN },
  reply: { input: feedbackAdminActions.reply, output: ZFeedbackView, callers: ANY_ADMIN },
});
