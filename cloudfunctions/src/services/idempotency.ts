import { createHash } from 'node:crypto';
import { AppError } from '@sunshine/shared';
import type { Transaction } from '../store/DocumentStore';
import type { DocumentStore } from '../store/DocumentStore';

/**
 * Idempotent creates. The client makes one key per form or click and sends
 * it again on a retry (a timeout, a double tap); the key, its actor and the
 * kind of request name one outcome:
 *
 * - `requestScopedId` turns them into the id of what is created, so even two
 *   racing requests make one document (the second `create` fails and retries);
 * - `once` remembers, in the same transaction, what the request made and a
 *   fingerprint of what it asked for: a repeat is answered from the current
 *   state of what it made, and the key reused for other content is refused
 *   with REQUEST_ID_REUSED rather than silently answered with the first result.
 */
export interface TRequestKey {
  /** The kind of create: 'feedback.submit', 'attachment.upload', … */
  scope: string;
  /** Who asks: the admin's id or the resident's pseudonym; keys of different people never meet. */
  actor: string;
  requestId: string;
}

const digest = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('base64url');

/** The id of what a request creates: the same request always names the same document. */
export const requestScopedId = (prefix: string, key: TRequestKey, length = 22) => `${prefix}${digest(key.scope, key.actor, key.requestId).slice(0, length)}`;

const recordIdOf = (key: TRequestKey) => `rk_${digest('request', key.scope, key.actor, key.requestId).slice(0, 32)}`;

/** Same order of keys whatever order the client sent them in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([k, v]) => k !== 'requestId' && v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** Salted with the request id, which is stored nowhere, so the hash says nothing about the content to a reader of the database. */
const fingerprintOf = (key: TRequestKey, content: unknown) => digest('content', key.requestId, JSON.stringify(canonical(content)));

export interface TOnceSteps<T> {
  /** Makes the change; answers the id of what it made (for the replay) and the result. */
  run(): Promise<{ targetId: string; result: T }>;
  /** The answer to a repeat of a request that already ran. */
  replay(targetId: string): Promise<T>;
}

export async function once<T>(tx: Transaction, key: TRequestKey, content: unknown, at: Date, steps: TOnceSteps<T>): Promise<T> {
  const id = recordIdOf(key);
  const fingerprint = fingerprintOf(key, content);
  const done = await tx.get('requestKeys', id);
  if (done) {
    if (done.fingerprint !== fingerprint) throw new AppError('REQUEST_ID_REUSED');
    return steps.replay(done.targetId);
  }
  const { targetId, result } = await steps.run();
  await tx.create('requestKeys', { _id: id, scope: key.scope, targetId, fingerprint, createdAt: at.toISOString() });
  return result;
}

/** Whether the request already ran, to skip work done before its transaction (writing an upload's bytes). */
export async function alreadyRan(store: DocumentStore, key: TRequestKey): Promise<boolean> {
  return (await store.get('requestKeys', recordIdOf(key))) !== null;
}
