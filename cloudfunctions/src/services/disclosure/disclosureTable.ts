import { randomUUID } from 'node:crypto';
import {
  AppError,
  maskIdNumber,
  maskName,
  normalizeIdNumber,
  tableCellProblem,
  type TCatalogItem,
  type TFieldIssue,
  type TDisclosureTableView,
  type TTableRowInput,
  type TTableRowView,
} from '@sunshine/shared';
import type { TDisclosureDoc, TStoredRow } from '../../store/documents';
import type { PersonalDataVault } from '../personalData';

/**
 * Turns the rows a village entered into stored rows: every cell checked
 * against its column, ID numbers encrypted with a lookup hash and kept only
 * masked in plain form. A row sent back with its rowId and the masked ID
 * unchanged keeps the number already stored.
 */
export function buildDisclosureTable(
  item: TCatalogItem,
  rows: TTableRowInput[],
  previous: TDisclosureDoc['table'],
  vault: PersonalDataVault,
): TDisclosureDoc['table'] {
  const columns = item.tableColumns;
  if (!columns) {
    if (rows.length > 0) {
      throw new AppError('INVALID_INPUT', {
        message: '这个公开事项没有名单表格，请去掉表格行',
        issues: [{ field: 'rows', message: '这个公开事项没有名单表格' }],
      });
    }
    return null;
  }
  const previousRows = new Map((previous?.rows ?? []).map((r) => [r.rowId, r]));
  const issues: TFieldIssue[] = [];
  const stored = rows.map((row, rowIndex): TStoredRow => {
    const before = row.rowId ? previousRows.get(row.rowId) : undefined;
    const cells: Record<string, string> = {};
    const protectedCells: TStoredRow['protected'] = {};
    for (const column of columns) {
      const value = (row.cells[column.key] ?? '').trim();
      const problem = tableCellProblem(column, value, before?.cells[column.key]);
      if (problem) {
        issues.push({ field: `rows.${rowIndex}.${column.key}`, message: `第 ${rowIndex + 1} 行：${problem}` });
        continue;
      }
      if (column.type === 'idNumber') {
        const kept = before && value === before.cells[column.key] ? before.protected[column.key] : undefined;
        protectedCells[column.key] = kept ?? vault.protectIdNumber(value);
        cells[column.key] = kept ? value : maskIdNumber(normalizeIdNumber(value));
      } else {
        cells[column.key] = column.type === 'amount' ? normalizeAmount(value) : value;
      }
    }
    const unknown = Object.keys(row.cells).filter((key) => !columns.some((c) => c.key === key));
    for (const key of unknown) issues.push({ field: `rows.${rowIndex}.${key}`, message: `第 ${rowIndex + 1} 行：表格没有“${key}”这一列` });
    return { rowId: before?.rowId ?? randomUUID(), cells, protected: protectedCells };
  });
  if (issues.length > 0) throw new AppError('INVALID_INPUT', { message: issues[0].message, issues });
  return { columns: [...columns], rows: stored };
}

/** 720 → 720.00, 960.5 → 960.50: every amount in a list reads the same way. */
export function normalizeAmount(value: string): string {
  const [whole, fraction = ''] = value.split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}

/** The table as an admin sees it: masked ID numbers only; an imported list's rows are read page by page. */
export function tableView(table: TDisclosureDoc['table']): TDisclosureTableView | null {
  if (!table) return null;
  if (table.imported) return { columns: table.columns, rows: [], total: table.imported.rowCount, imported: true };
  return { columns: table.columns, rows: table.rows.map(rowView), total: table.rows.length, imported: false };
}

export const rowView = ({ rowId, cells }: TStoredRow): TTableRowView => ({ rowId, cells });

/** What residents read of a row: as the admin sees it, and names partly masked where the catalog item says so. */
export function publicRowView(row: TStoredRow, maskNames: boolean): TTableRowView {
  if (!maskNames || row.cells.name === undefined) return rowView(row);
  return { rowId: row.rowId, cells: { ...row.cells, name: maskName(row.cells.name) } };
}
