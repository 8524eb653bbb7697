import { readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { IMPORT_LIMITS } from '@sunshine/shared';
import { DEMO_PASSWORD } from '../src/local/demoData';
import { fileChunks, sampleListCsv, sampleRow } from '../src/local/sampleList';
import { sweepImports } from '../src/services/imports/listImport';
import { verifySealChains } from '../src/services/disclosure/sealing';
import { withDemoAdmins } from './support/demo';
import { browserLikeClient, startGateway } from './support/gateway';
import { allowanceList, VILLAGE } from './support/publishing';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';
import { zipOf } from './support/zip';

let runtime: TTestRuntime;
let server: Server;
let baseUrl: string;
let villageAuth: Record<string, string>;
let reviewerAuth: Record<string, string>;
let post: ReturnType<typeof browserLikeClient>;

const signIn = async (username: string) => ({
  authorization: `Bearer ${(await post('/api/adminAuth', { action: 'signIn', input: { username, password: DEMO_PASSWORD } })).json.data.token}`,
});

beforeAll(async () => {
  runtime = openTestRuntime();
  await withDemoAdmins(runtime);
  ({ server, baseUrl } = await startGateway(runtime));
  post = browserLikeClient(baseUrl);
  villageAuth = await signIn('dagujiazi');
  reviewerAuth = await signIn('dagujiazi_zhen');
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await runtime.close();
});

const api = (fn: string, action: string, input: unknown, auth = villageAuth) => post(`/api/${fn}`, { action, input }, auth);

async function draft(auth = villageAuth): Promise<string> {
  return (await api('disclosure', 'create', allowanceList([]), auth)).json.data.id;
}

async function startUpload(disclosureId: string, fileName: string, bytes: Buffer, auth = villageAuth): Promise<string> {
  const started = await api('disclosureImport', 'start', { disclosureId, fileName, size: bytes.length }, auth);
  expect(started.json).toMatchObject({ ok: true });
  return started.json.data.id;
}

async function upload(disclosureId: string, fileName: string, bytes: Buffer, auth = villageAuth): Promise<string> {
  const importId = await startUpload(disclosureId, fileName, bytes, auth);
  for (const [index, dataBase64] of fileChunks(bytes).entries()) expect((await api('disclosureImport', 'chunk', { importId, index, dataBase64 }, auth)).status).toBe(200);
  return importId;
}

/** Every file under the data directory's files/, with its bytes. */
function filesOnDisk(): { path: string; bytes: Buffer }[] {
  const root = join(runtime.dataDir, 'files');
  const out: { path: string; bytes: Buffer }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push({ path, bytes: readFileSync(path) });
    }
  };
  try {
    walk(root);
  } catch {
    // No files yet.
  }
  return out;
}

describe('9.7 parallel chunk uploads', () => {
  it('answers every one of 12 identical parallel uploads of one chunk, and the import reads the chunk once', async () => {
    const csv = Buffer.from(sampleListCsv(200), 'utf8');
    const importId = await startUpload(await draft(), '名单.csv', csv);
    const [dataBase64] = fileChunks(csv);
    const answers = await Promise.all(Array.from({ length: 12 }, () => api('disclosureImport', 'chunk', { importId, index: 0, dataBase64 })));
    expect(answers.map((a) => a.status)).toEqual(Array(12).fill(200));
    const tmp = filesOnDisk().filter((f) => f.path.includes(importId) && f.path.endsWith('.tmp'));
    expect(tmp).toEqual([]);
    expect((await api('disclosureImport', 'run', { importId })).json).toMatchObject({ ok: true, data: { status: 'done', totalRows: 200 } });
  });
});

