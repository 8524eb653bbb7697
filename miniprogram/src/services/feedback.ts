import type { TFeedbackKind, TFeedbackPage, TFeedbackView, TRating, TSurveyStatus } from '@sunshine/shared';
import { callFunction } from './cloud';

export const submitFeedback = (disclosureId: string, kind: TFeedbackKind, text: string) =>
  callFunction<TFeedbackView>('feedback', 'submit', { disclosureId, kind, text });

export const rateDisclosure = (disclosureId: string, rating: TRating) =>
  callFunction<{ rating: TRating }>('feedback', 'rate', { disclosureId, rating });

export const fetchMyRating = (disclosureId: string) =>
  callFunction<{ rating: TRating | null }>('feedback', 'myRating', { disclosureId });

export const rateAnswer = (id: string, rating: 'satisfied' | 'dissatisfied') => callFunction<TFeedbackView>('feedback', 'rateAnswer', { id, rating });

export const listMyFeedback = (page: number) => callFunction<TFeedbackPage>('feedback', 'mine', { page, pageSize: 20 });

/** One of the resident's own messages (a notice names it); an empty page when it is not theirs. */
export const fetchMyFeedback = (id: string) => callFunction<TFeedbackPage>('feedback', 'mine', { id, page: 1, pageSize: 1 });

/** null for a resident without a verified binding: there is no survey to offer. */
export const fetchSurveyStatus = () => callFunction<TSurveyStatus | null>('feedback', 'surveyStatus', {});

export const answerSurvey = (rating: TRating, comment: string) =>
  callFunction<TSurveyStatus>('feedback', 'survey', { rating, ...(comment.trim() ? { comment: comment.trim() } : {}) });
