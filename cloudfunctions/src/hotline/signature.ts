import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * HMAC-SHA256 over `timestamp.rawBody`, hex. Used both ways: we sign what we
 * send the hotline, and the hotline signs its callbacks with another key.
 */
export const TIMESTAMP_HEADER = 'x-hotline-timestamp';
export const SIGNATURE_HEADER = 'x-hotline-signature';
/** A callback older or newer than this is refused, so a captured one cannot be replayed later. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

export function signBody(secret: string, timestamp: string, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

export function signedHeaders(secret: string, rawBody: string, now: Date): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return { [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: signBody(secret, timestamp, rawBody) };
}

export type TSignatureCheck = 'valid' | 'missing' | 'stale' | 'mismatch';

export function checkSignature(
  secret: string,
  rawBody: string,
  timestamp: string | undefined,
  signature: string | undefined,
  now: Date,
): TSignatureCheck {
  if (!timestamp || !signature) return 'missing';
  const seconds = Number(timestamp);
  if (!/^\d{9,12}$/.test(timestamp) || Math.abs(now.getTime() - seconds * 1000) > MAX_CLOCK_SKEW_MS) return 'stale';
  // Buffer.from(…, 'hex') stops at the first non-hex character, so the exact shape is checked first.
  if (!/^[0-9a-fA-F]{64}$/.test(signature)) return 'mismatch';
  const expected = Buffer.from(signBody(secret, timestamp, rawBody), 'hex');
  const given = Buffer.from(signature, 'hex');
  return timingSafeEqual(given, expected) ? 'valid' : 'mismatch';
}
