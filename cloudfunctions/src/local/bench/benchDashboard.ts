import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  addWorkingDays,
  CATALOG,
  catalogItemAppliesTo,
  chinaDateOf,
  DEFAULT_WORKING_CALENDAR,
  descendantCodeRange,
  displayRegionName,
  dueDateOf,
  latestEndedPeriod,
  periodicRhythmOf,
  regionPathOf,
  type TAdminPrincipal,
  type TCatalogItem,
  type TRating,
} from '@sunshine/shared';
import type { TRuntime } from '../../runtime/runtime';
import { adminIdOf, createAdmin } from '../../services/admin/adminAuth';
import { dashboardOverview } from '../../services/figures/dashboard';
import type { TDisclosureDoc, TFeedbackDoc, THotlineOrderDoc, TRegionDoc, TResidentDoc } from '../../store/documents';
import { findAll } from '../../store/findAll';
import { DEMO_PASSWORD, DEMO_REGIONS } from '../demoData';
import type { TBenchScale } from './benchScales';
import { oneCommitOf } from './benchGenerate';
import { freePort, post, startChild } from './benchHttp';

/**
 * The dashboard at scale: a province of generated records (at the larger
 * scales over 1,000,000 disclosures, with messages, ratings, surveys,
 * 12345 orders, bindings and 督办单 in proportion), written through the
 * store the services use, so the rollups are kept in the same commits as
 * the records they count. The records are lightweight (no rows, no
 * seals): the dashboard reads rollups, and the raw SQL it is compared with
 * reads only the disclosures' region codes and days.
 */
export const BENCH_PROVINCE_ADMIN = { username: 'bench_liaoning', displayName: '辽宁省纪委监委 基准测试', role: 'province_supervisor' as const, regionCode: DEMO_REGIONS.province };

interface TDashboardMarker {
  disclosures: number;
  villagesDone: number;
  villages: number;
  records: number;
  seconds: number;
  finishedAt: string | null;
}

const markerPath = (dataDir: string) => join(dataDir, 'bench-dashboard-marker.json');

function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] };
}

const RATINGS: TRating[] = ['satisfied', 'satisfied', 'basicallySatisfied', 'dissatisfied'];
const dueDates = new Map<string, string>();
const dueDateFor = (item: TCatalogItem, period: string) => {
  const key = `${item.id}|${period}`;
  let due = dueDates.get(key);
  if (!due) dueDates.set(key, (due = dueDateOf(item, period, DEFAULT_WORKING_CALENDAR).dueDate));
  return due;
};

