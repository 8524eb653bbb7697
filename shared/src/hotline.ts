/**
 * 12345 forwarding: what a resident files, where the case stands, and the
 * rules for delivering it to a hotline we do not control.
 */
export const HOTLINE_TYPES = ['consult', 'help', 'complaint', 'report', 'suggestion'] as const;
export type THotlineType = (typeof HOTLINE_TYPES)[number];
export const HOTLINE_TYPE_NAMES: Record<THotlineType, string> = {
  consult: '咨询',
  help: '非紧急求助',
  complaint: '投诉',
  report: '举报',
  suggestion: '意见建议',
};

/** Where the case stands, as the resident reads it. */
export const HOTLINE_STATUSES = ['held', 'rejected', 'queued', 'forwarded', 'accepted', 'processing', 'closed'] as const;
export type THotlineStatus = (typeof HOTLINE_STATUSES)[number];
export const HOTLINE_STATUS_NAMES: Record<THotlineStatus, string> = {
  held: '待人工审核',
  rejected: '未通过审核',
  queued: '待转交12345',
  forwarded: '已转交12345',
  accepted: '已受理',
  processing: '办理中',
  closed: '已办结',
};

/** The statuses the hotline itself reports back (受理 → 办理中 → 办结). */
export const HOTLINE_REPORTED_STATUSES = ['accepted', 'processing', 'closed'] as const;
export type THotlineReportedStatus = (typeof HOTLINE_REPORTED_STATUSES)[number];

/** Delivery to the hotline, kept apart from the case status: staff watch this one. */
export const HOTLINE_DELIVERY_STATES = ['held', 'withdrawn', 'pending', 'retrying', 'delivered'] as const;
export type THotlineDeliveryState = (typeof HOTLINE_DELIVERY_STATES)[number];

/** After this many failed attempts in a row an order is listed as stuck for staff. */
export const HOTLINE_STUCK_AFTER_FAILURES = 3;

/** An order not with the hotline this long after it was queued is listed as stuck too, however few attempts failed. */
export const HOTLINE_OVERDUE_AFTER_MINUTES = 30;

const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 60 * 60_000;

/** Growing delay before the next attempt: 30 s, 1 min, 2 min, … capped at one hour. */
export function hotlineRetryDelayMs(failureCount: number): number {
  const exponent = Math.max(0, failureCount - 1);
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(exponent, 30));
}

/** A status update the hotline sends to our callback. */
export interface THotlineStatusUpdate {
  eventId: string;
  /** Our order id, which is also the idempotency key we filed it under. */
  externalId: string;
  hotlineOrderNo: string;
  /** Grows with every update of one order; older or equal ones are out of date. */
  sequence: number;
  status: THotlineReportedStatus;
  reply: string | null;
  occurredAt: string;
}

export type TCallbackDecision = 'apply' | 'duplicate' | 'out_of_order';

/**
 * The hotline may repeat an update or deliver it late. An update applies
 * only if its event is new and it is newer than the last one applied, so a
 * late 受理 never overwrites 办结.
 */
export function callbackDecision(
  applied: { eventIds: readonly string[]; lastSequence: number },
  update: Pick<THotlineStatusUpdate, 'eventId' | 'sequence'>,
): TCallbackDecision {
  if (applied.eventIds.includes(update.eventId)) return 'duplicate';
  if (update.sequence <= applied.lastSequence) return 'out_of_order';
  return 'apply';
}
