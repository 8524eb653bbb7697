import Taro from '@tarojs/taro';
import type { TActionRef, TRefInput, TRefOutput } from '@sunshine/shared';
// errors.ts is plain data; the package index would pull zod into the bundle.
import { ERROR_MESSAGES, type TErrorCode, type TFieldIssue, type TResult } from '@sunshine/shared/model';

/** CloudBase environment of the WeChat build. */
const CLOUD_ENV_ID = 'sunshine-prod';

const NETWORK_MESSAGE = '网络不太好，请检查网络后重试';

/** The server's codes, plus one for answers that never arrived. */
export type TClientErrorCode = TErrorCode | 'NETWORK';

/** A failed call; `message` is Chinese and meant to be shown as is. */
export class CloudError extends Error {
  readonly code: TClientErrorCode;
  readonly issues?: TFieldIssue[];

  constructor(code: TClientErrorCode, message: string, issues?: TFieldIssue[]) {
    super(message);
    this.name = 'CloudError';
    this.code = code;
    this.issues = issues;
  }
}

/** Turns anything thrown by a call into something the page can show. */
export function toCloudError(e: unknown): CloudError {
  if (e instanceof CloudError) return e;
  return new CloudError('INTERNAL', ERROR_MESSAGES.INTERNAL);
}

export function initCloud(): void {
  if (process.env.TARO_ENV === 'weapp') {
    Taro.cloud.init({ env: CLOUD_ENV_ID, traceUser: true });
  }
}

/** Calls a contract action by its zod-free address; input and answer are typed by the contract (`import type` only). */
export function callAction<R extends TActionRef<any, any>>(ref: R, input: TRefInput<R>): Promise<TRefOutput<R>> {
  return callFunction(ref.fn, ref.action, input);
}

/**
 * Calls one action of one function: through wx.cloud in WeChat, through the
 * HTTP gateway (`/api/<name>`, session cookie) in the browser.
 */
export async function callFunction<T>(name: string, action: string, input: unknown): Promise<T> {
  const envelope = asEnvelope<T>(await transport(name, action, input));
  if (envelope.ok) return envelope.data;
  throw new CloudError(envelope.error.code, envelope.error.message, envelope.error.issues);
}

async function viaCloud(name: string, action: string, input: unknown): Promise<unknown> {
  try {
    const res = await Taro.cloud.callFunction({ name, data: { action, input } });
    return res.result;
  } catch (e) {
    // wx.cloud rejects only when the call did not complete (offline, timeout, quota).
    console.error(`callFunction ${name}.${action} failed`, e);
    throw new CloudError('NETWORK', NETWORK_MESSAGE);
  }
}

async function viaHttp(name: string, action: string, input: unknown): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'include',
      body: JSON.stringify({ action, input }),
    });
  } catch (e) {
    console.error(`POST /api/${name} ${action} failed`, e);
    throw new CloudError('NETWORK', NETWORK_MESSAGE);
  }
  // Error envelopes come with 4xx/5xx statuses, so the body is read whatever the status.
  try {
    return await res.json();
  } catch {
    return null;
  }
}

// Chosen outside any async function: Babel turns those into state machines
// where the build can no longer drop the other platform's branch.
const transport = process.env.TARO_ENV === 'weapp' ? viaCloud : viaHttp;

function asEnvelope<T>(answer: unknown): TResult<T> {
  if (typeof answer === 'object' && answer !== null && 'ok' in answer) {
    const envelope = answer as TResult<T>;
    if (envelope.ok || (typeof envelope.error?.code === 'string' && typeof envelope.error.message === 'string')) {
      return envelope;
    }
  }
  return { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } };
}
