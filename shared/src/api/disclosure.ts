import { z } from '../zodLocale';
import { DISCLOSURE_LIMITS, ZDisclosureVersion, ZDisclosureView, ZFinanceFigures, ZTableRowInput, ZTableRowView } from '../disclosure';
import { ANY_ADMIN, defineContract } from './contract';
import { strictOutput } from './strictOutput';
import { COMMENT_PERIOD_DAYS, DISCLOSURE_STATUSES } from '../disclosureWorkflow';
import { ZPeriod } from '../dueSchedule';
import { ZPage, ZPageRequest } from '../paging';
import { ZRegionCode } from '../region';
import { findIdNumberInText, idNumberInTextMessage } from '../idNumber';

/** Published text must not carry an ID number; it belongs in the ID column, where it is masked. */
const noIdNumber = (label: string) => [(value: string) => findIdNumberInText(value) === null, { error: idNumberInTextMessage(label) }] as const;

import { ZRequestId } from './requestId';

export { ZRequestId };

const ZDisclosureContent = z.object({
  title: z.string().trim().min(1, { error: '请填写标题' }).max(DISCLOSURE_LIMITS.titleMax).refine(...noIdNumber('标题')),
  body: z.string().max(DISCLOSURE_LIMITS.bodyMax).refine(...noIdNumber('正文')).default(''),
  rows: z.array(ZTableRowInput).max(DISCLOSURE_LIMITS.rowsMax).default([]),
  /** Only on 财务收支情况 (FINANCE_FIGURES_ITEM_ID); an update without it clears the figures. */
  finance: ZFinanceFigures.optional(),
});

export const ZCreateDisclosureRequest = ZDisclosureContent.extend({
  requestId: ZRequestId,
  villageCode: ZRegionCode,
  catalogItemId: z.string().min(1, { error: '请选择公开目录事项' }),
  /** The period of a periodic item this disclosure fulfils (2026-Q1); must fit the item's rhythm. */
  period: ZPeriod.optional(),
});
export type TCreateDisclosureRequest = z.input<typeof ZCreateDisclosureRequest>;

export const ZUpdateDisclosureRequest = ZDisclosureContent.extend({ id: z.string().min(1) });
export type TUpdateDisclosureRequest = z.input<typeof ZUpdateDisclosureRequest>;

export const ZDisclosureIdRequest = z.object({ id: z.string().min(1) });

/** Submitting with `commentDays` sends the version to the township as a draft for comment (征求意见稿). */
export const ZSubmitDisclosureRequest = ZDisclosureIdRequest.extend({
  commentDays: z
    .number()
    .int()
    .min(COMMENT_PERIOD_DAYS.min, { error: `征求意见期至少 ${COMMENT_PERIOD_DAYS.min} 天` })
    .max(COMMENT_PERIOD_DAYS.max, { error: `征求意见期最多 ${COMMENT_PERIOD_DAYS.max} 天` })
    .optional(),
});
export type TSubmitDisclosureRequest = z.input<typeof ZSubmitDisclosureRequest>;

/** A published version is never edited: a correction is a new version with its reason. */
export const ZStartCorrectionRequest = z.object({
  id: z.string().min(1),
  reason: z
    .string()
    .trim()
    .min(4, { error: '请写明更正理由（至少 4 个字）' })
    .max(DISCLOSURE_LIMITS.correctionReasonMax)
    .refine(...noIdNumber('更正理由')),
});
export type TStartCorrectionRequest = z.input<typeof ZStartCorrectionRequest>;

export const ZTableRowsRequest = ZPageRequest.extend({ id: z.string().min(1).max(80) });
export type TTableRowsRequest = z.input<typeof ZTableRowsRequest>;

export const ZListDisclosuresRequest = ZPageRequest.extend({
  status: z.enum(DISCLOSURE_STATUSES).optional(),
  villageCode: ZRegionCode.optional(),
});
export type TListDisclosuresRequest = z.input<typeof ZListDisclosuresRequest>;

export const disclosureActions = {
  create: ZCreateDisclosureRequest,
  update: ZUpdateDisclosureRequest,
  submit: ZSubmitDisclosureRequest,
  get: ZDisclosureIdRequest,
  list: ZListDisclosuresRequest,
  startCorrection: ZStartCorrectionRequest,
  versions: ZDisclosureIdRequest,
  rows: ZTableRowsRequest,
  markSeen: ZDisclosureIdRequest,
  unreadCount: z.object({}),
} as const;

const ZDisclosureOut = strictOutput(ZDisclosureView);

/** Village entry, and the read side every admin tier uses for its own region (the service checks the record's region). */
export const disclosureContract = defineContract('disclosure', {
  create: { input: disclosureActions.create, output: ZDisclosureOut, callers: ANY_ADMIN },
  update: { input: disclosureActions.update, output: ZDisclosureOut, callers: ANY_ADMIN },
  submit: { input: disclosureActions.submit, output: ZDisclosureOut, callers: ANY_ADMIN },
  get: { input: disclosureActions.get, output: ZDisclosureOut, callers: ANY_ADMIN },
  list: { input: disclosureActions.list, output: ZPage(ZDisclosureOut), callers: ANY_ADMIN },
  startCorrection: { input: disclosureActions.startCorrection, output: ZDisclosureOut, callers: ANY_ADMIN },
  versions: { input: disclosureActions.versions, output: strictOutput(z.array(ZDisclosureVersion)), callers: ANY_ADMIN },
  rows: { input: disclosureActions.rows, output: strictOutput(ZPage(ZTableRowView)), callers: ANY_ADMIN },
  markSeen: { input: disclosureActions.markSeen, output: z.strictObject({ unread: z.number().int() }), callers: ANY_ADMIN },
  unreadCount: { input: disclosureActions.unreadCount, output: z.strictObject({ unread: z.number().int() }), callers: ANY_ADMIN },
});
