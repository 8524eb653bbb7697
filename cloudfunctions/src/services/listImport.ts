import {
  AppError,
  assertCanEditVillage,
  IMPORT_LIMITS,
  importedRowProblems,
  importProblemSummary,
  mapImportHeaders,
  maskIdNumber,
  nextDisclosureStatus,
  normalizeIdNumber,
  type TAdminPrincipal,
  type TImportProblem,
  type TImportView,
  type TTableColumn,
  type ZImportChunkRequest,
  type ZStartImportRequest,
} from '@sunshine/shared';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { TDisclosureDoc, TDisclosureRowDoc, TImportDoc, TStoredRow } from '../store/documents';
import { recordAudit } from './audit';
import { normalizeAmount } from './disclosureTable';
import { historyEvent, loadForVillageChange } from './disclosures';
import { readListFile, type TListRow } from './listFile';
import { RowsDigest } from './sealing';
import type { TServiceContext } from './serviceContext';

/**
 * A list imported as the table of a disclosure. The file arrives in chunks,
 * then `runImport` reads it, checks every row (nothing is written when any
 * row is wrong), writes the rows in batches under the import's id with
 * progress, and only in a last transaction points the disclosure at them:
 * a crash anywhere before leaves the disclosure as it was.
 */
const ROWS_PER_TRANSACTION = 500;

const chunkKey = (importId: string, index: number) => `imports/${importId}/${String(index).padStart(4, '0')}`;
export const importRowId = (importId: string, index: number) => `${importId}-${String(index).padStart(7, '0')}`;

export function toImportView(d: TImportDoc): TImportView {
  return {
    id: d._id,
    disclosureId: d.disclosureId,
    fileName: d.fileName,
    status: d.status,
    totalRows: d.totalRows,
    processedRows: d.processedRows,
    problems: d.problems,
    problemCount: d.problemCount,
    message: d.message,
  };
}

/** The list's columns, as the draft took them from its catalog item (province's or the county's own). */
function tableColumnsOf(doc: TDisclosureDoc): TTableColumn[] {
  const columns = doc.table?.columns;
  if (!columns) throw new AppError('INVALID_INPUT', { message: '这个公开事项没有名单表格，不能导入名单。' });
  return columns;
}

export async function startImport(ctx: TServiceContext, admin: TAdminPrincipal, input: z.output<typeof ZStartImportRequest>): Promise<TImportView> {
  const now = ctx.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    const doc = await loadForVillageChange(tx, admin, input.disclosureId);
    nextDisclosureStatus(doc.status, 'edit');
    tableColumnsOf(doc);
    const job: TImportDoc = {
      _id: `imp-${randomUUID()}`,
      disclosureId: doc._id,
      villageCode: doc.villageCode,
      createdBy: admin.id,
      fileName: input.fileName,
      size: input.size,
      chunkCount: Math.ceil(input.size / IMPORT_LIMITS.chunkBytes),
      status: 'uploading',
      totalRows: 0,
      processedRows: 0,
      problems: [],
      problemCount: 0,
      message: null,
      createdAt: now,
      updatedAt: now,
    };
    await tx.create('imports', job);
    return toImportView(job);
  });
}

async function loadOwnImport(ctx: TServiceContext, admin: TAdminPrincipal, importId: string): Promise<TImportDoc> {
  const job = await ctx.store.get('imports', importId);
  if (!job) throw new AppError('NOT_FOUND');
  assertCanEditVillage(admin, job.villageCode);
  return job;
}

export async function uploadImportChunk(ctx: TServiceContext, admin: TAdminPrincipal, input: z.output<typeof ZImportChunkRequest>): Promise<{ received: number }> {
  const job = await loadOwnImport(ctx, admin, input.importId);
  if (job.status !== 'uploading') throw new AppError('INVALID_TRANSITION', { message: '这次导入已经开始处理，不能再上传文件内容。' });
  if (input.index >= job.chunkCount) throw new AppError('INVALID_INPUT', { message: '文件分块编号超出范围，请重新上传。' });
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (bytes.length > IMPORT_LIMITS.chunkBytes) throw new AppError('FILE_TOO_LARGE', { message: '文件分块太大，请刷新页面后重新上传。' });
  await ctx.files.put(chunkKey(job._id, input.index), bytes);
  return { received: input.index };
}

export async function importStatus(ctx: TServiceContext, admin: TAdminPrincipal, importId: string): Promise<TImportView> {
  return toImportView(await loadOwnImport(ctx, admin, importId));
}

async function assembleFile(ctx: TServiceContext, job: TImportDoc): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let i = 0; i < job.chunkCount; i++) {
    const part = await ctx.files.get(chunkKey(job._id, i));
    if (!part) throw new AppError('INVALID_INPUT', { message: `文件没有上传完整（缺少第 ${i + 1} 块），请重新上传。` });
    parts.push(part);
  }
  const file = Buffer.concat(parts);
  if (file.length !== job.size) throw new AppError('INVALID_INPUT', { message: '上传的文件大小与原文件不符，请重新上传。' });
  return file;
}

