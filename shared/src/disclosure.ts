import { z } from './zodLocale';
import { ZCategory, ZTableColumn, type TTableColumn } from './catalog';
import { DISCLOSURE_STATUSES } from './disclosureWorkflow';
import { ZAttachmentView } from './attachment';
import { findIdNumberInText, idNumberInTextMessage, idNumberProblem, ID_NUMBER_PROBLEM_MESSAGES, isMaskedIdNumber } from './idNumber';
import { ZRegionCode } from './region';

export const DISCLOSURE_LIMITS = {
  titleMax: 100,
  bodyMax: 20_000,
  rowsMax: 2_000,
  cellMax: 200,
  rejectReasonMax: 500,
  correctionReasonMax: 500,
} as const;

export const ZAmount = z
  .string()
  .trim()
  .regex(/^-?\d{1,12}(\.\d{1,2})?$/, { error: '金额应为数字，最多两位小数，如 1200.50' });

/** The structured figures of a finance disclosure (财务收支情况), in yuan, so residents get them in plain words. */
export const ZFinanceFigures = z.object({ income: ZAmount, expense: ZAmount });
export type TFinanceFigures = z.infer<typeof ZFinanceFigures>;
/** The one catalog item that carries finance figures. */
export const FINANCE_FIGURES_ITEM_ID = 'finance-income-expenditure';

/** A cell as the village enters it; idNumber cells carry the full number or the stored masked form. */
export const ZTableRowInput = z.object({
  rowId: z.string().max(40).optional(),
  cells: z.record(z.string(), z.string().max(DISCLOSURE_LIMITS.cellMax)),
});
export type TTableRowInput = z.infer<typeof ZTableRowInput>;

/** A row as stored and shown: idNumber cells hold only the masked form. */
export const ZTableRowView = z.object({
  rowId: z.string(),
  cells: z.record(z.string(), z.string()),
});
export type TTableRowView = z.infer<typeof ZTableRowView>;

/**
 * `rows` holds the whole table when it is small. An imported list keeps its
 * rows apart (`imported`); its rows are read page by page, and a resident's
 * detail answer carries the first page.
 */
export const ZDisclosureTableView = z.object({
  columns: z.array(ZTableColumn),
  rows: z.array(ZTableRowView),
  total: z.number().int(),
  imported: z.boolean(),
});
export type TDisclosureTableView = z.infer<typeof ZDisclosureTableView>;

export const ZCommentPeriodView = z.object({
  days: z.number().int(),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
});

export const ZDisclosureEvent = z.object({
  at: z.string(),
  by: z.string(),
  byName: z.string(),
  action: z.enum(['create', 'edit', 'submit', 'submitForComment', 'approve', 'reject', 'startCorrection', 'import', 'attach', 'detach']),
  reason: z.string().optional(),
});
export type TDisclosureEvent = z.infer<typeof ZDisclosureEvent>;

/** What the console shows an admin; never carries encrypted or hashed values. */
export const ZDisclosureView = z.object({
  id: z.string(),
  villageCode: ZRegionCode,
  villageName: z.string(),
  catalogItemId: z.string(),
  catalogItemTitle: z.string(),
  category: ZCategory,
  title: z.string(),
  body: z.string(),
  table: ZDisclosureTableView.nullable(),
  status: z.enum(DISCLOSURE_STATUSES),
  rejectReason: z.string().nullable(),
  /** 1 for the first version; each correction or final version after comments adds one. */
  version: z.number().int(),
  lineageId: z.string(),
  previousVersionId: z.string().nullable(),
  /** The draft correction or final version started after this one, if any. */
  nextVersionId: z.string().nullable(),
  correctionReason: z.string().nullable(),
  commentPeriod: ZCommentPeriodView.nullable(),
  attachments: z.array(ZAttachmentView),
  /** The period a periodic item's disclosure fulfils (2026-Q1), and the deadline the calendar gives it. */
  period: z.string().nullable(),
  dueDate: z.string().nullable(),
  finance: ZFinanceFigures.nullable(),
  /** A reviewer's decision the village has not opened yet. */
  unreadByVillage: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  history: z.array(ZDisclosureEvent),
});
export type TDisclosureView = z.infer<typeof ZDisclosureView>;

/** What a resident sees: the published content, no workflow internals. */
export const ZPublishedDisclosure = z.object({
  id: z.string(),
  villageCode: ZRegionCode,
  villageName: z.string(),
  catalogItemId: z.string(),
  catalogItemTitle: z.string(),
  category: ZCategory,
  title: z.string(),
  body: z.string(),
  table: ZDisclosureTableView.nullable(),
  publishedAt: z.string(),
  finance: ZFinanceFigures.nullable(),
  version: z.number().int(),
  correctionReason: z.string().nullable(),
  commentPeriod: ZCommentPeriodView.nullable(),
  attachments: z.array(ZAttachmentView),
});
export type TPublishedDisclosure = z.infer<typeof ZPublishedDisclosure>;

export interface TCellProblem {
  rowIndex: number;
  columnKey: string;
  message: string;
}

/**
 * Checks one entered cell against its column type. `knownMasked` is the
 * masked ID already stored for this row, which may be sent back unchanged.
 */
export function tableCellProblem(column: TTableColumn, value: string, knownMasked?: string): string | null {
  const v = value.trim();
  if (v === '') return `${column.label}不能为空`;
  switch (column.type) {
    case 'amount':
      return ZAmount.safeParse(v).success ? null : `${column.label}应为数字，最多两位小数`;
    case 'idNumber': {
      if (isMaskedIdNumber(v)) return v === knownMasked ? null : `${column.label}请填写完整的 18 位号码`;
      const problem = idNumberProblem(v);
      return problem ? ID_NUMBER_PROBLEM_MESSAGES[problem] : null;
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(v) ? null : `${column.label}应为 年-月-日，如 2026-01-10`;
    default:
      // Only the ID column masks what it holds; any other cell is published as typed.
      return findIdNumberInText(v) ? idNumberInTextMessage(column.label) : null;
  }
}

/** One entry of a disclosure's public history: every version residents could read. */
export const ZDisclosureVersion = z.object({
  id: z.string(),
  version: z.number().int(),
  status: z.enum(DISCLOSURE_STATUSES),
  title: z.string(),
  /** 'comment' for a draft published for comment, 'final' otherwise. */
  kind: z.enum(['comment', 'final']),
  publishedAt: z.string().nullable(),
  supersededAt: z.string().nullable(),
  correctionReason: z.string().nullable(),
});
export type TDisclosureVersion = z.infer<typeof ZDisclosureVersion>;
