import { AppError } from '@sunshine/shared';

const MAX_ATTEMPTS = 30;

/** Random, growing pause before a retry, so contenders do not collide again in lockstep. */
const backoff = (attempt: number) => new Promise((r) => setTimeout(r, Math.random() * 2 ** Math.min(attempt, 7)));

/**
 * Runs an optimistic transaction attempt again while it loses to a
 * concurrent writer, and gives up with CONFLICT after a bounded number of
 * attempts. Any other error ends it at once.
 */
export async function retryConflicts<R>(attempt: () => Promise<R>, isConflict: (error: unknown) => boolean): Promise<R> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isConflict(error)) throw error;
      if (n >= MAX_ATTEMPTS) throw new AppError('CONFLICT', { cause: error });
      await backoff(n);
    }
  }
}
