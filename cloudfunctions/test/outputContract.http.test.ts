import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineContract, PUBLIC, RESIDENT, strictOutput } from '@sunshine/shared';
import { z } from 'zod';
import { CLOUD_FUNCTIONS } from '../src/functions';
import { defineFunction } from '../src/functions/defineFunction';
import { createGateway } from '../src/gateway/server';
import { openLocalRuntime } from '../src/local/localRuntime';
import type { TRuntime } from '../src/runtime/runtime';
import { browserLikeClient } from './support/gateway';

/** A test-only function whose service answers one field more than its contract names, as a leaking mapper would. */
const leakContract = defineContract('leakProbe', {
  leaky: { input: z.object({}), output: z.strictObject({ id: z.string() }), callers: PUBLIC },
  tidy: { input: z.object({}), output: z.strictObject({ id: z.string() }), callers: PUBLIC },
  mine: { input: z.object({}), output: z.strictObject({ id: z.string() }), callers: RESIDENT },
  // A view schema written as a plain object, made strict all the way down as the real contracts do.
  nested: { input: z.object({}), output: strictOutput(z.object({ items: z.array(z.object({ id: z.string() })) })), callers: PUBLIC },
});
const leakFunction = defineFunction(leakContract, {
  // The cast stands for a service typed loosely (a spread document), which is how a leak gets past tsc.
  leaky: async () => ({ id: 'd1', openid: 'o-secret' }) as { id: string },
  tidy: async () => ({ id: 'd1' }),
  mine: async (_ctx, openid) => ({ id: openid }),
  nested: async () => ({ items: [{ id: 'r1', residentKey: 'k-secret' }] }) as unknown as { items: { id: string }[] },
});

let dataDir: string;
let runtime: TRuntime;
let server: Server;
let post: ReturnType<typeof browserLikeClient>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sunshine-contract-'));
  // The runtime the local gateway runs on, so the check proven here is the one developers and e2e run against.
  runtime = openLocalRuntime(dataDir);
  server = createGateway({ runtime, functions: { ...CLOUD_FUNCTIONS, leakProbe: leakFunction }, apps: {} });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  post = browserLikeClient(`http://127.0.0.1:${(server.address() as { port: number }).port}`);
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await runtime.services.store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('answers are checked against their output contract in the local gateway', () => {
  it('fails an answer carrying a field outside the contract, and logs where', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const answer = await post('/api/leakProbe', { action: 'leaky', input: {} });
      expect(answer.status).toBe(500);
      expect(answer.json).toEqual({ ok: false, error: expect.objectContaining({ code: 'INTERNAL' }) });
      expect(JSON.stringify(answer.json)).not.toContain('o-secret');
      expect(logged.mock.calls.some(([line]) => String(line).includes('[leakProbe.leaky] answer outside its output contract'))).toBe(true);
    } finally {
      logged.mockRestore();
    }
  });

  it('fails a leak inside a list item too', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const answer = await post('/api/leakProbe', { action: 'nested', input: {} });
      expect(answer.json).toEqual({ ok: false, error: expect.objectContaining({ code: 'INTERNAL' }) });
      expect(JSON.stringify(answer.json)).not.toContain('k-secret');
    } finally {
      logged.mockRestore();
    }
  });

  it('passes an answer that keeps to its contract', async () => {
    expect((await post('/api/leakProbe', { action: 'tidy', input: {} })).json).toEqual({ ok: true, data: { id: 'd1' } });
  });

  it('takes the caller from the contract: a resident action refuses a caller without WeChat identity', async () => {
    const answer = await leakFunction.handle({ action: 'mine', input: {} }, {}, runtime);
    expect(answer).toEqual({ ok: false, error: expect.objectContaining({ code: 'RESIDENT_IDENTITY_MISSING' }) });
  });
});
