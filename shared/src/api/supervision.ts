import { z } from '../zodLocale';
import { ZPageRequest, type TPage } from '../paging';
import { FEEDBACK_KINDS } from '../feedback';
import { ZRegionCode } from '../region';
import { ZRequestId } from './requestId';
import { isCalendarDate } from '../workingCalendar';
import { SUPERVISION_TEXT_MAX_LENGTH, type TClosability, type TSupervisionOrderStatus } from '../supervision';
import type { TFeedbackLevel } from '../feedbackRouting';
import type { TFeedbackView } from './feedback';

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

export interface TSupervisionOrderView {
  id: string;
  feedbackId: string;
  targetName: string;
  targetLevel: TFeedbackLevel;
  targetRegionCode: string;
  requirement: string;
  dueDate: string;
  status: TSupervisionOrderStatus;
  issuedAt: string;
  fix: { text: string; evidence: string; at: string; byName: string } | null;
  /** For the responsible body's list: what the case is about. */
  caseText: string;
  villageName: string;
}

/** A message as the county sees it: where it is, how old, how late. */
export interface TSupervisionCaseView extends TFeedbackView {
  villageCode: string;
  townshipCode: string;
  ageDays: number;
  overdueDays: number;
}
export interface TSupervisionCaseDetail extends TSupervisionCaseView {
  orders: TSupervisionOrderView[];
  closability: TClosability;
}
export type TSupervisionCasePage = TPage<TSupervisionCaseView>;
export type TSupervisionOrderPage = TPage<TSupervisionOrderView>;