/** One village's records of the year so far, the same for the same village every run. */
function villageRecords(village: TRegionDoc, perVillage: number, from: number, to: number) {
  const random = generator(Number(village.code.slice(4)));
  const path = regionPathOf(village.code);
  const villageName = displayRegionName(village.name);
  const items = CATALOG.filter((item) => catalogItemAppliesTo(item, village.kind ?? 'village'));
  const at = (start = from, span = to - from) => new Date(start + random.next() * span).toISOString();
  const later = (iso: string, maxDays: number) => new Date(Math.min(Date.parse(iso) + random.next() * maxDays * 86_400_000, to)).toISOString();
  const disclosures: TDisclosureDoc[] = [];
  const feedback: TFeedbackDoc[] = [];
  for (let i = 0; i < perVillage; i++) {
    const item = random.pick(items);
    const submittedAt = at();
    const publishedAt = later(submittedAt, 6);
    const rhythm = periodicRhythmOf(item);
    const period = rhythm ? latestEndedPeriod(rhythm, chinaDateOf(new Date(submittedAt))) : undefined;
    const rejected = random.next() < 0.1;
    const id = `bd-${village.code}-${i}`;
    disclosures.push({
      _id: id,
      ...path,
      villageName,
      catalogItemId: item.id,
      catalogItemTitle: item.title,
      category: item.category,
      title: item.title,
      body: '',
      table: null,
      status: 'published',
      rejectReason: null,
      ...(period ? { period, dueDate: dueDateFor(item, period) } : {}),
      version: 1,
      lineageId: id,
      createdBy: 'bench',
      createdAt: submittedAt,
      updatedAt: publishedAt,
      submittedAt,
      publishedAt,
      history: [
        { at: submittedAt, by: 'bench', byName: 'bench', action: 'submit' },
        ...(rejected ? [{ at: submittedAt, by: 'bench', byName: 'bench', action: 'reject' as const, reason: '材料不全' }, { at: submittedAt, by: 'bench', byName: 'bench', action: 'submit' as const }] : []),
        { at: publishedAt, by: 'bench', byName: 'bench', action: 'approve' },
      ],
    });
    if (random.next() < 0.05) {
      const createdAt = later(publishedAt, 20);
      const due = addWorkingDays(DEFAULT_WORKING_CALENDAR, chinaDateOf(new Date(createdAt)), 5);
      const history: TFeedbackDoc['history'] = [{ at: createdAt, action: 'submit', by: `r-${id}`, level: 'village', dueDate: due }];
      let status: TFeedbackDoc['status'] = 'open';
      if (random.next() < 0.8) {
        const replyAt = later(createdAt, 10);
        history.push({ at: replyAt, action: 'reply', by: 'bench', byName: villageName, level: 'village', text: '已处理' });
        status = 'answered';
        if (random.next() < 0.6) {
          const satisfied = random.next() < 0.7;
          const rateAt = later(replyAt, 3);
          history.push({ at: rateAt, action: 'rate', by: `r-${id}`, level: 'village', rating: satisfied ? 'satisfied' : 'dissatisfied' });
          if (satisfied) {
            history.push({ at: rateAt, action: 'close', by: 'system', level: 'village' });
            status = 'closed';
          }
        }
      }
      feedback.push({
        _id: `bf-${id}`,
        residentKey: `r-${id}`,
        disclosureId: id,
        disclosureTitle: item.title,
        villageCode: village.code,
        villageName,
        catalogItemId: item.id,
        kind: 'question',
        text: '请问什么时候发放？',
        status,
        townshipCode: path.townshipCode,
        countyCode: path.countyCode,
        level: 'village',
        dueDate: due,
        deadlineNote: '',
        supervised: false,
        reply: null,
        history,
        createdAt,
        updatedAt: history.at(-1)!.at,
      });
    }
  }
  const ratings = disclosures
    .filter(() => random.next() < 0.1)
    .map((d) => ({ _id: `br-${d._id}`, residentKey: `r-${d._id}`, disclosureId: d._id, villageCode: village.code, catalogItemId: d.catalogItemId, rating: random.pick(RATINGS), updatedAt: later(d.publishedAt!, 30) }));
  const months = new Set<string>();
  for (let t = from; t < to; t += 28 * 86_400_000) months.add(chinaDateOf(new Date(t)).slice(0, 7));
  const surveys = [...months].map((month) => ({ _id: `bs-${village.code}-${month}`, residentKey: `bs-${village.code}`, villageCode: village.code, month, rating: random.pick(RATINGS), comment: null, createdAt: `${month}-15T02:00:00.000Z` }));
  const residents: TResidentDoc[] = Array.from({ length: 5 }, (_, n) => {
    const decidedAt = at();
    return {
      _id: `bres-${village.code}-${n}`,
      villageCode: village.code,
      villageName,
      bindingStatus: 'verified',
      nameCipher: null,
      maskedName: null,
      idNumber: null,
      maskedIdNumber: null,
      phoneCipher: null,
      maskedPhone: null,
      verifiedBy: 'roster',
      consentVersion: 'bench',
      requestedAt: decidedAt,
      decidedAt,
      decidedBy: null,
      rejectReason: null,
    };
  });
  const createdAt = at();
  const delivered = random.next() < 0.8;
  const hotline: THotlineOrderDoc = {
    _id: `bh-${village.code}`,
    ...path,
    residentKey: `bh-${village.code}`,
    openid: '',
    villageName,
    type: 'complaint',
    content: '道路坑洼严重',
    contactPhone: null,
    topics: ['交通'],
    status: delivered ? random.pick(['forwarded', 'accepted', 'processing', 'closed'] as const) : 'queued',
    deliveryState: delivered ? 'delivered' : 'pending',
    failureCount: 0,
    lastError: null,
    nextAttemptAt: null,
    overdueAt: delivered ? null : new Date(Date.parse(createdAt) + 30 * 60_000).toISOString(),
    hotlineOrderNo: delivered ? `SY-${village.code}` : null,
    reply: null,
    lastSequence: 0,
    timeline: [],
    createdAt,
    updatedAt: createdAt,
  };
  return { disclosures, feedback, ratings, surveys, residents, hotline };
}

/**
 * Resumable like the HTTP bench's data: the marker counts finished
 * villages, a batch of villages lands in one commit, and a run cut off
 * continues at the first village not done.
 */
