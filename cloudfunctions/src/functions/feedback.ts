import { feedbackActions, feedbackAdminActions } from '@sunshine/shared';
import { answerSurvey, myFeedback, myRating, rateDisclosure, replyToFeedback, submitFeedback, surveyStatus, villageFeedback } from '../services/feedback';
import { adminAction, defineFunction, residentAction } from './defineFunction';

/** Residents ask, complain, suggest, rate and answer the monthly survey; the village admin replies. */
export const feedbackFunction = defineFunction('feedback', {
  submit: residentAction(feedbackActions.submit, (ctx, openid, input) => submitFeedback(ctx, openid, input)),
  rate: residentAction(feedbackActions.rate, (ctx, openid, input) => rateDisclosure(ctx, openid, input)),
  myRating: residentAction(feedbackActions.myRating, (ctx, openid, input) => myRating(ctx, openid, input.disclosureId)),
  mine: residentAction(feedbackActions.mine, (ctx, openid, input) => myFeedback(ctx, openid, input)),
  surveyStatus: residentAction(feedbackActions.surveyStatus, (ctx, openid) => surveyStatus(ctx, openid)),
  survey: residentAction(feedbackActions.survey, (ctx, openid, input) => answerSurvey(ctx, openid, input)),
  villageList: adminAction(feedbackAdminActions.villageList, (ctx, admin, input) => villageFeedback(ctx, admin, input)),
  reply: adminAction(feedbackAdminActions.reply, (ctx, admin, input) => replyToFeedback(ctx, admin, input)),
});
