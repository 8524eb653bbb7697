import type { TTableColumn } from './catalog';
import { tableCellProblem } from './disclosure';
import { z } from './zodLocale';

/**
 * A list uploaded as the table of a disclosure (xlsx or csv). The first row
 * names the columns in Chinese as the catalog item does; every other row is
 * checked cell by cell, and one bad row stops the whole import.
 */
export const IMPORT_LIMITS = {
  maxRows: 200_000,
  maxFileBytes: 40 * 1024 * 1024,
  /** Each chunk travels base64 in a JSON body under the gateway's 4 MB limit. */
  chunkBytes: 2 * 1024 * 1024,
  /** How many problems are listed; the rest are counted. */
  errorsListed: 50,
  fileNameMax: 100,
  /** An xlsx is a zip: what its entries may inflate to together, checked before any row is read. */
  maxUncompressedBytes: 200 * 1024 * 1024,
  /** Uploads a village may have open (started, not yet imported) at once. */
  openUploadsPerVillage: 5,
  /** An upload not imported within this time is deleted by the sweep. */
  abandonedAfterHours: 24,
} as const;

export const IMPORT_STATUSES = ['uploading', 'running', 'failed', 'done'] as const;
export type TImportStatus = (typeof IMPORT_STATUSES)[number];

/** One problem in the file: its row as the spreadsheet numbers it (header is row 1) and the column's Chinese name. */
export const ZImportProblem = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type TImportProblem = z.infer<typeof ZImportProblem>;

export const ZImportView = z.object({
  id: z.string(),
  disclosureId: z.string(),
  fileName: z.string(),
  status: z.enum(IMPORT_STATUSES),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  problems: z.array(ZImportProblem),
  problemCount: z.number().int(),
  message: z.string().nullable(),
});
export type TImportView = z.infer<typeof ZImportView>;

/** 金额（元）, 金额(元) and 金额 all name the same column; spaces and full-width brackets do not matter. */
function headerKey(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase();
}

const withoutUnit = (key: string) => key.replace(/\(.*\)$/, '');

/**
 * Which file column holds each table column. Problems name the missing
 * columns by their Chinese labels; extra columns (序号, 备注) are ignored.
 */
export function mapImportHeaders(
  columns: readonly TTableColumn[],
  header: readonly string[],
): { ok: true; indexes: number[] } | { ok: false; problems: TImportProblem[] } {
  const keys = header.map((h) => headerKey(String(h ?? '')));
  const problems: TImportProblem[] = [];
  const indexes = columns.map((column) => {
    const wanted = headerKey(column.label);
    let at = keys.indexOf(wanted);
    if (at < 0) at = keys.findIndex((k) => k !== '' && withoutUnit(k) === withoutUnit(wanted));
    if (at < 0) problems.push({ row: 1, column: column.label, message: `表头缺少“${column.label}”列` });
    return at;
  });
  return problems.length ? { ok: false, problems } : { ok: true, indexes };
}

/** The problems of one data row; `fileRow` is the spreadsheet's row number. */
export function importedRowProblems(columns: readonly TTableColumn[], fileRow: number, values: readonly string[]): TImportProblem[] {
  const problems: TImportProblem[] = [];
  columns.forEach((column, i) => {
    const problem = tableCellProblem(column, values[i] ?? '');
    if (problem) problems.push({ row: fileRow, column: column.label, message: `第 ${fileRow} 行“${column.label}”：${problem}` });
  });
  return problems;
}

/** The Chinese summary shown above the listed problems. */
export function importProblemSummary(count: number): string {
  const listed = Math.min(count, IMPORT_LIMITS.errorsListed);
  return count > listed
    ? `名单有 ${count} 处问题（下面列出前 ${listed} 处），本次没有导入任何一行，请修改后重新上传。`
    : `名单有 ${count} 处问题，本次没有导入任何一行，请修改后重新上传。`;
}
