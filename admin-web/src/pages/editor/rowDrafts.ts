import {
  tableCellProblem,
  type TDisclosureView,
  type TFieldIssue,
  type TTableColumn,
  type TTableRowInput,
} from '@sunshine/shared';

/** A row of the recipient table while it is being edited. */
export interface TRowDraft {
  /** Stable React key, also for rows not stored yet. */
  key: string;
  /** Present once the row is stored; sent back so the server keeps the stored ID number. */
  rowId?: string;
  cells: Record<string, string>;
  /** The cells as stored: a masked ID number sent back unchanged means "keep the stored one". */
  stored: Record<string, string>;
}

let newRowCount = 0;

export function newRowDraft(): TRowDraft {
  newRowCount += 1;
  return { key: `new-${newRowCount}`, cells: {}, stored: {} };
}

export function rowDraftsOf(disclosure: TDisclosureView | null): TRowDraft[] {
  return (disclosure?.table?.rows ?? []).map((row) => ({
    key: row.rowId,
    rowId: row.rowId,
    cells: { ...row.cells },
    stored: row.cells,
  }));
}

export function rowInputsOf(rows: readonly TRowDraft[], columns: readonly TTableColumn[]): TTableRowInput[] {
  return rows.map((row) => ({
    ...(row.rowId ? { rowId: row.rowId } : {}),
    cells: Object.fromEntries(columns.map((column) => [column.key, (row.cells[column.key] ?? '').trim()])),
  }));
}

export function cellProblemOf(row: TRowDraft, column: TTableColumn): string | null {
  return tableCellProblem(column, row.cells[column.key] ?? '', row.stored[column.key]);
}

export const cellId = (rowKey: string, columnKey: string) => `${rowKey}:${columnKey}`;

/** Server issues name cells by position: "rows.3.cells.amount" (or "rows.3.amount"). */
export function cellIssuesByCellId(
  issues: readonly TFieldIssue[],
  rows: readonly TRowDraft[],
): Record<string, string> {
  const byCell: Record<string, string> = {};
  for (const issue of issues) {
    const match = /^rows\.(\d+)\.(?:cells\.)?([A-Za-z][A-Za-z0-9]*)$/.exec(issue.field);
    const row = match ? rows[Number(match[1])] : undefined;
    if (match && row) byCell[cellId(row.key, match[2])] = issue.message;
  }
  return byCell;
}
