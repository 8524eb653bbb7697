import { filingContract } from '@sunshine/shared';
import { decideFiling, fileNonDisclosure, filingQueue } from '../services/schedule/filings';
import { defineFunction } from './defineFunction';

/** 不公开备案: the village files, the township approves or rejects. */
export const filingFunction = defineFunction(filingContract, {
  file: fileNonDisclosure,
  queue: filingQueue,
  approve: (ctx, admin, input) => decideFiling(ctx, admin, input.id, { action: 'approve' }),
  reject: (ctx, admin, input) => decideFiling(ctx, admin, input.id, { action: 'reject', reason: input.reason }),
});
