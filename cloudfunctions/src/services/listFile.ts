import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '@sunshine/shared';

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

/** The first worksheet, streamed, so a 100,000-row workbook is never held as an object model. */
async function readXlsx(bytes: Buffer): Promise<TListRow[]> {
  const rows: TListRow[] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit' });
  for await (const worksheet of reader) {
    for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
      const values = (row.values as ExcelJS.CellValue[]).slice(1).map((v) => cellText(v).trim());
      rows.push({ fileRow: row.number, values });
    }
    break;
  }
  return rows;
}

/** Reads an uploaded list; anything that is not a readable xlsx or csv is IMPORT_FILE_UNREADABLE. */
export async function readListFile(fileName: string, bytes: Buffer): Promise<TListRow[]> {
  try {
    const rows = /\.xlsx$/i.test(fileName) ? await readXlsx(bytes) : readCsv(bytes);
    return rows.filter((row) => row.values.some((v) => v !== ''));
  } catch (error) {
    throw new AppError('IMPORT_FILE_UNREADABLE', { cause: error });
  }
}
