import { existsSync, mkdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/*
 * mkdir -p that reports the real reason: Node's recursive mkdir answers a
 * read-only or forbidden parent with ENOENT, which would hide "the disk is
 * read-only" (STORAGE_READONLY, or the start-up check's sentence) behind an
 * unexplained failure. On ENOENT, a plain mkdir of the topmost missing
 * directory throws the true error.
 */

const topmostMissing = (path: string) => {
  let missing = path;
  while (!existsSync(dirname(missing)) && dirname(missing) !== missing) missing = dirname(missing);
  return missing;
};
const isEnoent = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

export async function makeDirectory(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    if (!isEnoent(error)) throw error;
    await mkdir(topmostMissing(path));
    throw error;
  }
}

export function makeDirectorySync(path: string): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    if (!isEnoent(error)) throw error;
    mkdirSync(topmostMissing(path));
    throw error;
  }
}
