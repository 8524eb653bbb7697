import { z } from '../zodLocale';
import { DISCLOSURE_LIMITS, ZDisclosureView } from '../disclosure';
import { ANY_ADMIN, defineContract } from './contract';
import { strictOutput } from './strictOutput';
import { ZCategory } from '../catalog';
import { AWAITING_REVIEW_STATUSES } from '../disclosureWorkflow';
import { ZPeriod } from '../dueSchedule';
import { ZPage, ZPageRequest } from '../paging';
import { ZRegionCode } from '../region';

export const ZReviewQueueRequest = ZPageRequest.extend({
  villageCode: ZRegionCode.optional(),
  category: ZCategory.optional(),
  status: z.enum(AWAITING_REVIEW_STATUSES as ['submitted', 'resubmitted', 'commentSubmitted']).optional(),
  /** The period the disclosure fulfils (2026-Q1), for periodic items. */
  period: ZPeriod.optional(),
  /** Submitted on or before this day (YYYY-MM-DD): the oldest waiting first. */
  submittedBefore: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Due on or before this day (YYYY-MM-DD): what is most urgent to publish. */
  dueBefore: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});
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

export const BULK_APPROVE_MAX = 50;
export const ZApproveManyRequest = z.object({
  ids: z.array(z.string().min(1)).min(1, { error: '请至少选择一项' }).max(BULK_APPROVE_MAX, { error: `一次最多批量通过 ${BULK_APPROVE_MAX} 项` }),
});
export type TApproveManyRequest = z.input<typeof ZApproveManyRequest>;

/** Each item of a bulk approval succeeds or fails on its own. */
export const ZApproveManyResult = z.array(
  z.object({ id: z.string(), ok: z.boolean(), title: z.string().nullable(), message: z.string().nullable() }),
);
export type TApproveManyResult = z.infer<typeof ZApproveManyResult>;

/** Every field a resident sees that differs (title, body, figures, attachments), in the reader's words. */
const ZFieldChanges = z.array(z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() }));
const ZRowChanges = z
  .object({
    added: z.number().int(),
    removed: z.number().int(),
    changed: z.number().int(),
    /** The first changes, each with the cells before (null when added) and after (null when removed). */
    samples: z.array(z.object({ before: z.record(z.string(), z.string()).nullable(), after: z.record(z.string(), z.string()).nullable() })),
  })
  .nullable();

/**
 * What changed against the version this one follows (a correction, a final
 * version) and, after a rejection, against what was submitted and rejected.
 */
export const ZVersionDiff = z.object({
  previous: z.object({ id: z.string(), version: z.number().int(), title: z.string() }).nullable(),
  fields: ZFieldChanges,
  rows: ZRowChanges,
  sinceRejection: z
    .object({ rejectedAt: z.string(), reason: z.string(), fields: ZFieldChanges, rows: ZRowChanges })
    .nullable(),
});
export type TVersionDiff = z.infer<typeof ZVersionDiff>;

export const reviewActions = {
  queue: ZReviewQueueRequest,
  approve: ZApproveRequest,
  reject: ZRejectRequest,
  approveMany: ZApproveManyRequest,
  diff: z.object({ id: z.string().min(1) }),
} as const;

const ZDisclosureOut = strictOutput(ZDisclosureView);

/** Township reviewers decide; the access policy checks the role and the township of each record. */
export const reviewContract = defineContract('review', {
  queue: { input: reviewActions.queue, output: ZPage(ZDisclosureOut), callers: ANY_ADMIN },
  approve: { input: reviewActions.approve, output: ZDisclosureOut, callers: ANY_ADMIN },
  reject: { input: reviewActions.reject, output: ZDisclosureOut, callers: ANY_ADMIN },
  approveMany: { input: reviewActions.approveMany, output: strictOutput(ZApproveManyResult), callers: ANY_ADMIN },
  diff: { input: reviewActions.diff, output: strictOutput(ZVersionDiff), callers: ANY_ADMIN },
});
