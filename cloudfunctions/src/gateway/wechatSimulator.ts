import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const COOKIE = 'sunshine_wx';
/** `local-` + 12 random bytes, a dot, the HMAC-SHA256 signature: both base64url, nothing before or after. */
const COOKIE_VALUE = /^(local-[A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/;

/** Whether the request carries an identity cookie at all, valid or not. */
export const carriesIdentityCookie = (req: IncomingMessage): boolean =>
  (req.headers.cookie ?? '').split(/;\s*/).some((c) => c.startsWith(`${COOKIE}=`));

/**
 * Plays WeChat's part on a developer's machine: each browser gets a stable
 * pretend openid in a signed, HttpOnly cookie, the way WeChat attaches the
 * user's openid to every cloud call. Nothing in a request body can set it.
 * Only requests that passed refuseForeignRequest get here, so a cookie is
 * issued (or an unverifiable one replaced) only for the gateway's own pages
 * and for cookie-less non-browser clients.
 */
export class WechatSimulator {
  constructor(private readonly secret: Buffer) {}

  openidFor(req: IncomingMessage, res: ServerResponse): string {
    const existing = this.readCookie(req);
    if (existing) return existing;
    const openid = `local-${randomBytes(12).toString('base64url')}`;
    res.appendHeader('set-cookie', `${COOKIE}=${openid}.${this.sign(openid)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000`);
    return openid;
  }

  private readCookie(req: IncomingMessage): string | null {
    const raw = (req.headers.cookie ?? '').split(/;\s*/).find((c) => c.startsWith(`${COOKIE}=`));
    const match = COOKIE_VALUE.exec(raw?.slice(COOKIE.length + 1) ?? '');
    if (!match) return null;
    const [, openid, signature] = match;
    const expected = Buffer.from(this.sign(openid));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given) ? openid : null;
  }

  private sign(openid: string): string {
    return createHmac('sha256', this.secret).update(`wx:${openid}`).digest('base64url');
  }
}
