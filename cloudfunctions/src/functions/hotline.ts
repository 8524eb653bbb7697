import { hotlineContract } from '@sunshine/shared';
import {
  fileHotlineOrder,
  heldHotlineOrders,
  hotlineTopicCounts,
  myHotlineOrders,
  releaseHotlineOrder,
  stuckHotlineOrders,
} from '../services/hotline/hotlineOrders';
import { defineFunction } from './defineFunction';

/** 12345 forwarding: residents file and follow their orders; supervisors watch delivery and topics. */
export const hotlineFunction = defineFunction(hotlineContract, {
  file: fileHotlineOrder,
  myOrders: myHotlineOrders,
  stuck: stuckHotlineOrders,
  held: heldHotlineOrders,
  release: releaseHotlineOrder,
  topicCounts: (ctx, admin) => hotlineTopicCounts(ctx, admin),
});
