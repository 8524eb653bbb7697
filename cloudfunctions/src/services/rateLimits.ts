import { AppError, RATE_LIMITS, rateLimitMessage, rateLimitStep, type TRateLimitedAction, type TRateScope } from '@sunshine/shared';
import { alreadyRan, type TRequestKey } from './idempotency';
import type { TServiceContext } from './serviceContext';

/**
 * Counts one resident create against the shared rules, before the work is
 * done. The counters are documents updated in one transaction, so parallel
 * requests and separate function instances count against the same numbers;
 * a refused attempt writes nothing.
 */
export async function countAttempt(ctx: TServiceContext, action: TRateLimitedAction, subjects: Partial<Record<TRateScope, string>>): Promise<void> {
  const rules = RATE_LIMITS[action];
  const now = ctx.now();
  await ctx.store.transaction(async (tx) => {
    const writes = [];
    let wait = 0;
    for (const [scope, subject] of Object.entries(subjects) as [TRateScope, string][]) {
      const rule = rules[scope];
      if (!rule || !subject) continue;
      const id = `${action}:${scope}:${subject}`;
      const step = rateLimitStep(rule, await tx.get('rateCounters', id), now);
      if (!step.allowed) wait = Math.max(wait, step.retryAfterMinutes);
      else writes.push({ _id: id, action, scope, ...step.next, updatedAt: now.toISOString() });
    }
    if (wait > 0) throw new AppError('RATE_LIMITED', { message: rateLimitMessage(wait) });
    for (const doc of writes) await tx.set('rateCounters', doc);
  });
}

/** The same, except that a retry of a request that already ran is answered from what it made, not counted again. */
export async function countNewRequest(ctx: TServiceContext, request: TRequestKey, action: TRateLimitedAction, subjects: Partial<Record<TRateScope, string>>): Promise<void> {
  if (!(await alreadyRan(ctx.store, request))) await countAttempt(ctx, action, subjects);
}
