import { randomUUID } from 'node:crypto';
import { hotlineRetryDelayMs } from '@sunshine/shared';
import type { TResidentMessage } from '../../notify/Notifier';
import type { Transaction } from '../../store/DocumentStore';
import type { TNoticeOutboxDoc } from '../../store/documents';
import { DEFAULT_LEASE_MS, dueOutboxEntries, pendingOutboxFields } from '../outbox';
import { integrationsOf } from '../integrations';
import type { TServiceContext } from '../serviceContext';
import { startBackgroundLoop } from '../backgroundLoop';

/**
 * A notice to a resident, written in the transaction of the change it
 * announces: the in-app inbox message itself, and an outbox entry from which
 * the worker sends it on the channels outside (WeChat subscription messages).
 * A crash after the commit loses nothing; the stable message id makes a
 * repeated event leave one of each.
 */
export async function recordResidentNotice(tx: Transaction, ctx: TServiceContext, message: TResidentMessage): Promise<void> {
  if (!(await tx.get('notifications', message.id))) {
    await tx.create('notifications', {
      _id: message.id,
      residentKey: message.residentKey,
      title: message.title,
      body: message.body,
      orderId: message.orderId,
      feedbackId: message.feedbackId,
      createdAt: message.at,
      readAt: null,
    });
  }
  const entryId = `notice:${message.id}`;
  if (await tx.get('outbox', entryId)) return;
  const at = ctx.systemNow().toISOString();
  const entry: TNoticeOutboxDoc = {
    _id: entryId,
    kind: 'notice',
    message,
    ...pendingOutboxFields(at),
  };
  await tx.create('outbox', entry);
}

export interface TNoticeDeliveryOptions {
  workerId?: string;
  limit?: number;
  leaseMs?: number;
}

export interface TNoticeDeliveryResult {
  delivered: string[];
  failed: { id: string; error: string }[];
}

/**
 * One pass of the notice worker: claims due notices under a lease, sends each
 * on every channel outside, and marks it delivered or schedules a retry. A
 * worker that dies holding a claim leaves the notice due again when its lease ends.
 */
export async function deliverResidentNotices(ctx: TServiceContext, options: TNoticeDeliveryOptions = {}): Promise<TNoticeDeliveryResult> {
  const workerId = options.workerId ?? randomUUID();
  const due = await dueOutboxEntries(ctx, 'notice', options.limit ?? 50);
  const result: TNoticeDeliveryResult = { delivered: [], failed: [] };
  for (const candidate of due) {
    const claimed = await claimNotice(ctx, candidate._id, `${workerId}:${randomUUID()}`, options.leaseMs ?? DEFAULT_LEASE_MS);
    if (!claimed) continue;
    try {
      for (const notifier of integrationsOf(ctx).notifiers) await notifier.notify(claimed.message);
      await settle(ctx, claimed, null);
      result.delivered.push(claimed.message.id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await settle(ctx, claimed, message);
      result.failed.push({ id: claimed.message.id, error: message });
    }
  }
  return result;
}

async function claimNotice(ctx: TServiceContext, id: string, claimedBy: string, leaseMs: number): Promise<TNoticeOutboxDoc | null> {
  const now = ctx.systemNow();
  return ctx.store.transaction(async (tx) => {
    const entry = await tx.get('outbox', id);
    if (!entry || entry.kind !== 'notice' || entry.state !== 'pending' || entry.nextAttemptAt > now.toISOString()) return null;
    const claimed: TNoticeOutboxDoc = { ...entry, claimedBy, nextAttemptAt: new Date(now.getTime() + leaseMs).toISOString() };
    await tx.set('outbox', claimed);
    return claimed;
  });
}

/** Delivered, or retried later with a growing delay; unless another worker took the notice over meanwhile. */
async function settle(ctx: TServiceContext, claimed: TNoticeOutboxDoc, error: string | null): Promise<void> {
  const now = ctx.systemNow();
  await ctx.store.transaction(async (tx) => {
    const entry = await tx.get('outbox', claimed._id);
    if (!entry || entry.kind !== 'notice' || entry.state === 'delivered' || entry.claimedBy !== claimed.claimedBy) return;
    const attempts = entry.attempts + 1;
    await tx.set(
      'outbox',
      error === null
        ? { ...entry, state: 'delivered', attempts, claimedBy: null, lastError: null, deliveredAt: now.toISOString() }
        : { ...entry, attempts, claimedBy: null, lastError: error, nextAttemptAt: new Date(now.getTime() + hotlineRetryDelayMs(attempts)).toISOString() },
    );
  });
}

/** The notice loop of the local gateway; in CloudBase the timer-triggered `hotlineDispatch` runs the same pass. */
export function startNoticeWorker(ctx: TServiceContext, options: TNoticeDeliveryOptions & { intervalMs?: number } = {}): { stop(): Promise<void> } {
  return startBackgroundLoop('notices', () => deliverResidentNotices(ctx, options), options.intervalMs ?? 2_000);
}