describe('9.6 uploaded lists at rest', () => {
  it('never writes a full ID number to disk, and still imports the list', async () => {
    const csv = Buffer.from(sampleListCsv(50), 'utf8');
    const disclosureId = await draft();
    const importId = await upload(disclosureId, '名单.csv', csv);
    const chunks = filesOnDisk().filter((f) => f.path.includes(importId));
    expect(chunks).toHaveLength(1);
    expect(chunks[0].bytes.includes(Buffer.from(sampleRow(0).idNumber))).toBe(false);
    expect(chunks[0].bytes.includes(Buffer.from('身份证号'))).toBe(false);
    expect((await api('disclosureImport', 'run', { importId })).json).toMatchObject({ ok: true, data: { status: 'done', totalRows: 50 } });
    expect(filesOnDisk().filter((f) => f.path.includes(importId))).toEqual([]);
  });

  it('removes an upload abandoned for more than 24 hours', async () => {
    const csv = Buffer.from(sampleListCsv(20), 'utf8');
    const importId = await upload(await draft(), '名单.csv', csv);
    const other = await upload(await draft(), '名单.csv', csv);
    runtime.advanceMinutes(25 * 60);
    try {
      // A day later the first session has ended; a new one uploads the list that is still fresh.
      const dayLater = await signIn('dagujiazi');
      const kept = await upload(await draft(dayLater), '名单.csv', csv, dayLater);
      await sweepImports(runtime.services);
      expect(filesOnDisk().filter((f) => f.path.includes(importId) || f.path.includes(other))).toEqual([]);
      expect(filesOnDisk().filter((f) => f.path.includes(kept))).toHaveLength(1);
      const status = await api('disclosureImport', 'status', { importId }, dayLater);
      expect(status.json.data).toMatchObject({ status: 'failed', message: expect.stringContaining('24 小时') });
      expect((await api('disclosureImport', 'run', { importId }, dayLater)).json).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    } finally {
      runtime.advanceMinutes(-25 * 60);
    }
  });

  it('refuses more open uploads per village than the limit, in Chinese; a new upload of the same list replaces the earlier one', async () => {
    const start = (disclosureId: string) => api('disclosureImport', 'start', { disclosureId, fileName: '名单.csv', size: 100 });
    const retried = await draft();
    const replaced = (await start(retried)).json.data.id;
    for (let i = 0; i < IMPORT_LIMITS.openUploadsPerVillage + 2; i++) expect((await start(retried)).json).toMatchObject({ ok: true });
    expect((await api('disclosureImport', 'status', { importId: replaced })).json.data).toMatchObject({ status: 'failed', message: expect.stringContaining('作废') });
    // Earlier tests of this file may have left uploads open; the limit counts them too.
    const answers = [];
    for (let i = 0; i < IMPORT_LIMITS.openUploadsPerVillage; i++) answers.push(await start(await draft()));
    const refused = answers.at(-1)!;
    expect(refused).toMatchObject({ status: 429, json: { ok: false, error: { code: 'TOO_MANY_OPEN_IMPORTS', message: expect.stringContaining('未完成的名单导入') } } });
    await sweepImports(runtime.services, { olderThanMinutes: 0 });
    expect((await start(await draft())).json).toMatchObject({ ok: true });
    await sweepImports(runtime.services, { olderThanMinutes: 0 });
  });
});

describe('9.13 two runs of one import', () => {
  it('runs one import once when it is started twice at the same moment; the other answer says it is running', async () => {
    const disclosureId = await draft();
    const importId = await upload(disclosureId, '名单.csv', Buffer.from(sampleListCsv(3_000), 'utf8'));
    const [a, b] = await Promise.all([api('disclosureImport', 'run', { importId }), api('disclosureImport', 'run', { importId })]);
    const answers = [a, b].sort((x, y) => Number(y.json.ok) - Number(x.json.ok));
    expect(answers[0].json).toMatchObject({ ok: true, data: { status: 'done', totalRows: 3_000 } });
    expect(answers[1]).toMatchObject({ status: 409, json: { ok: false, error: { code: 'IMPORT_IN_PROGRESS', message: expect.stringContaining('导入正在进行') } } });
    expect(await runtime.store.count('disclosureRows', [['importId', '==', importId]])).toBe(3_000);
    expect((await api('disclosure', 'submit', { id: disclosureId })).json).toMatchObject({ ok: true });
    expect((await api('review', 'approve', { id: disclosureId }, reviewerAuth)).json).toMatchObject({ ok: true });
    expect((await verifySealChains(runtime.services, VILLAGE)).problems).toEqual([]);
  });
});

