import type { TServiceContext } from '../services/serviceContext';

/**
 * Test-only: SUNSHINE_CLOCK_OFFSET_DAYS moves the domain clock of a local
 * gateway by whole days, so browser tests can let a deadline pass (restart
 * the gateway on the same data directory with a later offset). The system
 * clock stays real: 12345 checks our signatures against its own time, and
 * leases and retries must wait real minutes. Never read by deployed functions.
 */
export function applyClockOffset(ctx: Pick<TServiceContext, 'now'>, env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.SUNSHINE_CLOCK_OFFSET_DAYS ?? 0);
  if (!Number.isFinite(days) || days === 0) return 0;
  const offsetMs = days * 86_400_000;
  const domainBase = ctx.now;
  ctx.now = () => new Date(domainBase().getTime() + offsetMs);
  return days;
}
