import { reviewActions } from '@sunshine/shared';
import { approveDisclosure, approveMany, rejectDisclosure, reviewQueue } from '../services/review/review';
import { versionDiff } from '../services/disclosure/versionDiff';
import { adminAction, defineFunction } from './defineFunction';

export const reviewFunction = defineFunction('review', {
  queue: adminAction(reviewActions.queue, reviewQueue),
  approve: adminAction(reviewActions.approve, (ctx, admin, input) => approveDisclosure(ctx, admin, input.id)),
  reject: adminAction(reviewActions.reject, rejectDisclosure),
  approveMany: adminAction(reviewActions.approveMany, approveMany),
  diff: adminAction(reviewActions.diff, (ctx, admin, input) => versionDiff(ctx, admin, input.id)),
});
