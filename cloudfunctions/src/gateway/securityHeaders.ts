/**
 * Headers on every page the gateway serves. The console and the H5 build load
 * only their own scripts (no inline ones), so script-src is 'self'; antd and
 * Taro's runtime write inline style attributes, hence style-src
 * 'unsafe-inline'. Images may be data:/blob: URLs (QR codes, attachment
 * previews). Objects only from blob: URLs: the H5 opens an attachment PDF as a
 * blob in a new tab, which inherits this policy, and Chrome shows a PDF
 * through a plugin embed that object-src governs; no other plugin content.
 * No page may be framed: clickjacking a review button must not work.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src blob:",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** For every response, JSON included. */
export const BASE_SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** For HTML documents (the apps' index.html). */
export const PAGE_SECURITY_HEADERS: Record<string, string> = {
  ...BASE_SECURITY_HEADERS,
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
};
