import { AppError } from '@sunshine/shared';
import type { IncomingMessage } from 'node:http';
import { carriesIdentityCookie } from './wechatSimulator';

/**
 * Refuses /api requests a browser could have been tricked into sending.
 *
 * The resident's identity is an ambient cookie, so a page elsewhere could post
 * a form to /api and act as the resident (same-site pages even get the
 * cookie sent along), or, cross-site, receive a fresh identity cookie that
 * replaces the resident's. A form can neither set Content-Type to
 * application/json nor hide its Origin, so:
 * - the body must be declared application/json;
 * - a present Origin must be the gateway's own;
 * - without Origin (non-browser clients: tests, curl, the hotline's
 *   callbacks) the request must carry no identity cookie, and must not
 *   say it comes from another site.
 * A request that passes is same-origin or cookie-less, so an identity cookie
 * is never issued to, nor replaced by, a cross-site request.
 */
export function refuseForeignRequest(req: IncomingMessage): void {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    if (!isOwnOrigin(origin, req.headers.host)) throw new AppError('CROSS_SITE_REQUEST');
  } else {
    const site = req.headers['sec-fetch-site'];
    if (carriesIdentityCookie(req) || site === 'cross-site' || site === 'same-site') throw new AppError('CROSS_SITE_REQUEST');
  }
  if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) {
    throw new AppError('UNSUPPORTED_CONTENT_TYPE');
  }
}

/** Scheme aside (a TLS proxy may sit in front), the Origin must name the host the request was sent to. */
function isOwnOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false;
  try {
    const { protocol, host: originHost } = new URL(origin);
    return (protocol === 'http:' || protocol === 'https:') && originHost === host.toLowerCase();
  } catch {
    // "null" (sandboxed frames, file:) and anything unparsable are foreign.
    return false;
  }
}
