import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { CLOUD_FUNCTIONS } from '../../src/functions';
import { createGateway } from '../../src/gateway/server';
import type { TRuntime } from '../../src/runtime/runtime';

/** A real gateway on a free loopback port. */
export async function startGateway(runtime: TRuntime, apps: Record<string, string> = {}): Promise<{ baseUrl: string; server: Server }> {
  const server = createGateway({ runtime, functions: CLOUD_FUNCTIONS, apps });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/**
 * A tiny HTTP client that keeps the gateway's WeChat cookie and, like a
 * browser on the gateway's own pages, names the gateway as its Origin.
 */
export function browserLikeClient(baseUrl: string) {
  let cookie = '';
  return async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(baseUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl, ...(cookie ? { cookie } : {}), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0];
    return { status: response.status, json: (await response.json()) as any };
  };
}
