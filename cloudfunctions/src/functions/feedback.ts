import { feedbackActions, feedbackAdminActions } from '@sunshine/shared';
import { answerSurvey, myFeedback, myRating, rateDisclosure, submitFeedback, surveyStatus } from '../services/feedback/feedback';
import { rateAnswer, replyToFeedback, villageFeedback, waitingFeedback } from '../services/feedback/feedbackRouting';
import { adminAction, defineFunction, residentAction } from './defineFunction';

/** Residents ask, complain, suggest, rate answers and disclosures and answer the monthly survey; the level holding a message answers it. */
export const feedbackFunction = defineFunction('feedback', {
  submit: residentAction(feedbackActions.submit, (ctx, openid, input) => submitFeedback(ctx, openid, input)),
  rate: residentAction(feedbackActions.rate, (ctx, openid, input) => rateDisclosure(ctx, openid, input)),
  myRating: residentAction(feedbackActions.myRating, (ctx, openid, input) => myRating(ctx, openid, input.disclosureId)),
  mine: residentAction(feedbackActions.mine, (ctx, openid, input) => myFeedback(ctx, openid, input)),
  rateAnswer: residentAction(feedbackActions.rateAnswer, (ctx, openid, input) => rateAnswer(ctx, openid, input)),
  surveyStatus: residentAction(feedbackActions.surveyStatus, (ctx, openid) => surveyStatus(ctx, openid)),
  survey: residentAction(feedbackActions.survey, (ctx, openid, input) => answerSurvey(ctx, openid, input)),
  villageList: adminAction(feedbackAdminActions.villageList, (ctx, admin, input) => villageFeedback(ctx, admin, input)),
  waiting: adminAction(feedbackAdminActions.waiting, (ctx, admin, input) => waitingFeedback(ctx, admin, input)),
  reply: adminAction(feedbackAdminActions.reply, (ctx, admin, input) => replyToFeedback(ctx, admin, input)),
});
