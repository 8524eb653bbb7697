import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAdmin } from '../services/admin/adminAuth';
import { DEMO_ADMINS, DEMO_PASSWORD, DEMO_REGIONS } from './demoData';
import { openLocalRuntime } from './localRuntime';
import { benchListImport } from './benchListImport';
import { ensureProvinceRegions } from './seed';
import { BENCH_RESIDENT, generateBenchData } from './bench/benchGenerate';
import { benchHttp, printHttpTable } from './bench/benchHttp';
import { benchScale } from './bench/benchScales';
import { startRawBaseline } from './bench/rawBaseline';
import { benchDashboard, generateDashboardData, printDashboardTable, startDashboardGateway } from './bench/benchDashboard';

/**
 * Figures, not verdicts: printed for the notes, never asserted.
 *   npm run bench -- --scale tiny|small|city|province [--data-dir DIR] [--duration SECONDS] [--generate-minutes N] [--skip-import]
 */
const distDir = __dirname;
const repoRoot = resolve(distDir, '..', '..');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  if (process.argv[2] === '--serve-raw') {
    const [, , , dataDir, port, paths] = process.argv;
    await startRawBaseline(dataDir, JSON.parse(paths), Number(port));
    console.log('raw baseline listening');
    return;
  }
  if (process.argv[2] === '--import-only') return importOnly();
  const scale = benchScale(option('scale') ?? 'small');
  const dataDir = resolve(option('data-dir') ?? join(tmpdir(), `sunshine-bench-${scale.name}`));
  const duration = Number(option('duration') ?? (scale.name === 'tiny' ? 1 : 10));
  console.log(`阳光三务 基准测试（SQLite，本机；规模 ${scale.name}，数据目录 ${dataDir}）`);

  const runtime = openLocalRuntime(dataDir, { bulkLoad: true });
  const t = performance.now();
  const marker = await generateBenchData(runtime, dataDir, scale, Number(option('generate-minutes') ?? Infinity));
  console.log(`  生成/检查数据 ${((performance.now() - t) / 1000).toFixed(1)} s；库中 ${marker.villagesDone}/${marker.villages} 村，${marker.disclosures} 条公开，${marker.rows} 行${marker.finishedAt ? '' : '（部分）'}`);
  const ctx = runtime.services;
  const tDashboard = performance.now();
  const dashboardMarker = await generateDashboardData(runtime, dataDir, scale);
  console.log(`  统计分析数据 ${((performance.now() - tDashboard) / 1000).toFixed(1)} s；库中 ${dashboardMarker.villagesDone}/${dashboardMarker.villages} 村，${dashboardMarker.disclosures} 条公开，共 ${dashboardMarker.records} 条记录（首次生成用时 ${dashboardMarker.seconds.toFixed(0)} s）`);
  const [sample] = await ctx.store.find('disclosures', {
    where: [['villageCode', '==', DEMO_REGIONS.village], ['status', '==', 'published'], ['catalogItemId', '==', 'village-subsistence-allowance']],
    orderBy: [['publishedAt', 'desc']],
    limit: 1,
  });
  const ids = { disclosureId: sample._id, idHash: ctx.vault.lookupHash(BENCH_RESIDENT.idNumber) };
  await ctx.store.close();

  printHttpTable(await benchHttp(distDir, dataDir, duration, ids));
  // The tiny scale only shows that the table is printed; three runs each keep it quick.
  await benchDashboardAt(dataDir, dashboardMarker, scale.name === 'tiny' ? 3 : 11);
  console.log('');
  if (!process.argv.includes('--skip-import')) runChild(['--import-only']);
  coldStart();
  weappMainPackage();
}

/** The dashboard by the service in this process and over HTTP through the built gateway, each beside the raw GROUP BY. */
async function benchDashboardAt(dataDir: string, marker: Awaited<ReturnType<typeof generateDashboardData>>, runs: number) {
  const runtime = openLocalRuntime(dataDir);
  const gateway = await startDashboardGateway(distDir, dataDir);
  try {
    printDashboardTable(await benchDashboard(runtime, dataDir, gateway.call, runs), marker);
  } finally {
    gateway.stop();
    await runtime.services.store.close();
  }
}

/** The import in a process of its own, so its peak RSS is the import's alone. */
function runChild(args: string[]) {
  const result = spawnSync(process.execPath, [join(distDir, 'bench.js'), ...args], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`bench ${args.join(' ')} exited with ${result.status}`);
}

async function importOnly() {
  const dataDir = mkdtempSync(join(tmpdir(), 'sunshine-bench-import-'));
  const runtime = openLocalRuntime(dataDir);
  try {
    await ensureProvinceRegions(runtime, DEMO_REGIONS.county.slice(0, 2));
    for (const admin of DEMO_ADMINS) await createAdmin(runtime.services, { ...admin, password: DEMO_PASSWORD });
    const village = { id: 'dagujiazi', username: 'dagujiazi', displayName: 'bench', role: 'village_admin' as const, regionCode: DEMO_REGIONS.village, regionName: '' };
    await benchListImport(runtime.services, village);
  } finally {
    await runtime.services.store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A deployable function bundle loaded by a fresh node, as CloudBase does on a cold start. */
function coldStart() {
  const bundle = join(repoRoot, 'cloudfunctions', 'dist', 'publicDisclosure', 'index.js');
  if (!existsSync(bundle)) return console.log('  冷启动：未找到 dist/publicDisclosure（先 npm run build）');
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(bundle)})`], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('cold start failed');
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  console.log(`  冷启动 publicDisclosure（${(statSync(bundle).size / 1024).toFixed(0)} KB，node 进程+加载，5 次中位） ${samples[2].toFixed(0)} ms`);
}

/** Bytes of the weapp build outside its subpackages, as WeChat counts the main package. */
function weappMainPackage() {
  const dir = join(repoRoot, 'miniprogram', 'dist', 'weapp');
  if (!existsSync(join(dir, 'app.json'))) return console.log('  weapp 主包：未构建（npm run build:weapp -w @sunshine/miniprogram）');
  const app = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/?$/, '/'));
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.map')) continue;
    const rel = join(entry.parentPath, entry.name).slice(dir.length + 1);
    if (!roots.some((root) => rel.startsWith(root))) bytes += statSync(join(dir, rel)).size;
  }
  console.log(`  weapp 主包 ${(bytes / 1024).toFixed(0)} KB（不含 .map）`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
