import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError, IMPORT_LIMITS } from '@sunshine/shared';
import { assertZipExpandsWithin } from './zipBounds';

/** A spreadsheet as text: every cell a string, rows numbered as the spreadsheet shows them (header = 1). */
export interface TListRow {
  fileRow: number;
  values: string[];
}

/** Excel in China saves CSV as GBK unless told otherwise; UTF-8 (with or without BOM) is tried first. */
function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function readCsv(bytes: Buffer): TListRow[] {
  const records = parseCsv(decodeCsv(bytes), { relax_column_count: true, skip_empty_lines: false, trim: true, bom: true }) as string[][];
  return records.map((values, i) => ({ fileRow: i + 1, values }));
}

/** A cell's text as a person sees it; numbers typed into Excel come back as their digits. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value);
}

const isBlank = (row: TListRow) => row.values.every((v) => v === '');

/** Header, the most data rows allowed, and one more so the check can say the list is too long. */
const ROWS_READ = IMPORT_LIMITS.maxRows + 2;
const HEARTBEAT_ROWS = 5_000;

export interface TReadOptions {
  /** Awaited every few thousand rows of a long read (the import renews its lease). */
  onRows?(rowsRead: number): Promise<void>;
}

/**
 * The first worksheet, streamed, so a 100,000-row workbook is never held as
 * an object model; reading stops once there are more rows than a list may have.
 */
async function readXlsx(bytes: Buffer, options: TReadOptions): Promise<TListRow[]> {
  const rows: TListRow[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit' });
  reading: for await (const worksheet of reader) {
    for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
      const listRow = { fileRow: row.number, values: (row.values as ExcelJS.CellValue[]).slice(1).map((v) => cellText(v).trim()) };
      if (isBlank(listRow)) continue;
      rows.push(listRow);
      if (rows.length >= ROWS_READ) break reading;
      if (rows.length % HEARTBEAT_ROWS === 0) await options.onRows?.(rows.length);
    }
    break;
  }
  return rows;
}

/** Reads an uploaded list; anything that is not a readable xlsx or csv is IMPORT_FILE_UNREADABLE, one that inflates too far FILE_TOO_LARGE. */
export async function readListFile(fileName: string, bytes: Buffer, options: TReadOptions = {}): Promise<TListRow[]> {
  try {
    if (!/\.xlsx$/i.test(fileName)) return readCsv(bytes).filter((row) => !isBlank(row));
    await assertZipExpandsWithin(bytes, IMPORT_LIMITS.maxUncompressedBytes);
    return await readXlsx(bytes, options);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('IMPORT_FILE_UNREADABLE', { cause: error });
  }
}
