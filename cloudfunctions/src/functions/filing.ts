import { filingActions } from '@sunshine/shared';
import { decideFiling, fileNonDisclosure, filingQueue } from '../services/schedule/filings';
import { adminAction, defineFunction } from './defineFunction';

/** 不公开备案: the village files, the township approves or rejects. */
export const filingFunction = defineFunction('filing', {
  file: adminAction(filingActions.file, fileNonDisclosure),
  queue: adminAction(filingActions.queue, filingQueue),
  approve: adminAction(filingActions.approve, (ctx, admin, input) => decideFiling(ctx, admin, input.id, { action: 'approve' })),
  reject: adminAction(filingActions.reject, (ctx, admin, input) => decideFiling(ctx, admin, input.id, { action: 'reject', reason: input.reason })),
});
