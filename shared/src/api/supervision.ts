import { z } from '../zodLocale';
import { ZPage, ZPageRequest, type TPage } from '../paging';
import { admins, ANY_ADMIN, defineContract } from './contract';
import { FEEDBACK_KINDS } from '../feedback';
import { ZRegionCode } from '../region';
import { ZRequestId } from './requestId';
import { isCalendarDate } from '../workingCalendar';
import { SUPERVISION_ORDER_STATUSES, SUPERVISION_TEXT_MAX_LENGTH, type TClosability } from '../supervision';
import { FEEDBACK_LEVELS } from '../feedbackRouting';
import { ZFeedbackView } from './feedback';

const ZText = (label: string) =>
  z.string().trim().min(2, `请填写${label}`).max(SUPERVISION_TEXT_MAX_LENGTH, `最多 ${SUPERVISION_TEXT_MAX_LENGTH} 个字`).meta({ label });
const ZId = z.string().min(1).max(80);

export const supervisionActions = {
  /** County: every unresolved message in the county, oldest (so most deadlines missed) first. */
  cases: ZPageRequest.extend({
    townshipCode: ZRegionCode.optional(),
    villageCode: ZRegionCode.optional(),
    kind: z.enum(FEEDBACK_KINDS).optional(),
    /** Only messages at least this many days old. */
    minAgeDays: z.number().int().min(0).max(3650).optional(),
    escalatedOnly: z.boolean().optional(),
  }),
  /** County: one case with its full history and its 督办单. */
  detail: z.object({ id: ZId }),
  /** County: a 督办单 to the case's village, township or the county body itself. */
  issueOrder: z.object({
    requestId: ZRequestId,
    feedbackId: ZId,
    targetName: ZText('责任单位').max(60, '最多 60 个字'),
    targetRegionCode: ZRegionCode,
    requirement: ZText('整改要求'),
    dueDate: z.string().refine(isCalendarDate, '请选择整改期限'),
  }),
  /** The responsible body: its open 督办单, soonest due first. */
  myOrders: ZPageRequest,
  /** The responsible body records what it fixed and the evidence; the fix is shown to the resident as the answer. */
  recordFix: z.object({ requestId: ZRequestId, orderId: ZId, text: ZText('整改情况'), evidence: ZText('整改佐证') }),
  /** County: closes a case whose final answer was rated, or (with a note) after the resident stayed silent. */
  close: z.object({ id: ZId, note: z.string().trim().max(SUPERVISION_TEXT_MAX_LENGTH).optional() }),
} as const;

export const ZSupervisionOrderView = z.strictObject({
  id: z.string(),
  feedbackId: z.string(),
  targetName: z.string(),
  targetLevel: z.enum(FEEDBACK_LEVELS),
  targetRegionCode: z.string(),
  requirement: z.string(),
  dueDate: z.string(),
  status: z.enum(SUPERVISION_ORDER_STATUSES),
  issuedAt: z.string(),
  fix: z.strictObject({ text: z.string(), evidence: z.string(), at: z.string(), byName: z.string() }).nullable(),
  /** For the responsible body's list: what the case is about. */
  caseText: z.string(),
  villageName: z.string(),
});
export type TSupervisionOrderView = z.infer<typeof ZSupervisionOrderView>;

/** A message as the county sees it: where it is, how old, how late. */
export const ZSupervisionCaseView = ZFeedbackView.extend({
  villageCode: z.string(),
  townshipCode: z.string(),
  ageDays: z.number().int(),
  overdueDays: z.number().int(),
}).strict();
export type TSupervisionCaseView = z.infer<typeof ZSupervisionCaseView>;

const ZClosability = z.union([
  z.strictObject({ closable: z.literal(true), noteRequired: z.boolean(), reason: z.string() }),
  z.strictObject({ closable: z.literal(false), reason: z.string() }),
]);

export const ZSupervisionCaseDetail = ZSupervisionCaseView.extend({ orders: z.array(ZSupervisionOrderView), closability: ZClosability }).strict();
export interface TSupervisionCaseDetail extends TSupervisionCaseView {
  orders: TSupervisionOrderView[];
  closability: TClosability;
}
export type TSupervisionCasePage = TPage<TSupervisionCaseView>;
export type TSupervisionOrderPage = TPage<TSupervisionOrderView>;

const COUNTY_SUPERVISORS = admins(['county_supervisor'], '只有县（区）纪委监委督导员可以督办群众留言。');

export const supervisionContract = defineContract('supervision', {
  cases: { input: supervisionActions.cases, output: ZPage(ZSupervisionCaseView), callers: COUNTY_SUPERVISORS },
  detail: { input: supervisionActions.detail, output: ZSupervisionCaseDetail, callers: COUNTY_SUPERVISORS },
  issueOrder: { input: supervisionActions.issueOrder, output: ZSupervisionOrderView, callers: COUNTY_SUPERVISORS },
  /** The responsible body may be any level the county names. */
  myOrders: { input: supervisionActions.myOrders, output: ZPage(ZSupervisionOrderView), callers: ANY_ADMIN },
  recordFix: { input: supervisionActions.recordFix, output: ZSupervisionOrderView, callers: ANY_ADMIN },
  close: { input: supervisionActions.close, output: ZSupervisionCaseView, callers: COUNTY_SUPERVISORS },
});
