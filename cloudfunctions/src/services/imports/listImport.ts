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
import type { Transaction } from '../../store/DocumentStore';
import type { TDisclosureDoc, TDisclosureRowDoc, TImportDoc, TStoredRow } from '../../store/documents';
import { recordAudit } from '../audit';
import { normalizeAmount } from '../disclosure/disclosureTable';
import { historyEvent, loadForVillageChange } from '../disclosure/disclosures';
import { assembleFile, discardChunks, hasAllChunks, storeChunk } from './importFiles';
import { readListFile, type TListRow } from './listFile';
import { RowsDigest } from '../disclosure/sealing';
import type { TServiceContext } from '../serviceContext';

/**
 * A list imported as the table of a disclosure. The file arrives in chunks,
 * then `runImport` claims the job (one run at a time, under a lease the run
 * renews), reads the file, checks every row (nothing is written when any
 * row is wrong), writes the rows in batches under the import's id with
 * progress, and only in a last transaction points the disclosure at them:
 * a crash anywhere before leaves the disclosure as it was, and once the
 * lease has run out the job is taken up again (see `sweepImports`).
 */
const ROWS_PER_TRANSACTION = 500;
/** A run renews its lease with every batch; one silent for this long is taken for dead. */
export const IMPORT_LEASE_MS = 2 * 60_000;

export const importRowId = (importId: string, index: number) => `${importId}-${String(index).padStart(7, '0')}`;

/** Lets requests waiting on the event loop (a resident's page) run between two batches of long work. */
export const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

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

const abandonedBefore = (now: Date, minutes: number = IMPORT_LIMITS.abandonedAfterHours * 60) => new Date(now.getTime() - minutes * 60_000).toISOString();

/** Uploads not yet imported hold files with ID numbers; a village may keep only a few open at once. */
async function assertCanOpenUpload(ctx: TServiceContext, villageCode: string): Promise<void> {
  const open = await ctx.store.count('imports', [
    ['villageCode', '==', villageCode],
    ['status', 'in', ['uploading', 'running']],
    ['updatedAt', '>=', abandonedBefore(ctx.now())],
  ]);
  if (open >= IMPORT_LIMITS.openUploadsPerVillage) {
    throw new AppError('TOO_MANY_OPEN_IMPORTS', {
      message: `本村（社区）已有 ${open} 个未完成的名单导入，请先完成导入，或等待 ${IMPORT_LIMITS.abandonedAfterHours} 小时后未完成的上传自动清除，再上传新名单。`,
    });
  }
}

/** A new upload for a list replaces the unfinished ones before it (a retry after a broken connection), so retries never fill the limit. */
async function dropEarlierUploads(ctx: TServiceContext, disclosureId: string): Promise<void> {
  const earlier = await ctx.store.find('imports', { where: [['disclosureId', '==', disclosureId], ['status', '==', 'uploading']], limit: 100 });
  for (const job of earlier) await abandonUpload(ctx, job, '已重新选择文件上传，这次上传作废。');
}

/** Files first, then the job: a clerk running it meanwhile is told the file is incomplete, never shown a half-deleted one as fine. */
async function abandonUpload(ctx: TServiceContext, job: TImportDoc, message: string): Promise<void> {
  await discardChunks(ctx, job);
  await ctx.store.transaction(async (tx) => {
    const current = await tx.get('imports', job._id);
    if (current?.status !== 'uploading') return;
    await tx.update('imports', job._id, { status: 'failed', message, updatedAt: ctx.now().toISOString() });
  });
}

export async function startImport(ctx: TServiceContext, admin: TAdminPrincipal, input: z.output<typeof ZStartImportRequest>): Promise<TImportView> {
  const now = ctx.now().toISOString();
  const before = await ctx.store.get('disclosures', input.disclosureId);
  if (before) {
    assertCanEditVillage(admin, before.villageCode);
    await dropEarlierUploads(ctx, before._id);
    await assertCanOpenUpload(ctx, before.villageCode);
  }
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
  await storeChunk(ctx, job._id, input.index, bytes);
  return { received: input.index };
}

