import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_PASSWORD } from '../src/local/demoData';
import { fileChunks, sampleListCsv } from '../src/local/sampleList';
import { browserLikeClient } from './support/gateway';
import { allowanceList } from './support/publishing';

/**
 * A list import killed with SIGKILL in the middle, then retried on a
 * gateway restarted on the same data: the built gateway, as `npm start` runs it.
 */
const distLocal = resolve(__dirname, '..', 'dist-local');
const ROWS = 40_000;

let dataDir: string;
let gateway: ChildProcess | null = null;

async function startGateway(extraEnv: Record<string, string> = {}): Promise<string> {
  if (gateway) await kill('SIGTERM');
  const child = spawn('node', [join(distLocal, 'gateway.js')], { env: { ...process.env, SUNSHINE_DATA_DIR: dataDir, PORT: '0', ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  gateway = child;
  return new Promise((resolvePromise, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.includes('按 Ctrl+C 停止') ? /管理后台\s+(http:\/\/[^/\s]+)\/admin\//.exec(output) : null;
      if (match) resolvePromise(match[1]);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}:\n${output}`)));
  });
}

async function kill(signal: NodeJS.Signals): Promise<void> {
  const child = gateway!;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await exited;
  gateway = null;
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'sunshine-crash-'));
  const seed = spawnSync('node', [join(distLocal, 'seed.js')], { env: { ...process.env, SUNSHINE_DATA_DIR: dataDir }, encoding: 'utf8' });
  if (seed.status !== 0) throw new Error(`seed failed: ${seed.stderr}`);
});
afterAll(async () => {
  if (gateway) await kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

async function signedIn(baseUrl: string, username = 'dagujiazi') {
  const post = browserLikeClient(baseUrl);
  const token = (await post('/api/adminAuth', { action: 'signIn', input: { username, password: DEMO_PASSWORD } })).json.data.token;
  return (fn: string, action: string, input: unknown) => post(`/api/${fn}`, { action, input }, { authorization: `Bearer ${token}` });
}

function countInDatabase(sql: string, ...params: unknown[]): number {
  const db = new Database(join(dataDir, 'sunshine.db'), { readonly: true });
  try {
    return (db.prepare(sql).get(...params) as { n: number }).n;
  } finally {
    db.close();
  }
}

const rowsInDatabase = (importId: string) => countInDatabase(`SELECT COUNT(*) AS n FROM c_disclosureRows WHERE json_extract(doc, '$.importId') = ?`, importId);
const paymentEntries = (disclosureId: string) => countInDatabase(`SELECT COUNT(*) AS n FROM c_paymentIndex WHERE json_extract(doc, '$.disclosureId') = ?`, disclosureId);

describe('9.14 a list import killed half way', () => {
  it('is taken up again after a restart: the half-written rows go, and the kept file is imported once', async () => {
    let api = await signedIn(await startGateway());
    const disclosureId = (await api('disclosure', 'create', allowanceList([]))).json.data.id;
    const csv = Buffer.from(sampleListCsv(ROWS), 'utf8');
    const importId = (await api('disclosureImport', 'start', { disclosureId, fileName: '低保名单.csv', size: csv.length })).json.data.id;
    for (const [index, dataBase64] of fileChunks(csv).entries()) expect((await api('disclosureImport', 'chunk', { importId, index, dataBase64 })).status).toBe(200);

    void api('disclosureImport', 'run', { importId }).catch(() => undefined);
    let status = (await api('disclosureImport', 'status', { importId })).json.data;
    while (status.processedRows === 0) status = (await api('disclosureImport', 'status', { importId })).json.data;
    await kill('SIGKILL');
    expect(status.processedRows).toBeLessThan(ROWS);
    const halfWritten = rowsInDatabase(importId);
    expect(halfWritten).toBeGreaterThan(0);
    // The uploaded file outlives the crash, so the import can run again without a new upload.
    expect(existsSync(join(dataDir, 'files', 'imports', importId, '0000'))).toBe(true);

    // Restarted on the same data once the dead run's lease has run out (a day later by the test clock).
    api = await signedIn(await startGateway({ SUNSHINE_CLOCK_OFFSET_DAYS: '1' }));
    const retried = await api('disclosureImport', 'run', { importId });
    expect(retried.json).toMatchObject({ ok: true, data: { status: 'done', totalRows: ROWS, processedRows: ROWS } });
    expect(rowsInDatabase(importId)).toBe(ROWS);
    expect(existsSync(join(dataDir, 'files', 'imports', importId))).toBe(false);
    const view = (await api('disclosure', 'get', { id: disclosureId })).json.data;
    expect(view.table).toMatchObject({ total: ROWS, imported: true });
    expect((await api('disclosureImport', 'run', { importId })).json).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
  }, 180_000);

  it('shows a stale import as interrupted, with its half-written rows removed, when nobody retries it', async () => {
    let api = await signedIn(await startGateway());
    const disclosureId = (await api('disclosure', 'create', allowanceList([]))).json.data.id;
    const csv = Buffer.from(sampleListCsv(ROWS), 'utf8');
    const importId = (await api('disclosureImport', 'start', { disclosureId, fileName: '低保名单.csv', size: csv.length })).json.data.id;
    for (const [index, dataBase64] of fileChunks(csv).entries()) await api('disclosureImport', 'chunk', { importId, index, dataBase64 });
    void api('disclosureImport', 'run', { importId }).catch(() => undefined);
    while ((await api('disclosureImport', 'status', { importId })).json.data.processedRows === 0);
    await kill('SIGKILL');
    expect(rowsInDatabase(importId)).toBeGreaterThan(0);

    api = await signedIn(await startGateway({ SUNSHINE_CLOCK_OFFSET_DAYS: '1' }));
    // The console shows what the status says; the gateway's sweep finds the dead run on its first pass.
    let status = (await api('disclosureImport', 'status', { importId })).json.data;
    while (status.status === 'running') status = (await api('disclosureImport', 'status', { importId })).json.data;
    expect(status).toMatchObject({ status: 'uploading', processedRows: 0, message: expect.stringContaining('中断') });
    expect(rowsInDatabase(importId)).toBe(0);
  }, 180_000);

  it('loses no "my payments" entry when the gateway is killed while approving a big list', async () => {
    const baseUrl = await startGateway();
    let api = await signedIn(baseUrl);
    const disclosureId = (await api('disclosure', 'create', allowanceList([]))).json.data.id;
    const csv = Buffer.from(sampleListCsv(ROWS), 'utf8');
    const importId = (await api('disclosureImport', 'start', { disclosureId, fileName: '低保名单.csv', size: csv.length })).json.data.id;
    for (const [index, dataBase64] of fileChunks(csv).entries()) await api('disclosureImport', 'chunk', { importId, index, dataBase64 });
    expect((await api('disclosureImport', 'run', { importId })).json).toMatchObject({ ok: true });
    expect((await api('disclosure', 'submit', { id: disclosureId })).json).toMatchObject({ ok: true });

    const reviewer = await signedIn(baseUrl, 'dagujiazi_zhen');
    void reviewer('review', 'approve', { id: disclosureId }).catch(() => undefined);
    while (paymentEntries(disclosureId) === 0) await new Promise((r) => setTimeout(r, 20));
    await kill('SIGKILL');
    expect(paymentEntries(disclosureId)).toBeLessThan(ROWS);

    // Published, its index still pending: the restarted gateway's sweep finishes it.
    api = await signedIn(await startGateway());
    let view = (await api('disclosure', 'get', { id: disclosureId })).json.data;
    expect(view.status).toBe('published');
    const state = () => countInDatabase(`SELECT COUNT(*) AS n FROM c_disclosures WHERE id = ? AND json_extract(doc, '$.paymentIndex.state') = 'live'`, disclosureId);
    while (state() === 0) await new Promise((r) => setTimeout(r, 200));
    expect(paymentEntries(disclosureId)).toBe(ROWS);
    view = (await api('disclosure', 'get', { id: disclosureId })).json.data;
    expect(view.table).toMatchObject({ total: ROWS });
  }, 180_000);
});
