import type { TFeedbackKind, TFeedbackPage, TFeedbackView, TRating, TSurveyStatus } from '@sunshine/shared';
import { callFunction } from './cloud';

/** Every create carries the form's request key (see `useRequestKey`), so a retry is kept once. */
export const submitFeedback = (requestId: string, disclosureId: string, kind: TFeedbackKind, text: string) =>
  callFunction<TFeedbackView>('feedback', 'submit', { requestId, disclosureId, kind, text });

export const rateDisclosure = (requestId: string, disclosureId: string, rating: TRating) =>
  callFunction<{ rating: TRating }>('feedback', 'rate', { requestId, disclosureId, rating });

export const fetchMyRating = (disclosureId: string) =>
  callFunction<{ rating: TRating | null }>('feedback', 'myRating', { disclosureId });

export const rateAnswer = (id: string, rating: 'satisfied' | 'dissatisfied') => callFunction<TFeedbackView>('feedback', 'rateAnswer', { id, rating });

export const listMyFeedback = (page: number) => callFunction<TFeedbackPage>('feedback', 'mine', { page, pageSize: 20 });

/** One of the resident's own messages (a notice names it); an empty page when it is not theirs. */
export const fetchMyFeedback = (id: string) => callFunction<TFeedbackPage>('feedback', 'mine', { id, page: 1, pageSize: 1 });

/** null for a resident without a verified binding: there is no survey to offer. */
export const fetchSurveyStatus = () => callFunction<TSurveyStatus | null>('feedback', 'surveyStatus', {});

export const answerSurvey = (requestId: string, rating: TRating, comment: string) =>
  callFunction<TSurveyStatus>('feedback', 'survey', { requestId, rating, ...(comment.trim() ? { comment: comment.trim() } : {}) });