export async function generateDashboardData(runtime: TRuntime, dataDir: string, scale: TBenchScale): Promise<TDashboardMarker> {
  const existing = existsSync(markerPath(dataDir)) ? (JSON.parse(readFileSync(markerPath(dataDir), 'utf8')) as TDashboardMarker) : null;
  if (existing?.finishedAt) return existing;
  const ctx = runtime.services;
  if (!(await ctx.store.get('admins', adminIdOf(BENCH_PROVINCE_ADMIN.username)))) await createAdmin(ctx, { ...BENCH_PROVINCE_ADMIN, password: DEMO_PASSWORD });
  const within = scale.dashboard.villages === 'county' ? DEMO_REGIONS.county : DEMO_REGIONS.province;
  const [first, last] = descendantCodeRange(within);
  const villages = await findAll(ctx.store, 'regions', { where: [['level', '==', 'village'], ['code', '>=', first], ['code', '<=', last]], orderBy: [['code', 'asc']] });
  const perVillage = Math.ceil(scale.dashboard.disclosures / villages.length);
  const marker: TDashboardMarker = existing ?? { disclosures: 0, villagesDone: 0, villages: villages.length, records: 0, seconds: 0, finishedAt: null };
  // The year so far, up to yesterday: everything generated lies in the past.
  const to = Date.parse(`${chinaDateOf(ctx.now())}T00:00:00+08:00`) - 1;
  const from = Date.parse(`${chinaDateOf(ctx.now()).slice(0, 4)}-01-01T00:00:00+08:00`);
  const oneCommit = oneCommitOf(ctx.store);
  const started = performance.now();
  let shown = started;
  const BATCH = 20;
  for (let v = marker.villagesDone; v < villages.length; v += BATCH) {
    const batch = villages.slice(v, v + BATCH);
    await oneCommit(async () => {
      for (const village of batch) {
        const r = villageRecords(village, perVillage, from, to);
        await ctx.store.transaction(async (tx) => {
          for (const d of r.disclosures) await tx.set('disclosures', d);
          for (const f of r.feedback) await tx.set('feedback', f);
          for (const rating of r.ratings) await tx.set('ratings', rating);
          for (const s of r.surveys) await tx.set('surveys', s);
          for (const resident of r.residents) await tx.set('residents', resident);
          await tx.set('hotlineOrders', r.hotline);
        });
        marker.disclosures += r.disclosures.length;
        marker.records += r.disclosures.length + r.feedback.length + r.ratings.length + r.surveys.length + r.residents.length + 1;
      }
    });
    marker.villagesDone = Math.min(v + BATCH, villages.length);
    marker.seconds += (performance.now() - shown) / 1000;
    shown = performance.now();
    writeFileSync(markerPath(dataDir), JSON.stringify(marker, null, 2));
    if (marker.villagesDone % 1000 < BATCH) {
      console.log(`    统计数据生成 ${marker.villagesDone}/${villages.length} 村，${marker.disclosures} 条公开，${(marker.records / marker.seconds).toFixed(0)} 条记录/s`);
    }
  }
  marker.finishedAt = new Date().toISOString();
  writeFileSync(markerPath(dataDir), JSON.stringify(marker, null, 2));
  return marker;
}

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

async function timed(runs: number, work: () => unknown): Promise<{ first: number; median: number }> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    samples.push(performance.now() - t);
  }
  return { first: samples[0], median: median(samples.slice(1)) };
}

const f = (path: string) => `json_extract(doc, '$.${path}')`;

/**
 * The raw floor: the same file, one GROUP BY over the disclosures counting
 * first publications and the villages publishing per child region in the
 * period, as one would ask SQLite without rollups.
 */
function rawGroupBy(dataDir: string) {
  const db = new Database(join(dataDir, 'sunshine.db'), { readonly: true });
  const statement = (regionField: string, childField: string) =>
    db.prepare(
      `SELECT ${f(childField)} AS child, COUNT(*) AS published, COUNT(DISTINCT ${f('villageCode')}) AS villages FROM c_disclosures
       WHERE ${f(regionField)} = ? AND ${f('publishedAt')} >= ? AND ${f('publishedAt')} < ? AND coalesce(${f('version')}, 1) = 1 GROUP BY child`,
    );
  return {
    county: statement('countyCode', 'townshipCode'),
    province: statement('provinceCode', 'cityCode'),
    close: () => db.close(),
  };
}

/** A period as the instants the raw query compares publishedAt with (China days). */
function instantsOf(period: string): [string, string] {
  const year = Number(period.slice(0, 4));
  const [m0, m1] = period.length === 4 ? [0, 12] : [Number(period.slice(5)) - 1, Number(period.slice(5))];
  const start = new Date(Date.UTC(year, m0, 1) - 8 * 3600_000).toISOString();
  const end = new Date(Date.UTC(year, m1, 1) - 8 * 3600_000).toISOString();
  return [start, end];
}

