import { localConfig } from '../runtime/config';
import { HotlineSimulator } from './hotlineSimulator';
import { defaultDataDir } from './localRuntime';

/**
 * The 12345 simulator on its own (npm run hotline-simulator), for pointing a
 * gateway at it with SUNSHINE_HOTLINE_URL. It shares the local keys of the
 * data directory, so both sides sign and check with the same secrets.
 */
async function main() {
  const config = localConfig(defaultDataDir());
  const port = Number(process.env.HOTLINE_SIMULATOR_PORT ?? 8090);
  const simulator = new HotlineSimulator({
    callbackUrl: process.env.SUNSHINE_CALLBACK_URL ?? 'http://127.0.0.1:8080/api/hotlineCallback',
    callbackSecret: config.SUNSHINE_HOTLINE_CALLBACK_SECRET!,
    requestSecret: config.SUNSHINE_HOTLINE_SECRET,
    answerStepMs: Number(process.env.HOTLINE_SIMULATOR_STEP_MS ?? 5_000),
  });
  const url = await simulator.start(port, process.env.HOST ?? '127.0.0.1');
  console.log(`12345 热线模拟器已启动：${url}（故障注入 POST ${url}_admin/faults）`);
  const stop = () => void simulator.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
