import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { TAdminPrincipal } from '@sunshine/shared';
import type { TRuntime } from '../../runtime/runtime';
import { createDisclosure, submitDisclosure } from '../../services/disclosure/disclosures';
import { uploadRoster } from '../../services/resident/identity';
import { approveDisclosure } from '../../services/review/review';
import { DEMO_REGIONS, demoIdNumber } from '../demoData';
import type { DocumentStore } from '../../store/DocumentStore';
import { FigureRollupStore } from '../../store/rollups/withFigureRollups';
import { SqliteStore } from '../../store/sqlite/SqliteStore';
import { seedDemo } from '../seed';
import type { TBenchScale } from './benchScales';

/** The resident whose payments the benchmark reads: on every generated list of the demo village (1,000 at city scale). */
export const BENCH_RESIDENT = { name: '张桂兰', idNumber: demoIdNumber('19480312', 22) };

interface TMarker {
  scale: string;
  villagesDone: number;
  villages: number;
  disclosures: number;
  rows: number;
  finishedAt: string | null;
}

const markerPath = (dataDir: string) => join(dataDir, 'bench-marker.json');

export function readMarker(dataDir: string): TMarker | null {
  return existsSync(markerPath(dataDir)) ? (JSON.parse(readFileSync(markerPath(dataDir), 'utf8')) as TMarker) : null;
}

/** Villages of the province by code, 法库县's first so the demo township and county see generated data. */
async function benchVillages(runtime: TRuntime, count: number): Promise<string[]> {
  const { store } = runtime.services;
  const codes: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await store.find('regions', { where: [['level', '==', 'village']], orderBy: [['code', 'asc']], offset, limit: 1000 });
    codes.push(...page.map((r) => r.code));
    if (page.length < 1000) break;
  }
  const county = DEMO_REGIONS.county.slice(0, 6);
  const demoFirst = [DEMO_REGIONS.village, ...codes.filter((c) => c.startsWith(county) && c !== DEMO_REGIONS.village), ...codes.filter((c) => !c.startsWith(county))];
  return demoFirst.slice(0, count);
}

/** One SQLite commit over many transactions (a bulk load by one writer), under the rollup layer the services write through. */
export function oneCommitOf(store: DocumentStore): (work: () => Promise<void>) => Promise<void> {
  const inner = store instanceof FigureRollupStore ? store.inner : store;
  return (work) => (inner instanceof SqliteStore ? inner.inOneCommit(work) : work());
}

const principal = (role: TAdminPrincipal['role'], regionCode: string): TAdminPrincipal => ({
  id: `bench-${role}-${regionCode}`,
  username: `bench-${role}-${regionCode}`,
  displayName: 'bench',
  role,
  regionCode,
  regionName: '',
});

/**
 * Fills the data directory through the services, so every record is what
 * the application writes (encrypted rows, seals in each village's chain,
 * the payment index, region paths). Resumable: the marker counts finished
 * villages, and each village lands in one commit, so a run cut off (or
 * paused by `minutes`) resumes at the first unfinished village.
 */
export async function generateBenchData(runtime: TRuntime, dataDir: string, scale: TBenchScale, minutes = Infinity): Promise<TMarker> {
  const existing = readMarker(dataDir);
  if (existing && existing.scale !== scale.name) throw new Error(`${dataDir} holds scale ${existing.scale}, not ${scale.name}; choose another --data-dir`);
  if (existing?.finishedAt) {
    console.log(`  数据已生成（${existing.scale}：${existing.villages} 村，${existing.disclosures} 条公开，${existing.rows} 行），跳过生成`);
    return existing;
  }
  const ctx = runtime.services;
  await seedDemo(runtime);
  const marker: TMarker = existing ?? { scale: scale.name, villagesDone: 0, villages: scale.villages, disclosures: 0, rows: 0, finishedAt: null };
  const villages = await benchVillages(runtime, scale.villages);
  const demoVillage = principal('village_admin', DEMO_REGIONS.village);
  if (marker.villagesDone === 0) await uploadRoster(ctx, demoVillage, `${BENCH_RESIDENT.name},${BENCH_RESIDENT.idNumber}\n`);

  // A village's disclosures land in one commit on SQLite: a commit per transaction was most of the time.
  const oneCommit = oneCommitOf(ctx.store);
  const started = performance.now();
  let written = 0;
  let lastShown = started;
  for (let v = marker.villagesDone; v < villages.length; v++) {
    if (performance.now() - started > minutes * 60_000) {
      console.log(`  生成暂停（--generate-minutes ${minutes}）：${marker.villagesDone}/${villages.length} 村，${marker.disclosures} 条公开；再次运行从这里继续`);
      return marker;
    }
    const villageCode = villages[v];
    const author = principal('village_admin', villageCode);
    const reviewer = principal('township_reviewer', `${villageCode.slice(0, 9)}000`);
    await oneCommit(async () => {
      for (let i = 0; i < scale.disclosuresPerVillage; i++) {
        const rows = Array.from({ length: scale.rowsPerDisclosure }, (_, r) => ({
          // The resident is on the lists of their own village only, as a real person is.
          cells: r === 0 && villageCode === DEMO_REGIONS.village ? { name: BENCH_RESIDENT.name, idNumber: BENCH_RESIDENT.idNumber, amount: '1380.00' } : { name: `村民${r}`, idNumber: demoIdNumber('19600101', r), amount: `${1000 + r}.00` },
        }));
        let d = await createDisclosure(ctx, author, {
          requestId: `bench-${i}`,
          villageCode,
          catalogItemId: 'village-subsistence-allowance',
          title: `第 ${i + 1} 批低保名单`,
          body: '',
          rows,
        });
        if (d.status === 'draft') d = await submitDisclosure(ctx, author, d.id);
        if (d.status === 'submitted' && (i + 1) % scale.unreviewedEvery !== 0) await approveDisclosure(ctx, reviewer, d.id);
        written++;
        const now = performance.now();
        if (now - lastShown > 5000) {
          lastShown = now;
          const rate = written / ((now - started) / 1000);
          const left = (villages.length - v) * scale.disclosuresPerVillage - i;
          console.log(`    生成 ${v + 1}/${villages.length} 村，本次 ${written} 条公开，${rate.toFixed(0)} 条/s = ${(rate * scale.rowsPerDisclosure).toFixed(0)} 行/s，约剩 ${(left / rate / 60).toFixed(0)} 分钟`);
        }
      }
    });
    marker.villagesDone = v + 1;
    marker.disclosures += scale.disclosuresPerVillage;
    marker.rows += scale.disclosuresPerVillage * scale.rowsPerDisclosure;
    writeFileSync(markerPath(dataDir), JSON.stringify(marker, null, 2));
  }
  marker.finishedAt = new Date().toISOString();
  writeFileSync(markerPath(dataDir), JSON.stringify(marker, null, 2));
  const seconds = (performance.now() - started) / 1000;
  console.log(`  生成完毕：${marker.villages} 村，${marker.disclosures} 条公开，${marker.rows} 行；本次 ${written} 条用时 ${seconds.toFixed(1)} s`);
  return marker;
}
