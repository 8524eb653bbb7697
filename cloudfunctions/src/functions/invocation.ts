import { AppError } from '@sunshine/shared';

/** The event CloudBase's HTTP access service hands a function. */
export interface THttpEvent {
  path: string;
  httpMethod: string;
  headers: Record<string, string | undefined>;
  queryStringParameters?: Record<string, string>;
  body: string | null;
  isBase64Encoded: boolean;
}

export interface TInvocation {
  body: unknown;
  adminToken: string | null;
  isHttp: boolean;
}

export const isHttpEvent = (event: unknown): event is THttpEvent =>
  typeof event === 'object' && event !== null && typeof (event as THttpEvent).httpMethod === 'string';

/**
 * One function answers both callers: the mini-program's callFunction, whose
 * event is the data itself, and HTTP access (the console), whose event wraps
 * a JSON body and headers. An admin token is read only from the HTTP
 * Authorization header.
 */
export function readInvocation(event: unknown): TInvocation {
  if (!isHttpEvent(event)) return { body: event, adminToken: null, isHttp: false };
  if (event.httpMethod !== 'POST') throw new AppError('INVALID_INPUT', { message: '请使用 POST 请求' });
  const raw = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body) : '{}';
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new AppError('INVALID_INPUT', { message: '请求内容不是有效的 JSON' });
  }
  const authorization = Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === 'authorization')?.[1];
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? null;
  return { body, adminToken: token, isHttp: true };
}
