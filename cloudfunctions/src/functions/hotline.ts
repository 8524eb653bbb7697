import { hotlineActions } from '@sunshine/shared';
import {
  fileHotlineOrder,
  heldHotlineOrders,
  hotlineTopicCounts,
  myHotlineOrders,
  releaseHotlineOrder,
  stuckHotlineOrders,
} from '../services/hotline/hotlineOrders';
import { adminAction, defineFunction, residentAction } from './defineFunction';

/** 12345 forwarding: residents file and follow their orders; supervisors watch delivery and topics. */
export const hotlineFunction = defineFunction('hotline', {
  file: residentAction(hotlineActions.file, fileHotlineOrder),
  myOrders: residentAction(hotlineActions.myOrders, myHotlineOrders),
  stuck: adminAction(hotlineActions.stuck, stuckHotlineOrders),
  held: adminAction(hotlineActions.held, heldHotlineOrders),
  release: adminAction(hotlineActions.release, releaseHotlineOrder),
  topicCounts: adminAction(hotlineActions.topicCounts, (ctx, admin) => hotlineTopicCounts(ctx, admin)),
});
