import type { Server } from 'node:http';
import { hotlineContract } from '@sunshine/shared';
import { HotlineSimulator } from '../../src/local/hotlineSimulator';
import type { TRuntime } from '../../src/runtime/runtime';
import { dispatchHotlineOrders } from '../../src/services/hotline/hotlineDelivery';
import { startGateway } from './gateway';
import { dataOf, residentClient } from './invoke';

export const CALLBACK_SECRET = 'callback-secret-for-tests-0001';
export const REQUEST_SECRET = 'request-secret-for-tests-00001';
export const VILLAGE = '210124101200';

/**
 * A runtime wired to a real hotline simulator over HTTP, and the gateway
 * the simulator calls back; the simulator signs with the runtime's clock.
 */
export async function withHotline(runtime: TRuntime, options: { timeoutMs?: number } = {}) {
  runtime.services.config = {
    ...runtime.services.config,
    SUNSHINE_HOTLINE_CALLBACK_SECRET: CALLBACK_SECRET,
    SUNSHINE_HOTLINE_SECRET: REQUEST_SECRET,
    // Generous unless a test is about timeouts: a loaded CI machine can take longer than a short timeout to answer the first call.
    SUNSHINE_HOTLINE_TIMEOUT_MS: options.timeoutMs ?? 5_000,
  };
  const gateway = await startGateway(runtime);
  const simulator = new HotlineSimulator({
    callbackUrl: `${gateway.baseUrl}/api/hotlineCallback`,
    callbackSecret: CALLBACK_SECRET,
    requestSecret: REQUEST_SECRET,
    // The hotline checks our signatures against the real time, never our test-shifted domain clock.
    now: () => runtime.services.systemNow(),
  });
  runtime.services.config = { ...runtime.services.config, SUNSHINE_HOTLINE_URL: await simulator.start() };
  return {
    gateway,
    simulator,
    async stop() {
      await simulator.stop();
      await closeServer(gateway.server);
    },
  };
}

export const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

let requests = 0;
export async function fileOrder(runtime: TRuntime, openid: string, input: Record<string, unknown> = {}) {
  return residentClient(runtime, openid).call(hotlineContract.file, {
    requestId: `request-${++requests}-${Date.now()}`,
    villageCode: VILLAGE,
    type: 'complaint',
    content: '村里自来水停水三天了，没人管',
    ...(input as object),
  });
}

export async function myOrders(runtime: TRuntime, openid: string) {
  return dataOf(await residentClient(runtime, openid).call(hotlineContract.myOrders, {}));
}

export const dispatch = (runtime: TRuntime) => dispatchHotlineOrders(runtime.services);
