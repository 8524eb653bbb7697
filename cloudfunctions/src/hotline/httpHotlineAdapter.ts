import type { HotlineAdapter, THotlineFiling } from './HotlineAdapter';
import { signedHeaders } from './signature';

export interface THttpHotlineOptions {
  baseUrl: string;
  appId: string;
  secret: string;
  timeoutMs: number;
  now?: () => Date;
}

/**
 * The hotline's HTTP interface: POST {base}/orders, signed with our key,
 * carrying the idempotency key so a retry after a lost answer files nothing
 * new. Anything but a 2xx with an order number is a failure to retry.
 */
export class HttpHotlineAdapter implements HotlineAdapter {
  constructor(private readonly options: THttpHotlineOptions) {}

  async fileOrder(filing: THotlineFiling): Promise<{ hotlineOrderNo: string }> {
    const body = JSON.stringify(filing);
    const now = this.options.now?.() ?? new Date();
    let response: Response;
    try {
      response = await fetch(new URL('orders', this.options.baseUrl.replace(/\/?$/, '/')), {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'x-hotline-app-id': this.options.appId,
          'idempotency-key': filing.idempotencyKey,
          ...signedHeaders(this.options.secret, body, now),
        },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      const reason = (error as { name?: unknown } | null)?.name === 'TimeoutError' ? `超时（${this.options.timeoutMs} ms）` : describe(error);
      throw new Error(`12345 接口无法连接：${reason}`);
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) throw new Error(`12345 接口返回 HTTP ${response.status}：${text.slice(0, 200)}`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error('12345 接口的答复不是有效的 JSON');
    }
    const orderNo = (parsed as { orderNo?: unknown }).orderNo;
    if (typeof orderNo !== 'string' || !orderNo) throw new Error('12345 接口的答复缺少工单号');
    return { hotlineOrderNo: orderNo };
  }
}

function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  return [error instanceof Error ? error.message : String(error), cause].filter(Boolean).join(': ');
}
