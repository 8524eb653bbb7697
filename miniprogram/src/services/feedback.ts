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

export const fetchSurveyStatus = () => callFunction<TSurveyStatus>('feedback', 'surveyStatus', {});

export const answerSurvey = (requestId: string, rating: TRating, comment: string) =>
  callFunction<TSurveyStatus>('feedback', 'survey', { requestId, rating, ...(comment.trim() ? { comment: comment.trim() } : {}) });