export async function importStatus(ctx: TServiceContext, admin: TAdminPrincipal, importId: string): Promise<TImportView> {
  return toImportView(await loadOwnImport(ctx, admin, importId));
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


/** Raised inside a run that no longer holds its job (its lease ran out and another run took it): it stops without touching the job. */
class LeaseLost extends AppError {
  constructor() {
    super('IMPORT_IN_PROGRESS', { message: '这次导入已由另一次导入接手，请查看导入进度。' });
  }
}

/** A file or rows the run refused: the job fails for good with these fields, and the clerk uploads a corrected file. */
class RejectedList extends Error {
  constructor(
    readonly error: AppError,
    readonly fields: Partial<TImportDoc>,
  ) {
    super(error.message);
  }
}

const leaseUntil = (ctx: TServiceContext) => new Date(ctx.now().getTime() + IMPORT_LEASE_MS).toISOString();

/** A running job whose run stopped renewing its lease (jobs from before leases: silent since their last update). */
function isStale(job: TImportDoc, now: Date): boolean {
  if (job.status !== 'running') return false;
  const expiresAt = job.lease?.expiresAt ?? new Date(Date.parse(job.updatedAt) + IMPORT_LEASE_MS).toISOString();
  return expiresAt <= now.toISOString();
}

/** Inside a transaction: the job as `owner` holds it, with its lease renewed and `patch` applied; LeaseLost when it is not ours any more. */
async function holdLease(ctx: TServiceContext, tx: Transaction, importId: string, owner: string, patch: Partial<TImportDoc> = {}): Promise<TImportDoc> {
  const job = await tx.get('imports', importId);
  if (!job || job.status !== 'running' || job.lease?.owner !== owner) throw new LeaseLost();
  const held: TImportDoc = { ...job, ...patch, lease: { owner, expiresAt: leaseUntil(ctx) }, updatedAt: ctx.now().toISOString() };
  await tx.set('imports', held);
  return held;
}

/**
 * The one place a run starts: in one transaction the job goes from
 * uploading (or running under a dead run's lease) to running under ours,
 * so of two runs started at once (two tabs, a retried request) one runs
 * and the other is told the import is in progress.
 */
async function claimJob(ctx: TServiceContext, admin: TAdminPrincipal, importId: string, owner: string): Promise<{ job: TImportDoc; takenOver: boolean }> {
  return ctx.store.transaction(async (tx) => {
    const job = await tx.get('imports', importId);
    if (!job) throw new AppError('NOT_FOUND');
    assertCanEditVillage(admin, job.villageCode);
    const takenOver = isStale(job, ctx.now());
    if (job.status === 'running' && !takenOver) {
      throw new AppError('IMPORT_IN_PROGRESS', { message: `导入正在进行（已写入 ${job.processedRows} 行），请稍候查看进度，不要重复导入。` });
    }
    if (job.status !== 'uploading' && !takenOver) throw new AppError('INVALID_TRANSITION', { message: '这次导入已经处理过了，请重新上传文件。' });
    const claimed: TImportDoc = {
      ...job,
      status: 'running',
      lease: { owner, expiresAt: leaseUntil(ctx) },
      totalRows: 0,
      processedRows: 0,
      problems: [],
      problemCount: 0,
      message: null,
      updatedAt: ctx.now().toISOString(),
    };
    await tx.set('imports', claimed);
    return { job: claimed, takenOver };
  });
}

/** Removes the rows a run wrote under the job, batch by batch, while `owner` holds it. */
async function removeRows(ctx: TServiceContext, importId: string, owner: string): Promise<void> {
  for (;;) {
    const rows = await ctx.store.find('disclosureRows', { where: [['importId', '==', importId]], limit: ROWS_PER_TRANSACTION });
    if (rows.length === 0) return;
    await ctx.store.transaction(async (tx) => {
      await holdLease(ctx, tx, importId, owner);
      for (const row of rows) await tx.remove('disclosureRows', row._id);
    });
    await yieldToOthers();
  }
}

/** A run that cannot finish: its rows go, the job fails with `fields`, and its file goes (a failed job is not run again). */
async function giveUp(ctx: TServiceContext, job: TImportDoc, owner: string, fields: Partial<TImportDoc>): Promise<void> {
  await removeRows(ctx, job._id, owner);
  await ctx.store.transaction(async (tx) => {
    const held = await holdLease(ctx, tx, job._id, owner);
    await tx.set('imports', { ...held, status: 'failed', lease: null, processedRows: 0, ...fields });
  });
  await discardChunks(ctx, job);
}

export interface TImportOptions {
  /** Called after each batch of rows is committed, with the rows written so far. */
  onProgress?(processedRows: number): void;
}

export async function runImport(ctx: TServiceContext, admin: TAdminPrincipal, importId: string, options: TImportOptions = {}): Promise<TImportView> {
  const owner = randomUUID();
  const { job, takenOver } = await claimJob(ctx, admin, importId, owner);
  try {
    return await importClaimed(ctx, admin, job, owner, takenOver, options);
  } catch (error) {
    if (error instanceof LeaseLost) throw error;
    const cause = error instanceof RejectedList ? error.error : error;
    const fields = error instanceof RejectedList ? error.fields : { message: cause instanceof AppError ? cause.message : '导入中断，名单没有生效，请重新上传。' };
    // If even this fails (the database is gone), the lease runs out and the sweep takes the job up.
    await giveUp(ctx, job, owner, fields).catch((e: unknown) => console.error('[import] could not mark the import failed', job._id, e));
    throw cause;
  }
}

async function importClaimed(ctx: TServiceContext, admin: TAdminPrincipal, job: TImportDoc, owner: string, takenOver: boolean, options: TImportOptions): Promise<TImportView> {
  // A dead run's rows would be overwritten row by row anyway; removing them first leaves none behind if this run fails too.
  if (takenOver) await removeRows(ctx, job._id, owner);
  const disclosure = await ctx.store.get('disclosures', job.disclosureId);
  if (!disclosure) throw new AppError('NOT_FOUND');
  const columns = tableColumnsOf(disclosure);
  const renewLease = () => ctx.store.transaction((tx) => holdLease(ctx, tx, job._id, owner)).then(() => undefined);

  let rows: TListRow[];
  try {
    rows = await readListFile(job.fileName, await assembleFile(ctx, job), { onRows: renewLease });
  } catch (error) {
    if (error instanceof AppError && !(error instanceof LeaseLost)) throw new RejectedList(error, { message: error.message });
    throw error;
  }
  const checked = checkRows(columns, rows);
  if (checked.problemCount > 0) {
    const message = importProblemSummary(checked.problemCount);
    const error = new AppError('IMPORT_ROWS_INVALID', {
      message,
      issues: checked.problems.map((p) => ({ field: `rows.${p.row}.${p.column}`, message: p.message })),
    });
    throw new RejectedList(error, { problems: checked.problems, problemCount: checked.problemCount, message, totalRows: Math.max(rows.length - 1, 0) });
  }

  const data = rows.slice(1);
  await ctx.store.transaction((tx) => holdLease(ctx, tx, job._id, owner, { totalRows: data.length }));
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
      await holdLease(ctx, tx, job._id, owner, { processedRows: processed });
      for (const row of batch) await tx.set('disclosureRows', row);
    });
    options.onProgress?.(processed);
    await yieldToOthers();
  }
  const rowsDigest = digest.digest();
  const now = ctx.now();
  // The one step that makes the list visible: the disclosure, its history, the audit entry and the job's end, together.
  const done = await ctx.store.transaction(async (tx) => {
    const held = await holdLease(ctx, tx, job._id, owner);
    const doc = await loadForVillageChange(tx, admin, job.disclosureId);
    nextDisclosureStatus(doc.status, 'edit');
    await tx.update('disclosures', doc._id, {
      table: { columns, rows: [], imported: { importId: job._id, rowCount: data.length, rowsDigest } },
      updatedAt: now.toISOString(),
      history: [...doc.history, historyEvent(now, admin, 'import', `${job.fileName}，${data.length} 行`)],
    });
    const finished: TImportDoc = { ...held, status: 'done', lease: null, totalRows: data.length, processedRows: data.length, message: null, updatedAt: now.toISOString() };
    await tx.set('imports', finished);
    await recordAudit(tx, now, admin, {
      action: 'disclosure.import',
      targetType: 'disclosure',
      targetId: doc._id,
      regionCode: doc.villageCode,
      detail: { importId: job._id, fileName: job.fileName, rows: data.length },
    });
    return finished;
  });
  // Only now is the uploaded file no longer needed: until here a crash leaves it for the retry.
  await discardChunks(ctx, job).catch((e: unknown) => console.error('[import] could not remove the uploaded file', job._id, e));
  return toImportView(done);
}

