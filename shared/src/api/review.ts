import { z } from '../zodLocale';
import { DISCLOSURE_LIMITS } from '../disclosure';
import { ZPageRequest } from '../paging';
import { ZRegionCode } from '../region';

export const ZReviewQueueRequest = ZPageRequest.extend({ villageCode: ZRegionCode.optional() });
export type TReviewQueueRequest = z.input<typeof ZReviewQueueRequest>;

export const ZApproveRequest = z.object({ id: z.string().min(1) });

export const ZRejectRequest = z.object({
  id: z.string().min(1),
  reason: z
    .string()
    .trim()
    .min(2, { error: '请填写退回理由（至少 2 个字）' })
    .max(DISCLOSURE_LIMITS.rejectReasonMax),
});
export type TRejectRequest = z.input<typeof ZRejectRequest>;

export const reviewActions = {
  queue: ZReviewQueueRequest,
  approve: ZApproveRequest,
  reject: ZRejectRequest,
} as const;
