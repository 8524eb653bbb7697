import { checkDataDirectory, startupProblemMessage } from './dataDirectory';
import { defaultDataDir, openLocalRuntime } from './localRuntime';
import { seedDemo } from './seed';

async function main() {
  const dataDir = defaultDataDir();
  console.log(`写入演示数据：${dataDir}`);
  checkDataDirectory(dataDir);
  const runtime = openLocalRuntime(dataDir);
  await seedDemo(runtime);
  await runtime.services.store.close();
}

main().catch((error) => {
  const problem = startupProblemMessage(error, defaultDataDir());
  console.error(problem ? `无法写入演示数据：${problem}` : error);
  process.exit(1);
});
