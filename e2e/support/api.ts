import { defineClient, type TActionRef, type TRefInput, type TRefOutput } from '@sunshine/shared';
import type { ZodType } from 'zod';
import { DEMO_PASSWORD } from './console';

/**
 * Cloud function calls from a test, to put a case into the state a screen is
 * about: an admin signed in by name, or a resident whose simulated WeChat
 * identity (the gateway's cookie) is kept between calls.
 */
type TContractAction = TActionRef<any, any> | { fn: string; action: string; input: ZodType; output: ZodType };

export interface TCaller {
  /** Typed by the contract: `call(disclosureContract.submit, { id })` answers the submitted view. */
  call<R extends TContractAction>(action: R, input: TRefInput<R>): Promise<TRefOutput<R>>;
  call<T = any>(fn: string, action: string, input?: unknown): Promise<T>;
}

/** The shared typed client over one way of sending; a failed answer throws with its message, as set-up steps want. */
function callerOver(send: (fn: string, action: string, input: unknown) => Promise<any>): TCaller {
  const client = defineClient(async (fn, action, input) => ({ ok: true, data: await send(fn, action, input) }));
  return {
    call: (async (first: string | TContractAction, second?: unknown, third?: unknown) => {
      if (typeof first !== 'string') return ((await client.call(first, second)) as { data: unknown }).data;
      return send(first, second as string, third ?? {});
    }) as TCaller['call'],
  };
}

/** Sent as the platform's own pages send it: JSON, from the gateway's origin (the gateway refuses cross-site calls). */
async function post(baseUrl: string, fn: string, action: string, input: unknown, headers: Record<string, string>) {
  const response = await fetch(`${baseUrl}/api/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: baseUrl, ...headers }, body: JSON.stringify({ action, input }) });
  const result = (await response.json()) as { ok: true; data: any } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${fn}.${action}: ${result.error.message}`);
  return { data: result.data, cookie: response.headers.get('set-cookie') };
}

export async function adminCaller(baseUrl: () => string, username: string): Promise<TCaller> {
  const { data } = await post(baseUrl(), 'adminAuth', 'signIn', { username, password: DEMO_PASSWORD }, {});
  const authorization = `Bearer ${data.token}`;
  return callerOver(async (fn, action, input) => (await post(baseUrl(), fn, action, input, { authorization })).data);
}

export function residentCaller(baseUrl: () => string): TCaller {
  let cookie = '';
  return callerOver(async (fn, action, input) => {
    const answer = await post(baseUrl(), fn, action, input, cookie ? { cookie } : {});
    if (answer.cookie) cookie = answer.cookie.split(';')[0];
    return answer.data;
  });
}
