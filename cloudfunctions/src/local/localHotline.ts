import type { TRuntime } from '../runtime/runtime';
import { startHotlineWorker } from '../services/hotline/hotlineDelivery';
import { HotlineSimulator } from './hotlineSimulator';

/**
 * 12345 on a developer's machine: the simulator in this process on its own
 * port (unless SUNSHINE_HOTLINE_URL points at another hotline) and the
 * delivery worker's loop. Answers the hotline's URL and a stop.
 */
export async function startLocalHotline(runtime: TRuntime, gatewayBase: string): Promise<{ url: string; simulated: boolean; stop(): Promise<void> }> {
  const ctx = runtime.services;
  let simulator: HotlineSimulator | null = null;
  if (!ctx.config.SUNSHINE_HOTLINE_URL) {
    simulator = new HotlineSimulator({
      callbackUrl: `${gatewayBase}/api/hotlineCallback`,
      callbackSecret: ctx.config.SUNSHINE_HOTLINE_CALLBACK_SECRET!,
      requestSecret: ctx.config.SUNSHINE_HOTLINE_SECRET,
      answerStepMs: Number(process.env.HOTLINE_SIMULATOR_STEP_MS ?? 5_000),
    });
    const url = await simulator.start(Number(process.env.HOTLINE_SIMULATOR_PORT ?? 0));
    ctx.config = { ...ctx.config, SUNSHINE_HOTLINE_URL: url };
  }
  const worker = startHotlineWorker(ctx);
  return {
    url: ctx.config.SUNSHINE_HOTLINE_URL!,
    simulated: simulator !== null,
    async stop() {
      await worker.stop();
      await simulator?.stop();
    },
  };
}
