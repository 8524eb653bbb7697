import { reviewActions } from '@sunshine/shared';
import { approveDisclosure, rejectDisclosure, reviewQueue } from '../services/review';
import { adminAction, defineFunction } from './defineFunction';

export const reviewFunction = defineFunction('review', {
  queue: adminAction(reviewActions.queue, reviewQueue),
  approve: adminAction(reviewActions.approve, (ctx, admin, input) => approveDisclosure(ctx, admin, input.id)),
  reject: adminAction(reviewActions.reject, rejectDisclosure),
});
