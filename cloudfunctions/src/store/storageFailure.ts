import { AppError, type TErrorCode } from '@sunshine/shared';

/** SQLite's result codes (better-sqlite3 puts them, extended, on `code`) and the OS's errno names. */
const BY_CODE: [RegExp, TErrorCode][] = [
  [/^(SQLITE_FULL|ENOSPC|EDQUOT)$/, 'STORAGE_FULL'],
  [/^(SQLITE_READONLY(_\w+)?|EROFS|EACCES|EPERM)$/, 'STORAGE_READONLY'],
  [/^(SQLITE_IOERR(_\w+)?|SQLITE_CANTOPEN(_\w+)?|EIO)$/, 'STORAGE_UNAVAILABLE'],
];

/**
 * The typed error for a failure of the storage under the platform — the disk
 * is full, the data directory became read-only, the disk fails — so that a
 * person reads what is wrong and whom to tell instead of "系统繁忙", and the
 * operator finds the cause in the log. Looks through `cause` chains, since
 * the store or a file write may wrap the original error. Null for anything else.
 */
export function storageFailure(error: unknown): AppError | null {
  for (let current: unknown = error, depth = 0; current && depth < 5; current = (current as Error).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    const match = BY_CODE.find(([pattern]) => pattern.test(code));
    if (match) return new AppError(match[1], { cause: error });
  }
  return null;
}
