import { defineClient, type TActionRef, type TRefInput, type TRefOutput, type TResult } from '@sunshine/shared';
import { CLOUD_FUNCTIONS } from '../../src/functions';
import type { TCloudFunction, THttpResponse } from '../../src/functions/defineFunction';
import type { THttpEvent } from '../../src/functions/invocation';
import { LOCAL_WX_CONTEXT } from '../../src/runtime/identity';
import type { TRuntime } from '../../src/runtime/runtime';

type TContractAction = TActionRef<any, any> | { fn: string; action: string; input: import('zod').ZodType; output: import('zod').ZodType };

/**
 * Calls a function the way CloudBase's HTTP access does, as the console would.
 * Given a contract action (`callHttp(runtime, disclosureContract.create, input, token)`)
 * the input and the answer are typed by the contract; given a function and an
 * action name, untyped.
 */
export function callHttp<R extends TContractAction>(
  runtime: TRuntime,
  action: R,
  input: TRefInput<R>,
  token?: string,
): Promise<TResult<TRefOutput<R>> & { status: number }>;
export function callHttp<T = any>(runtime: TRuntime, fn: TCloudFunction, action: string, input: unknown, token?: string): Promise<TResult<T> & { status: number }>;
export function callHttp(runtime: TRuntime, fnOrAction: TCloudFunction | TContractAction, ...rest: unknown[]): Promise<TResult<unknown> & { status: number }> {
  if ('handle' in fnOrAction) return httpCall(runtime, fnOrAction, rest[0] as string, rest[1], rest[2] as string | undefined);
  return httpClient(runtime).call(fnOrAction, rest[0], rest[1] as string | undefined) as Promise<TResult<unknown> & { status: number }>;
}

/** The shared typed client over the HTTP event, with the admin's token per call; answers carry the HTTP status too. */
export const httpClient = (runtime: TRuntime) =>
  defineClient<string | undefined>((fn, action, input, token) => httpCall(runtime, functionNamed(fn), action, input, token));

/** The shared typed client over callFunction with WeChat's context, for one resident (null: no WeChat identity). */
export const residentClient = (runtime: TRuntime, openid: string | null) =>
  defineClient((fn, action, input) => callAsResident(runtime, functionNamed(fn), { action, input }, openid));

function functionNamed(name: string): TCloudFunction {
  const fn = Object.hasOwn(CLOUD_FUNCTIONS, name) ? CLOUD_FUNCTIONS[name] : undefined;
  if (!fn) throw new Error(`no cloud function named ${name}`);
  return fn;
}

async function httpCall(runtime: TRuntime, fn: TCloudFunction, action: string, input: unknown, token?: string): Promise<TResult<any> & { status: number }> {
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
