import { z } from '../zodLocale';
import { ZCategory } from '../catalog';
import { ZPeriod } from '../dueSchedule';
import { FILING_STATUSES } from '../filingWorkflow';
import { ZPage, ZPageRequest } from '../paging';
import { ANY_ADMIN, defineContract } from './contract';
import { ZRegionCode } from '../region';

const ZReason = (what: string) =>
  z
    .string()
    .trim()
    .min(5, { error: `请填写${what}（至少 5 个字）` })
    .max(500);

export const ZFileRequest = z.object({
  villageCode: ZRegionCode,
  catalogItemId: z.string().min(1, { error: '请选择公开目录事项' }),
  period: ZPeriod,
  reason: ZReason('不公开的理由'),
});
export type TFileRequest = z.input<typeof ZFileRequest>;

export const ZFilingEvent = z.strictObject({
  at: z.string(),
  byName: z.string(),
  action: z.enum(['file', 'approve', 'reject']),
  reason: z.string(),
});

/** A filing as the console shows it. */
export const ZFilingView = z.strictObject({
  id: z.string(),
  villageCode: ZRegionCode,
  villageName: z.string(),
  catalogItemId: z.string(),
  catalogItemTitle: z.string(),
  category: ZCategory,
  period: ZPeriod,
  periodLabel: z.string(),
  dueDate: z.string(),
  reason: z.string(),
  status: z.enum(FILING_STATUSES),
  rejectReason: z.string().nullable(),
  filedAt: z.string(),
  decidedAt: z.string().nullable(),
  history: z.array(ZFilingEvent),
});
export type TFilingView = z.infer<typeof ZFilingView>;

/** What residents see: an approved filing and its reason, nothing of the workflow. */
export const ZPublicFiling = z.strictObject({
  id: z.string(),
  catalogItemTitle: z.string(),
  category: ZCategory,
  period: ZPeriod,
  periodLabel: z.string(),
  reason: z.string(),
  approvedAt: z.string(),
});
export type TPublicFiling = z.infer<typeof ZPublicFiling>;

export const filingActions = {
  file: ZFileRequest,
  /** A township reviewer's filings; pending ones by default. */
  queue: ZPageRequest.extend({ status: z.enum(FILING_STATUSES).default('pending') }),
  approve: z.object({ id: z.string().min(1) }),
  reject: z.object({ id: z.string().min(1), reason: ZReason('退回理由') }),
} as const;

/** The village files (its own village, checked by the access policy), the township decides. */
export const filingContract = defineContract('filing', {
  file: { input: filingActions.file, output: ZFilingView, callers: ANY_ADMIN },
  queue: { input: filingActions.queue, output: ZPage(ZFilingView), callers: ANY_ADMIN },
  approve: { input: filingActions.approve, output: ZFilingView, callers: ANY_ADMIN },
  reject: { input: filingActions.reject, output: ZFilingView, callers: ANY_ADMIN },
});
