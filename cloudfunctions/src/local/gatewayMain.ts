import { join, resolve } from 'node:path';
import { CLOUD_FUNCTIONS } from '../functions';
import { createGateway } from '../gateway/server';
import { startBackgroundLoop } from '../services/backgroundLoop';
import { escalateOverdueFeedback } from '../services/feedbackRouting';
import { importSweepPass } from '../functions/importSweep';
import { DEMO_REGIONS } from './demoData';
import { startLocalHotline } from './localHotline';
import { defaultDataDir, openLocalRuntime } from './localRuntime';

/** dist-local/ sits in cloudfunctions/, so the repository root is two levels up. */
const repoRoot = resolve(__dirname, '..', '..');

/** Overdue messages are looked for once a minute; deadlines are whole days, so that is plenty. */
const FEEDBACK_SWEEP_MS = Number(process.env.FEEDBACK_SWEEP_MS ?? 60_000);
/** Once a minute: abandoned uploads, imports whose run died, and "my payments" indexing a crash interrupted. */
const IMPORT_SWEEP_MS = 60_000;

/**
 * Test-only: SUNSHINE_CLOCK_OFFSET_DAYS moves this local gateway's clock by
 * whole days, so browser tests can let a deadline pass (restart the gateway on
 * the same data directory with a later offset). Read here only, never by
 * deployed functions.
 */
function withClockOffset(ctx: { now(): Date }) {
  const days = Number(process.env.SUNSHINE_CLOCK_OFFSET_DAYS ?? 0);
  if (!Number.isFinite(days) || days === 0) return;
  const offsetMs = days * 86_400_000;
  ctx.now = () => new Date(Date.now() + offsetMs);
  console.log(`  （测试）时钟偏移 ${days} 天`);
}

function main() {
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  const runtime = openLocalRuntime(defaultDataDir());
  withClockOffset(runtime.services);
  const server = createGateway({
    runtime,
    functions: CLOUD_FUNCTIONS,
    apps: {
      '/admin/': join(repoRoot, 'admin-web', 'dist'),
      '/app/': join(repoRoot, 'miniprogram', 'dist', 'h5'),
    },
  });
  let hotline: Awaited<ReturnType<typeof startLocalHotline>> | null = null;
  let feedbackSweep: ReturnType<typeof startBackgroundLoop> | null = null;
  let importSweep: ReturnType<typeof startBackgroundLoop> | null = null;
  server.listen(port, host, async () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`;
    hotline = await startLocalHotline(runtime, base);
    feedbackSweep = startBackgroundLoop('feedback', () => escalateOverdueFeedback(runtime.services), FEEDBACK_SWEEP_MS);
    importSweep = startBackgroundLoop('imports', () => importSweepPass(runtime.services), IMPORT_SWEEP_MS);
    console.log(`阳光三务 本地平台已启动（数据目录 ${defaultDataDir()}）`);
    console.log(`  管理后台        ${base}/admin/`);
    console.log(`  群众端（H5）    ${base}/app/`);
    console.log(`  村二维码示例    ${base}/app/pages/village/index?code=${DEMO_REGIONS.village}`);
    console.log(`  云函数网关      ${base}/api/<函数名>  （POST {"action","input"}）`);
    console.log(`  12345 热线      ${hotline.url}${hotline.simulated ? '  （本地模拟器，故障注入 POST _admin/faults）' : ''}`);
    console.log('按 Ctrl+C 停止。');
  });
  const stop = () => server.close(() => void Promise.all([hotline?.stop(), feedbackSweep?.stop(), importSweep?.stop()]).then(() => runtime.services.store.close()).then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
