import { AppError, isAppError, parseInput, ZHotlineStatusUpdate, type TAppErrorBody } from '@sunshine/shared';
import { checkSignature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../hotline/signature';
import { applyHotlineUpdate } from '../services/hotline/hotlineCallback';
import type { TCloudFunction, THttpResponse } from './defineFunction';
import { HTTP_STATUS } from './httpStatus';
import { isHttpEvent } from './invocation';

const json = (statusCode: number, body: unknown): THttpResponse => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  body: JSON.stringify(body),
});

const failure = (error: AppError): THttpResponse => json(HTTP_STATUS[error.code], { ok: false, error: error.toBody() satisfies TAppErrorBody });

/**
 * The hotline's status callbacks. Public, so the signature is the gate: an
 * HMAC over the raw body and a fresh timestamp, checked before the body is
 * even parsed. A repeated or late update is answered 200 (so the hotline
 * stops resending) and changes nothing.
 */
export const hotlineCallbackFunction: TCloudFunction = {
  name: 'hotlineCallback',
  actions: {},
  async handle(event, _context, runtime) {
    if (!isHttpEvent(event) || event.httpMethod !== 'POST') return failure(new AppError('INVALID_INPUT', { message: '请使用 POST 请求' }));
    const ctx = runtime.services;
    const secret = ctx.config.SUNSHINE_HOTLINE_CALLBACK_SECRET;
    if (!secret) {
      console.error('[hotlineCallback] SUNSHINE_HOTLINE_CALLBACK_SECRET is not set; refusing every callback');
      return failure(new AppError('INTERNAL'));
    }
    const raw = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body) : '';
    const header = (name: string) => Object.entries(event.headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1];
    const check = checkSignature(secret, raw, header(TIMESTAMP_HEADER), header(SIGNATURE_HEADER), ctx.systemNow());
    if (check !== 'valid') {
      const reason = { missing: '缺少签名', stale: '时间戳过期', mismatch: '签名不正确' }[check];
      return failure(new AppError('UNAUTHENTICATED', { message: `回调验签失败：${reason}` }));
    }
    try {
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        throw new AppError('INVALID_INPUT', { message: '请求内容不是有效的 JSON' });
      }
      const result = await applyHotlineUpdate(ctx, parseInput(ZHotlineStatusUpdate, body));
      return json(200, { ok: true, data: { result } });
    } catch (error) {
      if (isAppError(error)) return failure(error);
      console.error('[hotlineCallback] unexpected error', error);
      return failure(new AppError('INTERNAL'));
    }
  },
};
