import { defaultDataDir, openLocalRuntime } from './localRuntime';
import { seedDemo } from './seed';

async function main() {
  const dataDir = defaultDataDir();
  console.log(`写入演示数据：${dataDir}`);
  const runtime = openLocalRuntime(dataDir);
  await seedDemo(runtime);
  await runtime.services.store.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