/** An xlsx whose one sheet repeats a long cell: a few hundred KB that inflate to `rows` × ~1 KB of XML. */
function expandingXlsx(rows: number, options: { understate?: boolean } = {}): Promise<Buffer> {
  const long = 'x'.repeat(900);
  const row = (r: number) => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${r === 1 ? '姓名' : long}</t></is></c></row>`;
  const sheet = Array.from({ length: rows }, (_, i) => row(i + 1));
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml':
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': [
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
      ...sheet,
      '</sheetData></worksheet>',
    ],
  }, options);
}

describe('9.12 xlsx that expands beyond the limits', () => {
  it('refuses a small xlsx that inflates past the uncompressed limit, before reading its rows', async () => {
    const rows = Math.ceil(IMPORT_LIMITS.maxUncompressedBytes / 950) + 1_000;
    const xlsx = await expandingXlsx(rows);
    expect(xlsx.length).toBeLessThan(IMPORT_LIMITS.chunkBytes);
    const importId = await upload(await draft(), '名单.xlsx', xlsx);
    const answer = await api('disclosureImport', 'run', { importId });
    expect(answer).toMatchObject({ status: 413, json: { ok: false, error: { code: 'FILE_TOO_LARGE', message: expect.stringContaining('解压后') } } });
    expect((await api('disclosureImport', 'status', { importId })).json.data).toMatchObject({ status: 'failed', message: expect.stringContaining('解压后') });
  });

  it('refuses an xlsx whose headers understate what its entries inflate to', async () => {
    const importId = await upload(await draft(), '名单.xlsx', await expandingXlsx(20_000, { understate: true }));
    expect((await api('disclosureImport', 'run', { importId })).json).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_FILE_UNREADABLE', message: expect.stringContaining('解压后的大小与文件记录不符') },
    });
  });
});

describe('9.17 one big list does not block everyone', () => {
  const ROWS = 40_000;

  /** Reads the village page one after another until `until` settles; returns how many answered before it. */
  async function readVillageWhile(until: Promise<unknown>): Promise<{ reads: number; latencies: number[] }> {
    let settled = false;
    void until.finally(() => (settled = true));
    const latencies: number[] = [];
    let reads = 0;
    while (!settled) {
      const t = performance.now();
      const answer = await api('publicDisclosure', 'villageHome', { villageCode: VILLAGE }, {});
      expect(answer.status).toBe(200);
      if (!settled) {
        reads++;
        latencies.push(performance.now() - t);
      }
    }
    return { reads, latencies };
  }

  const describeLatencies = (l: number[]) => {
    const s = [...l].sort((a, b) => a - b);
    return `${l.length} reads, median ${s[Math.floor(s.length / 2)]?.toFixed(0)} ms, max ${s.at(-1)?.toFixed(0)} ms`;
  };

  it('answers village pages while a 40,000-row list is imported and while it is approved', async () => {
    const disclosureId = await draft();
    const csv = Buffer.from(sampleListCsv(ROWS), 'utf8');
    const importId = await upload(disclosureId, '低保名单.csv', csv);

    const t = performance.now();
    const run = api('disclosureImport', 'run', { importId });
    // A read issued once rows are being written answers before the import does.
    let midImport: { status: string; processedRows: number; totalRows: number } | null = null;
    while (!midImport) {
      const status = (await api('disclosureImport', 'status', { importId })).json.data;
      if (status.processedRows > 0) midImport = status;
    }
    const during = await readVillageWhile(run);
    const done = await run;
    const importSeconds = (performance.now() - t) / 1000;
    expect(done.json).toMatchObject({ ok: true, data: { status: 'done', totalRows: ROWS } });
    expect(midImport.processedRows).toBeLessThan(ROWS);
    expect(during.reads).toBeGreaterThan(0);
    console.log(`9.17 import of ${ROWS} rows: ${importSeconds.toFixed(1)} s = ${Math.round(ROWS / importSeconds)} rows/s; village page during import: ${describeLatencies(during.latencies)}`);

    // The person on the list's first row, bound in the app, watches "my payments" while the list is approved.
    const first = sampleRow(0);
    expect((await api('identity', 'uploadRoster', { csv: `${first.name},${first.idNumber}\n` })).json).toMatchObject({ ok: true });
    const resident = browserLikeClient(baseUrl);
    const mine = async () => (await resident('/api/payments', { action: 'mine', input: {} })).json;
    const bound = await resident('/api/identity', { action: 'bind', input: { villageCode: VILLAGE, name: first.name, idNumber: first.idNumber, consent: true } });
    expect(bound.json).toMatchObject({ ok: true });

    expect((await api('disclosure', 'submit', { id: disclosureId })).json).toMatchObject({ ok: true });
    const ta = performance.now();
    const approve = api('review', 'approve', { id: disclosureId }, reviewerAuth);
    const watched: { shown: number; written: number }[] = [];
    let approved = false;
    void approve.finally(() => (approved = true));
    const watch = (async () => {
      while (!approved) {
        const page = await mine();
        const written = await runtime.store.count('paymentIndex', [['disclosureId', '==', disclosureId]]);
        // Earlier tests published lists with this person on them too; only this list's entries count here.
        watched.push({ shown: page.ok ? page.data.items.filter((i: { disclosureId: string }) => i.disclosureId === disclosureId).length : -1, written });
      }
    })();
    const duringApproval = await readVillageWhile(approve);
    await watch;
    expect((await approve).json).toMatchObject({ ok: true, data: { status: 'published' } });
    expect(duringApproval.reads).toBeGreaterThan(0);
    // The list appears whole or not at all: entries being written are not shown, and none is shown before all are written.
    expect(watched.some((w) => w.shown === 0 && w.written > 0 && w.written < ROWS)).toBe(true);
    expect(watched.filter((w) => w.shown !== 0 && !(w.shown === 1 && w.written === ROWS))).toEqual([]);
    expect((await mine()).data.items).toEqual(expect.arrayContaining([expect.objectContaining({ disclosureId, amount: first.amount })]));
    console.log(`9.17 approval of ${ROWS} rows: ${((performance.now() - ta) / 1000).toFixed(1)} s; village page during approval: ${describeLatencies(duringApproval.latencies)}`);
    expect(await runtime.store.count('paymentIndex', [['disclosureId', '==', disclosureId]])).toBe(ROWS);
    expect((await verifySealChains(runtime.services, VILLAGE)).problems).toEqual([]);
  }, 240_000);
});
