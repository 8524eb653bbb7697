import { reviewContract } from '@sunshine/shared';
import { approveDisclosure, approveMany, rejectDisclosure, reviewQueue } from '../services/review/review';
import { versionDiff } from '../services/disclosure/versionDiff';
import { defineFunction } from './defineFunction';

export const reviewFunction = defineFunction(reviewContract, {
  queue: reviewQueue,
  approve: (ctx, admin, input) => approveDisclosure(ctx, admin, input.id),
  reject: rejectDisclosure,
  approveMany,
  diff: (ctx, admin, input) => versionDiff(ctx, admin, input.id),
});