export interface TDashboardRow {
  level: string;
  period: string;
  serviceFirst: number;
  service: number;
  http: number | null;
  raw: number;
}

/** The dashboard at county and province level, through the service and over HTTP, against the raw GROUP BY on the same file. */
export async function benchDashboard(runtime: TRuntime, dataDir: string, http: ((regionCode: string, period: string, who: 'county' | 'province') => Promise<unknown>) | null, runs = 11): Promise<TDashboardRow[]> {
  const ctx = runtime.services;
  const today = chinaDateOf(ctx.now());
  const province: TAdminPrincipal = { id: adminIdOf(BENCH_PROVINCE_ADMIN.username), username: BENCH_PROVINCE_ADMIN.username, displayName: BENCH_PROVINCE_ADMIN.displayName, role: 'province_supervisor', regionCode: DEMO_REGIONS.province, regionName: '辽宁省' };
  const raw = rawGroupBy(dataDir);
  const rows: TDashboardRow[] = [];
  try {
    for (const period of [today.slice(0, 7), today.slice(0, 4)]) {
      for (const [level, regionCode, statement] of [
        ['县 county', DEMO_REGIONS.county, raw.county],
        ['省 province', DEMO_REGIONS.province, raw.province],
      ] as const) {
        const service = await timed(runs, () => dashboardOverview(ctx, province, { regionCode, period }));
        const overHttp = http ? await timed(runs, () => http(regionCode, period, level.startsWith('县') ? 'county' : 'province')) : null;
        const [start, end] = instantsOf(period);
        const rawTime = await timed(runs, () => statement.all(regionCode, start, end));
        rows.push({ level, period, serviceFirst: service.first, service: service.median, http: overHttp?.median ?? null, raw: rawTime.median });
      }
    }
  } finally {
    raw.close();
  }
  return rows;
}

export function printDashboardTable(rows: TDashboardRow[], marker: TDashboardMarker): void {
  console.log(`\n  统计分析 dashboard.overview（${marker.villages} 村，${marker.disclosures} 条公开，共 ${marker.records} 条记录；生成用时 ${marker.seconds.toFixed(0)} s；中位数 ms）`);
  console.log('  | 层级        | 期间    | 服务首次 | 服务 | HTTP | 原始 SQL GROUP BY | 服务/SQL | HTTP/SQL |');
  for (const r of rows) {
    const ratio = (v: number | null) => (v === null ? '   -' : `${(v / Math.max(r.raw, 0.01)).toFixed(2)}x`);
    console.log(
      `  | ${r.level.padEnd(11)} | ${r.period.padEnd(7)} | ${r.serviceFirst.toFixed(1).padStart(8)} | ${r.service.toFixed(1).padStart(4)} | ${r.http === null ? '   -' : r.http.toFixed(1).padStart(4)} | ${r.raw.toFixed(1).padStart(17)} | ${ratio(r.service).padStart(8)} | ${ratio(r.http).padStart(8)} |`,
    );
  }
}

/** The built gateway on the data directory, answering the dashboard to the county and the province supervisor. */
export async function startDashboardGateway(distDir: string, dataDir: string) {
  const port = await freePort();
  const gateway = await startChild(join(distDir, 'gateway.js'), [], { SUNSHINE_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' }, /按 Ctrl\+C 停止/);
  const base = `http://127.0.0.1:${port}`;
  const signIn = async (username: string) => {
    const { json } = await post(base, '/api/adminAuth', { action: 'signIn', input: { username, password: DEMO_PASSWORD } });
    if (!json.ok) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(json)}`);
    return { authorization: `Bearer ${json.data.token}` };
  };
  const tokens = { county: await signIn('faku_jiwei'), province: await signIn(BENCH_PROVINCE_ADMIN.username) };
  return {
    async call(regionCode: string, period: string, who: 'county' | 'province') {
      const json = await postWithoutKeepAlive(port, '/api/dashboard', { action: 'overview', input: { regionCode, period } }, { origin: base, ...tokens[who] });
      if (!json.ok) throw new Error(`dashboard answered ${JSON.stringify(json.error)}`);
      return json.data;
    },
    stop: () => gateway.kill('SIGTERM'),
  };
}

/**
 * A request on a connection of its own: between the runs the service is
 * timed in this process for seconds, and a kept-alive connection the gateway
 * closes meanwhile would fail the next request.
 */
function postWithoutKeepAlive(port: number, path: string, body: object, headers: Record<string, string>): Promise<{ ok: boolean; data?: unknown; error?: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent: false, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}
