import { randomUUID } from 'node:crypto';
import { HOTLINE_STUCK_AFTER_FAILURES, HOTLINE_TYPE_NAMES, hotlineRetryDelayMs } from '@sunshine/shared';
import type { THotlineFiling } from '../../hotline/HotlineAdapter';
import type { THotlineOrderDoc, THotlineOutboxDoc } from '../../store/documents';
import { integrationsOf } from '../integrations';
import type { TServiceContext } from '../serviceContext';
import { startBackgroundLoop } from '../backgroundLoop';
import { DEFAULT_LEASE_MS, dueOutboxEntries } from '../outbox';

export interface TDispatchOptions {
  /** Names this worker in its claims; a fresh one per run is fine. */
  workerId?: string;
  limit?: number;
  leaseMs?: number;
}

export interface TDispatchResult {
  delivered: string[];
  failed: { orderId: string; error: string }[];
}

const filingOf = (order: THotlineOrderDoc): THotlineFiling => ({
  idempotencyKey: order._id,
  type: order.type,
  typeName: HOTLINE_TYPE_NAMES[order.type],
  content: order.content,
  contactPhone: order.contactPhone,
  villageCode: order.villageCode,
  villageName: order.villageName,
  filedAt: order.createdAt,
});

/**
 * One pass of the delivery worker: claims the outbox entries that are due,
 * sends each order to the hotline under its idempotency key, and records
 * the outcome on the entry and the order. A failed attempt is retried
 * later with a growing delay; a claim whose worker died runs out with its
 * lease and is picked up again by the next pass.
 */
export async function dispatchHotlineOrders(ctx: TServiceContext, options: TDispatchOptions = {}): Promise<TDispatchResult> {
  const workerId = options.workerId ?? randomUUID();
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const due = await dueOutboxEntries(ctx, 'hotline.file', options.limit ?? 50);
  const result: TDispatchResult = { delivered: [], failed: [] };
  for (const candidate of due) {
    const claim = await claimEntry(ctx, candidate._id, `${workerId}:${randomUUID()}`, leaseMs);
    if (!claim) continue;
    try {
      const { hotlineOrderNo } = await integrationsOf(ctx).hotline.fileOrder(filingOf(claim.order));
      await recordDelivered(ctx, claim.entry, hotlineOrderNo);
      result.delivered.push(claim.order._id);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await recordFailure(ctx, claim.entry, message);
      result.failed.push({ orderId: claim.order._id, error: message });
    }
  }
  return result;
}

async function claimEntry(ctx: TServiceContext, id: string, claimedBy: string, leaseMs: number) {
  const now = ctx.systemNow();
  return ctx.store.transaction(async (tx) => {
    const entry = await tx.get('outbox', id);
    if (!entry || entry.kind !== 'hotline.file' || entry.state !== 'pending' || entry.nextAttemptAt > now.toISOString()) return null;
    const order = await tx.get('hotlineOrders', entry.orderId);
    if (!order) return null;
    const claimed: THotlineOutboxDoc = { ...entry, claimedBy, nextAttemptAt: new Date(now.getTime() + leaseMs).toISOString() };
    await tx.set('outbox', claimed);
    return { entry: claimed, order };
  });
}

/** The hotline has the order. Its status may already be ahead (a callback can beat us here), so only 待转交 moves. */
async function recordDelivered(ctx: TServiceContext, claimed: THotlineOutboxDoc, hotlineOrderNo: string): Promise<void> {
  const now = ctx.now().toISOString();
  const deliveredAt = ctx.systemNow().toISOString();
  await ctx.store.transaction(async (tx) => {
    const entry = await tx.get('outbox', claimed._id);
    const order = await tx.get('hotlineOrders', claimed.orderId);
    if (!entry || entry.kind !== 'hotline.file' || !order || entry.state === 'delivered') return;
    await tx.set('outbox', { ...entry, state: 'delivered', attempts: entry.attempts + 1, claimedBy: null, lastError: null, deliveredAt });
    await tx.set('hotlineOrders', {
      ...order,
      status: order.status === 'queued' ? 'forwarded' : order.status,
      deliveryState: 'delivered',
      hotlineOrderNo,
      lastError: null,
      nextAttemptAt: null,
      updatedAt: now,
      timeline: withForwarded(order.timeline, now, `已转交12345热线，热线工单号 ${hotlineOrderNo}。`),
    });
  });
}

/**
 * 已转交 goes before the hotline's own statuses: when its first answer was
 * lost, its callbacks (受理…办结) can reach us before our retry learns the
 * number, yet the hotline had the order from the first of them on.
 */
function withForwarded(timeline: THotlineOrderDoc['timeline'], now: string, text: string): THotlineOrderDoc['timeline'] {
  const firstFromHotline = timeline.findIndex((e) => e.eventId);
  if (firstFromHotline < 0) return [...timeline, { at: now, status: 'forwarded', text }];
  const at = timeline[firstFromHotline].at < now ? timeline[firstFromHotline].at : now;
  return [...timeline.slice(0, firstFromHotline), { at, status: 'forwarded', text }, ...timeline.slice(firstFromHotline)];
}

/** Counts the failure and sets the next attempt, unless another worker took the entry over meanwhile. */
async function recordFailure(ctx: TServiceContext, claimed: THotlineOutboxDoc, message: string): Promise<void> {
  const now = ctx.systemNow();
  await ctx.store.transaction(async (tx) => {
    const entry = await tx.get('outbox', claimed._id);
    const order = await tx.get('hotlineOrders', claimed.orderId);
    if (!entry || entry.kind !== 'hotline.file' || !order || entry.state === 'delivered' || entry.claimedBy !== claimed.claimedBy) return;
    const attempts = entry.attempts + 1;
    const failureCount = order.failureCount + 1;
    const stuckNow = failureCount >= HOTLINE_STUCK_AFTER_FAILURES && (!order.overdueAt || order.overdueAt > now.toISOString());
    const nextAttemptAt = new Date(now.getTime() + hotlineRetryDelayMs(attempts)).toISOString();
    await tx.set('outbox', { ...entry, attempts, nextAttemptAt, claimedBy: null, lastError: message });
    await tx.set('hotlineOrders', {
      ...order,
      deliveryState: 'retrying',
      failureCount,
      lastError: message,
      nextAttemptAt,
      ...(stuckNow ? { overdueAt: now.toISOString() } : {}),
      updatedAt: ctx.now().toISOString(),
    });
  });
}

/** The delivery loop of the local gateway; in CloudBase the timer-triggered `hotlineDispatch` runs the same pass. */
export function startHotlineWorker(ctx: TServiceContext, intervalMs = 2_000): { stop(): Promise<void> } {
  return startBackgroundLoop('hotline', () => dispatchHotlineOrders(ctx), intervalMs);
}
