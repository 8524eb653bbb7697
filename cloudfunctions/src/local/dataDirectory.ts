import { closeSync, fsyncSync, openSync, rmSync, statfsSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { makeDirectorySync } from '../files/makeDirectory';
import { storageFailure } from '../store/storageFailure';

/** Below this the database soon cannot grow; refuse to start rather than fail at the first save. */
export const MIN_FREE_BYTES = Number(process.env.SUNSHINE_MIN_FREE_MB ?? 32) * 1024 * 1024;

/** A start-up problem the operator can fix; its message says what the data directory needs, in Chinese. */
export class DataDirectoryProblem extends Error {
  override name = 'DataDirectoryProblem';
}

const errno = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';

/**
 * Checks, before the database is opened, that the data directory exists (or
 * can be made), is a directory, has room and takes writes: otherwise the
 * gateway would crash on a raw SqliteError or answer "系统繁忙" to everyone.
 */
export function checkDataDirectory(dir: string): void {
  const needs = `数据目录 ${dir} 必须存在（或能被创建）、可写，并至少有 ${Math.round(MIN_FREE_BYTES / 1024 / 1024)} MB 可用空间。`;
  try {
    makeDirectorySync(dir);
  } catch (error) {
    throw new DataDirectoryProblem(`无法创建数据目录 ${dir}（${explain(error)}）。${needs}`);
  }
  if (!statSync(dir).isDirectory()) throw new DataDirectoryProblem(`${dir} 不是目录。${needs}`);
  const { bavail, bsize } = statfsSync(dir);
  const free = bavail * bsize;
  if (free < MIN_FREE_BYTES) {
    throw new DataDirectoryProblem(`数据目录 ${dir} 所在磁盘空间不足：只剩 ${(free / 1024 / 1024).toFixed(1)} MB。请清理磁盘或换一个目录（SUNSHINE_DATA_DIR）。${needs}`);
  }
  const probe = join(dir, `.write-check-${process.pid}`);
  try {
    const fd = openSync(probe, 'w');
    try {
      writeSync(fd, 'ok');
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new DataDirectoryProblem(`数据目录 ${dir} 不可写（${explain(error)}）。${needs}`);
  } finally {
    rmSync(probe, { force: true });
  }
}

function explain(error: unknown): string {
  switch (errno(error)) {
    case 'EROFS':
      return '所在文件系统是只读的';
    case 'EACCES':
    case 'EPERM':
      return '当前用户没有写权限';
    case 'ENOSPC':
    case 'EDQUOT':
      return '磁盘空间已满';
    case 'ENOTDIR':
      return '路径中有一段不是目录';
    default:
      return `系统错误 ${errno(error)}`;
  }
}

/**
 * For a command's top level: the sentence to print (no stack trace) when
 * start-up failed for a reason the operator can fix, or null for a bug.
 */
export function startupProblemMessage(error: unknown, dir: string): string | null {
  if (error instanceof DataDirectoryProblem) return error.message;
  const storage = storageFailure(error);
  return storage ? `无法打开数据目录 ${dir} 中的数据库：${storage.message}` : null;
}
