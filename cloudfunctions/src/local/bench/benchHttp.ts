import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DEMO_PASSWORD, DEMO_REGIONS } from '../demoData';
import { BENCH_RESIDENT } from './benchGenerate';
import type { TRawPaths } from './rawBaseline';

const CONNECTIONS = 64;

export interface TPathResult {
  path: string;
  gateway: { rps: number; p50: number; p99: number; max: number; failures: number };
  raw: { rps: number; p50: number; p99: number; max: number; failures: number };
}

interface TBenchPath {
  path: string;
  /** The gateway's function and request. */
  fn: string;
  body: object;
  headers?: Record<string, string>;
  /** The baseline's handler doing the same queries. */
  raw: string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts a child and waits for its line naming the port it listens on. */
export async function startChild(script: string, args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (ready.test(out)) resolve();
    });
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}: ${out}`)));
  });
  child.stdout!.resume();
  return child;
}

export async function post(base: string, path: string, body: object, headers: Record<string, string> = {}) {
  // Sent as the app's own pages send it: the gateway refuses a cookie without its own Origin.
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base, ...headers }, body: JSON.stringify(body) });
  return { res, json: (await res.json()) as { ok: boolean; data?: any; error?: { code: string } } };
}

/** The resident's WeChat cookie is kept in the data directory: a second run's new openid could not bind the same ID number again. */
async function residentCookie(base: string, dataDir: string): Promise<string> {
  const file = join(dataDir, 'bench-resident-cookie.txt');
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const { res } = await post(base, '/api/identity', { action: 'status', input: {} });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const bound = await post(base, '/api/identity', { action: 'bind', input: { villageCode: DEMO_REGIONS.village, name: BENCH_RESIDENT.name, idNumber: BENCH_RESIDENT.idNumber, consent: true } }, { cookie });
  if (!bound.json.ok) throw new Error(`bench resident could not bind: ${JSON.stringify(bound.json)}`);
  writeFileSync(file, cookie);
  return cookie;
}

const ms = (v: number) => `${v.toFixed(0)}`;

async function measure(url: string, body: object, headers: Record<string, string>, duration: number) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(url).origin, ...headers },
    body: JSON.stringify(body),
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max, failures: result.non2xx + result.errors + result.timeouts };
}

/**
 * Every read path through HTTP against the built gateway, each followed by
 * its raw baseline on the same file, so the two share whatever else the
 * machine is doing at that moment.
 */
export async function benchHttp(distDir: string, dataDir: string, duration: number, ids: { disclosureId: string; idHash: string }): Promise<TPathResult[]> {
  const gatewayPort = await freePort();
  const gateway = await startChild(join(distDir, 'gateway.js'), [], { SUNSHINE_DATA_DIR: dataDir, PORT: String(gatewayPort), HOST: '127.0.0.1' }, /按 Ctrl\+C 停止/);
  const base = `http://127.0.0.1:${gatewayPort}`;
  const rawPaths: TRawPaths = { villageCode: DEMO_REGIONS.village, disclosureId: ids.disclosureId, townshipCode: DEMO_REGIONS.township, countyCode: DEMO_REGIONS.county, idHash: ids.idHash };
  const rawPort = await freePort();
  const raw = await startChild(join(distDir, 'bench.js'), ['--serve-raw', dataDir, String(rawPort), JSON.stringify(rawPaths)], {}, /raw baseline listening/);
  try {
    const signIn = async (username: string) => {
      const { json } = await post(base, '/api/adminAuth', { action: 'signIn', input: { username, password: DEMO_PASSWORD } });
      if (!json.ok) throw new Error(`sign-in of ${username} failed: ${JSON.stringify(json)}`);
      return { authorization: `Bearer ${json.data.token}` };
    };
    const cookie = { cookie: await residentCookie(base, dataDir) };
    const township = await signIn('dagujiazi_zhen');
    const county = await signIn('faku_jiwei');
    const village = DEMO_REGIONS.village;
    const paths: TBenchPath[] = [
      { path: '村首页 villageHome', fn: 'publicDisclosure', body: { action: 'villageHome', input: { villageCode: village } }, headers: cookie, raw: 'villageHome' },
      { path: '公开详情+首页名单 get', fn: 'publicDisclosure', body: { action: 'get', input: { id: ids.disclosureId } }, headers: cookie, raw: 'disclosure' },
      { path: '分类列表 listByVillage', fn: 'publicDisclosure', body: { action: 'listByVillage', input: { villageCode: village, category: 'village', page: 1, pageSize: 20 } }, headers: cookie, raw: 'category' },
      { path: '我的补贴 payments.mine', fn: 'payments', body: { action: 'mine', input: { page: 1, pageSize: 20 } }, headers: cookie, raw: 'payments' },
      { path: '乡镇待审 review.queue', fn: 'review', body: { action: 'queue', input: { page: 1, pageSize: 20 } }, headers: township, raw: 'queue' },
      { path: '县督办列表 supervision.cases', fn: 'supervision', body: { action: 'cases', input: { page: 1, pageSize: 20 } }, headers: county, raw: 'cases' },
    ];
    const results: TPathResult[] = [];
    for (const p of paths) {
      const check = await post(base, `/api/${p.fn}`, p.body, p.headers);
      if (!check.json.ok) throw new Error(`${p.path} answered ${JSON.stringify(check.json.error)}`);
      const gatewayResult = await measure(`${base}/api/${p.fn}`, p.body, p.headers ?? {}, duration);
      const rawResult = await measure(`http://127.0.0.1:${rawPort}/${p.raw}`, p.body, {}, duration);
      results.push({ path: p.path, gateway: gatewayResult, raw: rawResult });
      console.log(`    ${p.path}: ${gatewayResult.rps.toFixed(0)} req/s（基线 ${rawResult.rps.toFixed(0)}）`);
    }
    return results;
  } finally {
    gateway.kill('SIGTERM');
    raw.kill('SIGTERM');
  }
}

export function printHttpTable(results: TPathResult[]): void {
  console.log(`\n  HTTP（autocannon，${CONNECTIONS} 连接）      网关 req/s  p50  p99  max(ms) | 基线 req/s  p50  p99 | req/s 比  p99 倍数`);
  for (const { path, gateway: g, raw: r } of results) {
    const failures = g.failures ? `  （网关失败 ${g.failures}）` : '';
    console.log(
      `  | ${path.padEnd(30)} | ${g.rps.toFixed(0).padStart(6)} | ${ms(g.p50).padStart(4)} | ${ms(g.p99).padStart(4)} | ${ms(g.max).padStart(5)} | ${r.rps.toFixed(0).padStart(6)} | ${ms(r.p50).padStart(4)} | ${ms(r.p99).padStart(4)} | ${((g.rps / r.rps) * 100).toFixed(0).padStart(3)}% | ${(g.p99 / Math.max(r.p99, 1)).toFixed(2)}x |${failures}`,
    );
  }
}
