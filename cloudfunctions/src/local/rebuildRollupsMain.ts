import { init } from '@cloudbase/node-sdk';
import { DEFAULT_WORKING_CALENDAR } from '@sunshine/shared';
import { CloudbaseStore } from '../store/cloudbase/CloudbaseStore';
import type { DocumentStore } from '../store/DocumentStore';
import { rebuildFigureRollups } from '../store/rollups/rebuildFigureRollups';
import { SqliteStore } from '../store/sqlite/SqliteStore';
import { defaultDataDir } from './localRuntime';

/**
 * `npm run rollups:rebuild -w @sunshine/cloudfunctions`: recomputes the
 * dashboard's rollups from the records in CloudBase, after the counting
 * rules changed or for records written before rollups existed. Run it while
 * nobody writes (a change landing meanwhile may be missed). CloudBase is
 * named by SUNSHINE_CLOUDBASE_ENV and reached with TENCENTCLOUD_SECRETID and
 * TENCENTCLOUD_SECRETKEY. `-- --sqlite [dataDir]` rebuilds a local data
 * directory instead (which also happens by itself at its first start with
 * new rules).
 */
function openStore(): DocumentStore {
  const i = process.argv.indexOf('--sqlite');
  if (i >= 0) return SqliteStore.open(process.argv[i + 1] ?? defaultDataDir());
  const { SUNSHINE_CLOUDBASE_ENV: env, TENCENTCLOUD_SECRETID: secretId, TENCENTCLOUD_SECRETKEY: secretKey, SUNSHINE_CLOUDBASE_SERVICE_URL: serviceUrl } = process.env;
  const missing = Object.entries({ SUNSHINE_CLOUDBASE_ENV: env, TENCENTCLOUD_SECRETID: secretId, TENCENTCLOUD_SECRETKEY: secretKey }).filter(([, v]) => !v);
  if (missing.length) {
    console.error(`缺少环境变量：${missing.map(([k]) => k).join('、')}（云开发环境 ID 与腾讯云密钥）；本地数据目录请用 --sqlite [目录]`);
    process.exit(2);
  }
  const app = init({ env: env!, secretId: secretId!, secretKey: secretKey!, ...(serviceUrl ? { serviceUrl } : {}) });
  return new CloudbaseStore(app.database());
}

async function main() {
  const store = openStore();
  try {
    const started = Date.now();
    const { records, rollups } = await rebuildFigureRollups(store, DEFAULT_WORKING_CALENDAR);
    console.log(`统计汇总已重建（${store.kind}）：读取 ${records} 条记录，写入 ${rollups} 条汇总，用时 ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error('重建统计汇总失败：', error);
  process.exit(1);
});
