import type { TCollections } from '../store/documents';
import type { TServiceContext } from './serviceContext';

/**
 * The outbox: work to send outside (12345 orders, notices to residents),
 * written in the transaction of the change it comes from and sent by leased,
 * retrying workers, one kind each.
 */

/**
 * How long a worker holds a claimed outbox entry (a 12345 order, a notice):
 * longer than the hotline's request timeout, so a live worker never loses its claim mid-call.
 */
export const DEFAULT_LEASE_MS = 2 * 60_000;

type TOutboxDoc = TCollections['outbox'];
type TOutboxKind = TOutboxDoc['kind'];

/** The delivery state of an entry not yet tried: due at once. */
export const pendingOutboxFields = (at: string) => ({
  state: 'pending' as const,
  attempts: 0,
  nextAttemptAt: at,
  claimedBy: null,
  lastError: null,
  createdAt: at,
  deliveredAt: null,
});

/** One worker pass's candidates: entries of its kind that are due, the longest waiting first. */
export const dueOutboxEntries = (ctx: TServiceContext, kind: TOutboxKind, limit: number) =>
  ctx.store.find('outbox', {
    where: [
      ['kind', '==', kind],
      ['state', '==', 'pending'],
      ['nextAttemptAt', '<=', ctx.systemNow().toISOString()],
    ],
    orderBy: [['nextAttemptAt', 'asc']],
    limit,
  });