/**
 * Takes up a job whose run died (its lease ran out): the rows it wrote are
 * removed, and the job waits to be run again when its file is still there,
 * or fails with a message saying to upload it again.
 */
async function recoverStale(ctx: TServiceContext, stale: TImportDoc): Promise<boolean> {
  const owner = randomUUID();
  const held = await ctx.store.transaction(async (tx) => {
    const job = await tx.get('imports', stale._id);
    if (!job || !isStale(job, ctx.now())) return null;
    const claimed: TImportDoc = { ...job, lease: { owner, expiresAt: leaseUntil(ctx) }, updatedAt: ctx.now().toISOString() };
    await tx.set('imports', claimed);
    return claimed;
  });
  if (!held) return false;
  await removeRows(ctx, held._id, owner);
  const resumable = await hasAllChunks(ctx, held);
  await ctx.store.transaction(async (tx) => {
    const job = await holdLease(ctx, tx, held._id, owner);
    await tx.set('imports', {
      ...job,
      status: resumable ? 'uploading' : 'failed',
      lease: null,
      totalRows: 0,
      processedRows: 0,
      message: resumable ? '上次导入意外中断，写了一半的名单已清除；文件还在，可以重新导入。' : '上次导入意外中断，写了一半的名单已清除，请重新上传文件。',
    });
  });
  if (!resumable) await discardChunks(ctx, held);
  return true;
}

/**
 * The import pass of the background loop (the local gateway's, a timer in
 * CloudBase): uploads left unimported past the limit are deleted with their
 * files, and jobs whose run died are taken up (see `recoverStale`).
 */
export async function sweepImports(ctx: TServiceContext, options: { olderThanMinutes?: number } = {}): Promise<{ abandoned: number; recovered: number }> {
  const now = ctx.now();
  const abandoned = await ctx.store.find('imports', {
    where: [['status', '==', 'uploading'], ['updatedAt', '<=', abandonedBefore(now, options.olderThanMinutes)]],
    limit: 100,
  });
  for (const job of abandoned) await abandonUpload(ctx, job, `文件上传后超过 ${IMPORT_LIMITS.abandonedAfterHours} 小时没有导入，已自动删除，请重新上传。`);
  let recovered = 0;
  const running = await ctx.store.find('imports', { where: [['status', '==', 'running']], limit: 100 });
  for (const job of running.filter((j) => isStale(j, now))) {
    try {
      if (await recoverStale(ctx, job)) recovered++;
    } catch (error) {
      if (!(error instanceof LeaseLost)) throw error;
    }
  }
  return { abandoned: abandoned.length, recovered };
}
