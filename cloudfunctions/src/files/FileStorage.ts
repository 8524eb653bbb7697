/**
 * Where uploaded bytes live (attachments, list files being imported). Keys
 * are paths made by the services ("attachments/<sha256>"), never by a user.
 * Locally a directory under the data directory; on CloudBase its storage.
 */
export interface FileStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  /** null when there is no such file. */
  get(key: string): Promise<Buffer | null>;
  remove(key: string): Promise<void>;
}

export function assertStorageKey(key: string): void {
  if (!/^[a-z]+(\/[A-Za-z0-9_.-]+)+$/.test(key) || key.includes('..')) throw new Error(`invalid storage key: ${key}`);
}
