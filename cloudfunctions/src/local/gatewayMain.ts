import { join, resolve } from 'node:path';
import { CLOUD_FUNCTIONS } from '../functions';
import { createGateway } from '../gateway/server';
import { applyClockOffset } from './clockOffset';
import { startBackgroundLoop } from '../services/backgroundLoop';
import { escalateOverdueFeedback } from '../services/feedback/feedbackRouting';
import { startNoticeWorker } from '../services/resident/residentNotices';
import { checkDataDirectory, startupProblemMessage } from './dataDirectory';
import { importSweepPass } from '../functions/importSweep';
import { DEMO_REGIONS } from './demoData';
import { startLocalHotline } from './localHotline';
import { defaultDataDir, openLocalRuntime } from './localRuntime';

/** dist-local/ sits in cloudfunctions/, so the repository root is two levels up. */
const repoRoot = resolve(__dirname, '..', '..');

/** How long a notice worker's claim holds; a test that kills the gateway mid-send shortens it to see the retry. */
const OUTBOX_LEASE_MS = process.env.OUTBOX_LEASE_MS ? Number(process.env.OUTBOX_LEASE_MS) : undefined;

/** Overdue messages are looked for once a minute; deadlines are whole days, so that is plenty. */
const FEEDBACK_SWEEP_MS = Number(process.env.FEEDBACK_SWEEP_MS ?? 60_000);
/** Once a minute: abandoned uploads, imports whose run died, and "my payments" indexing a crash interrupted. */
const IMPORT_SWEEP_MS = 60_000;

function main() {
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  checkDataDirectory(defaultDataDir());
  const runtime = openLocalRuntime(defaultDataDir());
  const offsetDays = applyClockOffset(runtime.services);
  if (offsetDays) console.log(`  （测试）业务时钟偏移 ${offsetDays} 天；签名和租约仍用系统时钟`);
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
  let notices: ReturnType<typeof startNoticeWorker> | null = null;
  let importSweep: ReturnType<typeof startBackgroundLoop> | null = null;
  server.listen(port, host, async () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const base = `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`;
    hotline = await startLocalHotline(runtime, base);
    notices = startNoticeWorker(runtime.services, { leaseMs: OUTBOX_LEASE_MS });
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
  const stop = () => server.close(() => void Promise.all([hotline?.stop(), feedbackSweep?.stop(), notices?.stop(), importSweep?.stop()]).then(() => runtime.services.store.close()).then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

try {
  main();
} catch (error) {
  const problem = startupProblemMessage(error, defaultDataDir());
  if (!problem) throw error;
  console.error(`阳光三务 本地平台无法启动：${problem}`);
  process.exit(1);
}
