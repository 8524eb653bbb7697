import { z } from '../zodLocale';

/**
 * The client's key of one create request, made once per form (or per click)
 * and sent again unchanged on a retry: the same key twice creates once, and
 * the same key with other content is refused (REQUEST_ID_REUSED).
 */
export const ZRequestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: '请求编号格式不对' });
