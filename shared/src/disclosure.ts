import { z } from './zodLocale';
import { ZCategory, ZTableColumn, type TTableColumn } from './catalog';
import { DISCLOSURE_STATUSES } from './disclosureWorkflow';
import { idNumberProblem, ID_NUMBER_PROBLEM_MESSAGES, isMaskedIdNumber } from './idNumber';
import { ZRegionCode } from './region';

export const DISCLOSURE_LIMITS = {
  titleMax: 100,
  bodyMax: 20_000,
  rowsMax: 2_000,
  cellMax: 200,
  rejectReasonMax: 500,
} as const;

export const ZAmount = z
  .string()
  .trim()
  .regex(/^-?\d{1,12}(\.\d{1,2})?$/, { error: '金额应为数字，最多两位小数，如 1200.50' });

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

export const ZDisclosureTableView = z.object({
  columns: z.array(ZTableColumn),
  rows: z.array(ZTableRowView),
});

export const ZDisclosureEvent = z.object({
  at: z.string(),
  by: z.string(),
  byName: z.string(),
  action: z.enum(['create', 'edit', 'submit', 'approve', 'reject']),
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
      return null;
  }
}
