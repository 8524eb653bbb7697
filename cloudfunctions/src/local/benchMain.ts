import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAdmin } from '../services/admin/adminAuth';
import { createDisclosure, submitDisclosure } from '../services/disclosure/disclosures';
import { villageHome } from '../services/disclosure/publicDisclosures';
import { approveDisclosure, reviewQueue } from '../services/review/review';
import { DEMO_ADMINS, DEMO_PASSWORD, DEMO_REGIONS, demoIdNumber } from './demoData';
import { openLocalRuntime } from './localRuntime';
import { benchListImport } from './benchListImport';
import { ensureProvinceRegions } from './seed';

/** Figures, not verdicts: printed for the notes, never asserted. */
const DISCLOSURES = 300;
const ROWS = 50;
const READS = 1000;

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

async function timeReads(label: string, fn: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < READS; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(`  ${label.padEnd(34)} mean ${mean.toFixed(2)} ms  p95 ${percentile(samples, 0.95).toFixed(2)} ms  (${READS} calls)`);
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'sunshine-bench-'));
  const runtime = openLocalRuntime(dataDir);
  const ctx = runtime.services;
  console.log('阳光三务 基准测试（SQLite，本机）');

  let t = performance.now();
  const regions = await ensureProvinceRegions(runtime, '21');
  const importSeconds = (performance.now() - t) / 1000;
  console.log(`  区划导入（辽宁省）                   ${regions} units in ${importSeconds.toFixed(2)} s = ${Math.round(regions / importSeconds)} units/s`);

  for (const admin of DEMO_ADMINS) await createAdmin(ctx, { ...admin, password: DEMO_PASSWORD });
  const village = { id: 'dagujiazi', username: 'dagujiazi', displayName: 'bench', role: 'village_admin' as const, regionCode: DEMO_REGIONS.village, regionName: '' };
  const reviewer = { id: 'dagujiazi_zhen', username: 'dagujiazi_zhen', displayName: 'bench', role: 'township_reviewer' as const, regionCode: DEMO_REGIONS.township, regionName: '' };
  const rows = Array.from({ length: ROWS }, (_, i) => ({ cells: { name: `村民${i}`, idNumber: demoIdNumber('19600101', i), amount: '1380.00' } }));

  t = performance.now();
  for (let i = 0; i < DISCLOSURES; i++) {
    const d = await createDisclosure(ctx, village, {
      requestId: `bench-${i}`,
      villageCode: DEMO_REGIONS.village,
      catalogItemId: 'village-subsistence-allowance',
      title: `第 ${i} 批低保名单`,
      body: '',
      rows,
    });
    await submitDisclosure(ctx, village, d.id);
    await approveDisclosure(ctx, reviewer, d.id);
  }
  const publishSeconds = (performance.now() - t) / 1000;
  console.log(
    `  录入→提交→审核发布（每条 ${ROWS} 行名单）   ${DISCLOSURES} in ${publishSeconds.toFixed(2)} s = ${(DISCLOSURES / publishSeconds).toFixed(1)} disclosures/s (${Math.round((DISCLOSURES * ROWS) / publishSeconds)} rows/s encrypted)`,
  );

  await timeReads('群众端村首页 villageHome', () => villageHome(ctx, DEMO_REGIONS.village));
  await timeReads('乡镇待审队列 queue（空队列分页）', () => reviewQueue(ctx, reviewer, { page: 1, pageSize: 20 }));
  console.log(`  峰值内存 (RSS)                       ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  await benchListImport(ctx, village);
  await ctx.store.close();
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
