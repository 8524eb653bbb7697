/**
 * How long a worker holds a claimed outbox entry (a 12345 order, a notice):
 * longer than the hotline's request timeout, so a live worker never loses its claim mid-call.
 */
export const DEFAULT_LEASE_MS = 2 * 60_000;
