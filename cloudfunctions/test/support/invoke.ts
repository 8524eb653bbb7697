import type { TResult } from '@sunshine/shared';
import type { TCloudFunction, THttpResponse } from '../../src/functions/defineFunction';
import type { THttpEvent } from '../../src/functions/invocation';
import { LOCAL_WX_CONTEXT } from '../../src/runtime/identity';
import type { TRuntime } from '../../src/runtime/runtime';

/** Calls a function the way CloudBase's HTTP access does, as the console would. */
export async function callHttp<T = any>(
  runtime: TRuntime,
  fn: TCloudFunction,
  action: string,
  input: unknown,
  token?: string,
): Promise<TResult<T> & { status: number }> {
  const event: THttpEvent = {
    path: `/api/${fn.name}`,
    httpMethod: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: JSON.stringify({ action, input }),
    isBase64Encoded: false,
  };
  const response = (await fn.handle(event, {}, runtime)) as THttpResponse;
  return { ...JSON.parse(response.body), status: response.statusCode };
}

/** Calls a function the way the mini-program's callFunction does, with WeChat's context. */
export async function callAsResident<T = any>(
  runtime: TRuntime,
  fn: TCloudFunction,
  event: unknown,
  openid: string | null,
): Promise<TResult<T>> {
  const context = openid ? { [LOCAL_WX_CONTEXT]: { OPENID: openid } } : {};
  return (await fn.handle(event, context, runtime)) as TResult<T>;
}

export function dataOf<T>(result: TResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

let requestSeq = 0;
/** A fresh client request key, as a form makes one. */
export const freshRequestId = () => `test-${process.pid}-${++requestSeq}-${Date.now().toString(36)}`;

/** The input with a fresh request key unless it names one (creates need one; other actions ignore it). */
export const withRequestId = (input: unknown) => ({ requestId: freshRequestId(), ...(input as object) });
