import { AppError } from '@sunshine/shared';
import type { TImportDoc } from '../../store/documents';
import type { TServiceContext } from '../serviceContext';

/**
 * The uploaded chunks of a list. They hold full ID numbers, so they are
 * sealed (AES-256-GCM, see PersonalDataVault) before they reach the file
 * storage, and kept only until their import has succeeded, failed for good
 * or been abandoned.
 */
const importFolder = (importId: string) => `imports/${importId}`;
const chunkKey = (importId: string, index: number) => `${importFolder(importId)}/${String(index).padStart(4, '0')}`;

/** Writing one chunk twice (a retried request) stores the same bytes again. */
export async function storeChunk(ctx: TServiceContext, importId: string, index: number, bytes: Buffer): Promise<void> {
  const key = chunkKey(importId, index);
  await ctx.files.put(key, ctx.vault.sealFile(bytes, key));
}

async function readChunk(ctx: TServiceContext, importId: string, index: number): Promise<Buffer | null> {
  const key = chunkKey(importId, index);
  const sealed = await ctx.files.get(key);
  if (!sealed) return null;
  try {
    return ctx.vault.openFile(sealed, key);
  } catch (error) {
    throw new AppError('INVALID_INPUT', { message: `上传的文件第 ${index + 1} 块已损坏，请重新上传。`, cause: error });
  }
}

export async function assembleFile(ctx: TServiceContext, job: TImportDoc): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let i = 0; i < job.chunkCount; i++) {
    const part = await readChunk(ctx, job._id, i);
    if (!part) throw new AppError('INVALID_INPUT', { message: `文件没有上传完整（缺少第 ${i + 1} 块），请重新上传。` });
    parts.push(part);
  }
  const file = Buffer.concat(parts);
  if (file.length !== job.size) throw new AppError('INVALID_INPUT', { message: '上传的文件大小与原文件不符，请重新上传。' });
  return file;
}

/** Whether every chunk is still there, so a job can be run again without a new upload. */
export async function hasAllChunks(ctx: TServiceContext, job: TImportDoc): Promise<boolean> {
  for (let i = 0; i < job.chunkCount; i++) if (!(await ctx.files.get(chunkKey(job._id, i)))) return false;
  return true;
}

export async function discardChunks(ctx: TServiceContext, job: TImportDoc): Promise<void> {
  for (let i = 0; i < job.chunkCount; i++) await ctx.files.remove(chunkKey(job._id, i));
  await ctx.files.remove(importFolder(job._id));
}
