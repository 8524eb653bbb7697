import { feedbackContract } from '@sunshine/shared';
import { answerSurvey, myFeedback, myRating, rateDisclosure, submitFeedback, surveyStatus } from '../services/feedback/feedback';
import { rateAnswer, replyToFeedback, villageFeedback, waitingFeedback } from '../services/feedback/feedbackRouting';
import { defineFunction } from './defineFunction';

/** Residents ask, complain, suggest, rate answers and disclosures and answer the monthly survey; the level holding a message answers it. */
export const feedbackFunction = defineFunction(feedbackContract, {
  submit: submitFeedback,
  rate: rateDisclosure,
  myRating: (ctx, openid, input) => myRating(ctx, openid, input.disclosureId),
  mine: myFeedback,
  rateAnswer,
  surveyStatus: (ctx, openid) => surveyStatus(ctx, openid),
  survey: answerSurvey,
  villageList: villageFeedback,
  waiting: waitingFeedback,
  reply: replyToFeedback,
});
