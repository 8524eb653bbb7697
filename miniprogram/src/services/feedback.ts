import type { feedbackContract, TFeedbackKind, TRating, TRefTo } from '@sunshine/shared';
import { callAction } from './cloud';

type C = typeof feedbackContract;
const SUBMIT: TRefTo<C['submit']> = { fn: 'feedback', action: 'submit' };
const RATE: TRefTo<C['rate']> = { fn: 'feedback', action: 'rate' };
const MY_RATING: TRefTo<C['myRating']> = { fn: 'feedback', action: 'myRating' };
const RATE_ANSWER: TRefTo<C['rateAnswer']> = { fn: 'feedback', action: 'rateAnswer' };
const MINE: TRefTo<C['mine']> = { fn: 'feedback', action: 'mine' };
const SURVEY_STATUS: TRefTo<C['surveyStatus']> = { fn: 'feedback', action: 'surveyStatus' };
const SURVEY: TRefTo<C['survey']> = { fn: 'feedback', action: 'survey' };

/** Every create carries the form's request key (see `useRequestKey`), so a retry is kept once. */
export const submitFeedback = (requestId: string, disclosureId: string, kind: TFeedbackKind, text: string) =>
  callAction(SUBMIT, { requestId, disclosureId, kind, text });

export const rateDisclosure = (requestId: string, disclosureId: string, rating: TRating) => callAction(RATE, { requestId, disclosureId, rating });

export const fetchMyRating = (disclosureId: string) => callAction(MY_RATING, { disclosureId });

export const rateAnswer = (id: string, rating: 'satisfied' | 'dissatisfied') => callAction(RATE_ANSWER, { id, rating });

export const listMyFeedback = (page: number) => callAction(MINE, { page, pageSize: 20 });

/** One of the resident's own messages (a notice names it); an empty page when it is not theirs. */
export const fetchMyFeedback = (id: string) => callAction(MINE, { id, page: 1, pageSize: 1 });

/** null for a resident without a verified binding: there is no survey to offer. */
export const fetchSurveyStatus = () => callAction(SURVEY_STATUS, {});

export const answerSurvey = (requestId: string, rating: TRating, comment: string) =>
  callAction(SURVEY, { requestId, rating, ...(comment.trim() ? { comment: comment.trim() } : {}) });