/** Every row checked before anything is written; the first problems listed, all counted. */
function checkRows(columns: TTableColumn[], rows: TListRow[]): { indexes: number[]; problems: TImportProblem[]; problemCount: number } {
  const [header, ...data] = rows;
  if (!header) return { indexes: [], problems: [{ row: 1, column: '', message: '文件是空的，第一行应为表头（姓名、身份证号、金额（元））' }], problemCount: 1 };
  const mapped = mapImportHeaders(columns, header.values);
  if (!mapped.ok) return { indexes: [], problems: mapped.problems, problemCount: mapped.problems.length };
  if (data.length === 0) return { indexes: [], problems: [{ row: 2, column: '', message: '名单没有数据行' }], problemCount: 1 };
  if (data.length > IMPORT_LIMITS.maxRows) {
    return { indexes: [], problems: [{ row: data[IMPORT_LIMITS.maxRows].fileRow, column: '', message: `名单最多 ${IMPORT_LIMITS.maxRows} 行` }], problemCount: 1 };
  }
  const problems: TImportProblem[] = [];
  let problemCount = 0;
  for (const row of data) {
    const found = importedRowProblems(columns, row.fileRow, mapped.indexes.map((i) => row.values[i] ?? ''));
    problemCount += found.length;
    for (const p of found) if (problems.length < IMPORT_LIMITS.errorsListed) problems.push(p);
  }
  return { indexes: mapped.indexes, problems, problemCount };
}

function storedRow(ctx: TServiceContext, columns: TTableColumn[], values: string[]): TStoredRow {
  const cells: Record<string, string> = {};
  const protectedCells: TStoredRow['protected'] = {};
  columns.forEach((column, i) => {
    const value = values[i].trim();
    if (column.type === 'idNumber') {
      protectedCells[column.key] = ctx.vault.protectIdNumber(value);
      cells[column.key] = maskIdNumber(normalizeIdNumber(value));
    } else cells[column.key] = column.type === 'amount' ? normalizeAmount(value) : value;
  });
  return { rowId: randomUUID(), cells, protected: protectedCells };
}

/** The uploaded chunks are only needed until the rows are read. */
async function discardChunks(ctx: TServiceContext, job: TImportDoc): Promise<void> {
  for (let i = 0; i < job.chunkCount; i++) await ctx.files.remove(chunkKey(job._id, i));
}

async function markFailed(ctx: TServiceContext, importId: string, fields: Partial<TImportDoc>): Promise<void> {
  await ctx.store.transaction((tx) => tx.update('imports', importId, { status: 'failed', updatedAt: ctx.now().toISOString(), ...fields }));
}

export interface TImportOptions {
  /** Called after each batch of rows is committed, with the rows written so far. */
  onProgress?(processedRows: number): void;
}

export async function runImport(ctx: TServiceContext, admin: TAdminPrincipal, importId: string, options: TImportOptions = {}): Promise<TImportView> {
  const job = await loadOwnImport(ctx, admin, importId);
  if (job.status !== 'uploading') throw new AppError('INVALID_TRANSITION', { message: '这次导入已经处理过了，请重新上传文件。' });
  const disclosure = await ctx.store.get('disclosures', job.disclosureId);
  if (!disclosure) throw new AppError('NOT_FOUND');
  const columns = tableColumnsOf(disclosure);

  const file = await assembleFile(ctx, job);
  let rows: TListRow[];
  try {
    rows = await readListFile(job.fileName, file);
  } catch (error) {
    await markFailed(ctx, job._id, { message: (error as Error).message });
    throw error;
  } finally {
    await discardChunks(ctx, job);
  }
  const checked = checkRows(columns, rows);
  if (checked.problemCount > 0) {
    const message = importProblemSummary(checked.problemCount);
    await markFailed(ctx, job._id, { problems: checked.problems, problemCount: checked.problemCount, message, totalRows: Math.max(rows.length - 1, 0) });
    throw new AppError('IMPORT_ROWS_INVALID', {
      message,
      issues: checked.problems.map((p) => ({ field: `rows.${p.row}.${p.column}`, message: p.message })),
    });
  }

  const data = rows.slice(1);
  await ctx.store.transaction((tx) => tx.update('imports', job._id, { status: 'running', totalRows: data.length, updatedAt: ctx.now().toISOString() }));
  try {
    const digest = new RowsDigest();
    for (let start = 0; start < data.length; start += ROWS_PER_TRANSACTION) {
      const batch = data.slice(start, start + ROWS_PER_TRANSACTION).map((row, i): TDisclosureRowDoc => ({
        _id: importRowId(job._id, start + i),
        importId: job._id,
        index: start + i,
        ...storedRow(ctx, columns, checked.indexes.map((c) => row.values[c] ?? '')),
      }));
      for (const row of batch) digest.add(row);
      const processed = start + batch.length;
      await ctx.store.transaction(async (tx) => {
        for (const row of batch) await tx.set('disclosureRows', row);
        await tx.update('imports', job._id, { processedRows: processed, updatedAt: ctx.now().toISOString() });
      });
      options.onProgress?.(processed);
    }
    const rowsDigest = digest.digest();
    const now = ctx.now();
    // The one step that makes the list visible: the disclosure, its history, the audit entry and the job's end, together.
    return await ctx.store.transaction(async (tx) => {
      const doc = await loadForVillageChange(tx, admin, job.disclosureId);
      nextDisclosureStatus(doc.status, 'edit');
      await tx.update('disclosures', doc._id, {
        table: { columns, rows: [], imported: { importId: job._id, rowCount: data.length, rowsDigest } },
        updatedAt: now.toISOString(),
        history: [...doc.history, historyEvent(now, admin, 'import', `${job.fileName}，${data.length} 行`)],
      });
      const done: TImportDoc = { ...job, status: 'done', totalRows: data.length, processedRows: data.length, updatedAt: now.toISOString() };
      await tx.set('imports', done);
      await recordAudit(tx, now, admin, {
        action: 'disclosure.import',
        targetType: 'disclosure',
        targetId: doc._id,
        regionCode: doc.villageCode,
        detail: { importId: job._id, fileName: job.fileName, rows: data.length },
      });
      return toImportView(done);
    });
  } catch (error) {
    await markFailed(ctx, job._id, { message: '导入中断，名单没有生效，请重新上传。' }).catch(() => undefined);
    throw error;
  }
}
