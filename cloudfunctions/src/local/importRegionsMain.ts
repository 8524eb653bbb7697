import { ZRegionCode } from '@sunshine/shared';
import { defaultDataDir, openLocalRuntime } from './localRuntime';
import { ensureProvinceRegions } from './seed';

/** `node dist-local/import-regions.js 21` loads Liaoning; any two-digit province code works. */
async function main() {
  const province = process.argv[2] ?? '21';
  if (!ZRegionCode.safeParse(province.padEnd(12, '0')).success || province.length !== 2) {
    throw new Error(`请给出两位省级区划代码，例如 21（辽宁省），收到“${province}”`);
  }
  const runtime = openLocalRuntime(defaultDataDir());
  const count = await ensureProvinceRegions(runtime, province, true);
  console.log(`已导入 ${count} 个区划单位`);
  await runtime.services.store.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
