import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CLOUD_FUNCTIONS } from '../src/functions';
import { verifySealChains } from '../src/services/disclosure/sealing';
import { callHttp, dataOf } from './support/invoke';
import { withDemoAdmins } from './support/demo';
import { allowanceList, publish, tamperWithSql, VILLAGE } from './support/publishing';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

const { disclosure, review, publicDisclosure } = CLOUD_FUNCTIONS;

let runtime: TTestRuntime;
let villageToken: string;
let neighbourToken: string;
let reviewerToken: string;

beforeEach(async () => {
  runtime = openTestRuntime();
  const signIn = await withDemoAdmins(runtime);
  villageToken = await signIn('dagujiazi');
  neighbourToken = await signIn('lamaqiao');
  reviewerToken = await signIn('dagujiazi_zhen');
});
afterEach(() => runtime.close());

async function correct(id: string, reason: string, change: (cells: Record<string, string>) => Record<string, string>) {
  const draft = dataOf(await callHttp(runtime, disclosure, 'startCorrection', { id, reason }, villageToken));
  const rows = draft.table.rows.map((r: { rowId: string; cells: Record<string, string> }) => ({ rowId: r.rowId, cells: change(r.cells) }));
  dataOf(await callHttp(runtime, disclosure, 'update', { id: draft.id, title: draft.title, body: draft.body, rows }, villageToken));
  dataOf(await callHttp(runtime, disclosure, 'submit', { id: draft.id }, villageToken));
  return draft;
}

describe('corrections: a new version, never an edit', () => {
  it('supersedes the published version only when the correction is approved, keeping both in the history', async () => {
    const v1 = await publish(runtime, villageToken, reviewerToken);
    expect(v1.version).toBe(1);

    const edit = await callHttp(runtime, disclosure, 'update', { id: v1.id, title: '改标题', body: '', rows: [] }, villageToken);
    expect(edit).toMatchObject({ ok: false, error: { code: 'PUBLISHED_IS_SEALED' } });

    const noReason = await callHttp(runtime, disclosure, 'startCorrection', { id: v1.id, reason: '' }, villageToken);
    expect(noReason).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'reason' }] } });
    const foreign = await callHttp(runtime, disclosure, 'startCorrection', { id: v1.id, reason: '金额录入错误' }, neighbourToken);
    expect(foreign).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE' } });

    const draft = await correct(v1.id, '张桂兰的金额录入错误，应为 1280 元', (cells) => ({ ...cells, amount: '1280.00' }));
    expect(draft).toMatchObject({ version: 2, previousVersionId: v1.id, lineageId: v1.id, status: 'draft', correctionReason: '张桂兰的金额录入错误，应为 1280 元' });
    // Starting again opens the same correction rather than a second one.
    const again = dataOf(await callHttp(runtime, disclosure, 'startCorrection', { id: v1.id, reason: '另一次更正' }, villageToken));
    expect(again.id).toBe(draft.id);

    // Until the township approves, residents still read version 1.
    expect(dataOf(await callHttp(runtime, publicDisclosure, 'get', { id: v1.id })).table.rows[0].cells.amount).toBe('1380.00');

    const diff = dataOf(await callHttp(runtime, review, 'diff', { id: draft.id }, reviewerToken));
    expect(diff.previous).toEqual({ id: v1.id, version: 1, title: v1.title });
    expect(diff.rows).toMatchObject({ added: 0, removed: 0, changed: 1 });
    expect(diff.rows.samples[0]).toMatchObject({ before: { amount: '1380.00' }, after: { amount: '1280.00' } });

    const v2 = dataOf(await callHttp(runtime, review, 'approve', { id: draft.id }, reviewerToken));
    expect(v2.status).toBe('published');
    const old = dataOf(await callHttp(runtime, disclosure, 'get', { id: v1.id }, villageToken));
    expect(old.status).toBe('superseded');
    expect(old.table.rows[0].cells.amount).toBe('1380.00');

    // The old link leads residents to the current version; the history lists both with dates and the reason.
    const current = dataOf(await callHttp(runtime, publicDisclosure, 'get', { id: v1.id }));
    expect(current).toMatchObject({ id: draft.id, version: 2, correctionReason: '张桂兰的金额录入错误，应为 1280 元' });
    expect(current.table.rows[0].cells.amount).toBe('1280.00');
    const history = dataOf(await callHttp(runtime, publicDisclosure, 'history', { id: draft.id }));
    expect(history.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [1, 'superseded'],
      [2, 'published'],
    ]);
    expect(history[0].supersededAt).toEqual(expect.any(String));
    expect(history[1]).toMatchObject({ correctionReason: '张桂兰的金额录入错误，应为 1280 元', publishedAt: expect.any(String) });

    const report = await verifySealChains(runtime.services);
    expect(report).toEqual({ villages: 1, seals: 2, problems: [] });
  });

  it('refuses to correct what is not published', async () => {
    const created = dataOf(await callHttp(runtime, disclosure, 'create', allowanceList(), villageToken));
    const result = await callHttp(runtime, disclosure, 'startCorrection', { id: created.id, reason: '想改一下金额' }, villageToken);
    expect(result).toMatchObject({ ok: false, status: 409, error: { code: 'INVALID_TRANSITION' } });
  });
});

describe('the hash chain', () => {
  it('seals each publication in order and names a row changed directly in the database', async () => {
    const first = await publish(runtime, villageToken, reviewerToken);
    const second = await publish(runtime, villageToken, reviewerToken, { ...allowanceList(), title: '2026 年第二季度低保名单' });
    const seals = await runtime.store.find('disclosureSeals', { where: [['villageCode', '==', VILLAGE]], orderBy: [['sequence', 'asc']], limit: 10 });
    expect(seals.map((s) => [s.sequence, s.disclosureId])).toEqual([
      [1, first.id],
      [2, second.id],
    ]);
    expect(seals[1].previousHash).toBe(seals[0].sealHash);
    expect(await verifySealChains(runtime.services, VILLAGE)).toEqual({ villages: 1, seals: 2, problems: [] });

    const changed = tamperWithSql(runtime, `UPDATE c_disclosures SET doc = json_set(doc, '$.table.rows[0].cells.amount', '9999.00') WHERE id = ?`, first.id);
    expect(changed).toBe(1);
    const report = await verifySealChains(runtime.services, VILLAGE);
    expect(report.problems).toEqual([
      expect.objectContaining({ disclosureId: first.id, sequence: 1, message: expect.stringContaining('在审核流程之外被改动') }),
    ]);
    expect(report.problems[0].message).toContain(first.id);
  });

  it('never forks the sequence when two publications of one village race', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const created = dataOf(await callHttp(runtime, disclosure, 'create', allowanceList(), villageToken));
      dataOf(await callHttp(runtime, disclosure, 'submit', { id: created.id }, villageToken));
      ids.push(created.id);
    }
    const results = await Promise.all(ids.map((id) => callHttp(runtime, review, 'approve', { id }, reviewerToken)));
    expect(results.every((r) => r.ok)).toBe(true);
    const seals = await runtime.store.find('disclosureSeals', { where: [['villageCode', '==', VILLAGE]], orderBy: [['sequence', 'asc']], limit: 10 });
    expect(seals.map((s) => s.sequence)).toEqual([1, 2, 3, 4]);
    expect(new Set(seals.map((s) => s.disclosureId))).toEqual(new Set(ids));
    expect(await verifySealChains(runtime.services)).toEqual({ villages: 1, seals: 4, problems: [] });
  });

  it('reports a deleted seal, a broken link and a publication without a seal', async () => {
    const first = await publish(runtime, villageToken, reviewerToken);
    const second = await publish(runtime, villageToken, reviewerToken);
    tamperWithSql(runtime, `DELETE FROM c_disclosureSeals WHERE json_extract(doc, '$.disclosureId') = ?`, first.id);
    const messages = (await verifySealChains(runtime.services)).problems.map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('第 1 号封存记录缺失'),
        expect.stringContaining('第 2 号封存记录与前一条不衔接'),
        expect.stringMatching(new RegExp(`编号 ${first.id}.*没有封存记录`)),
      ]),
    );
    expect(messages.join('\n')).not.toContain(`编号 ${second.id}，第 1 版）的内容`);
  });

  it('runs as a command that prints the record in Chinese and exits non-zero', async () => {
    const script = join(__dirname, '..', 'dist-local', 'verify-chain.js');
    if (!existsSync(script)) throw new Error('build the platform first: npm run build -w @sunshine/cloudfunctions');
    const published = await publish(runtime, villageToken, reviewerToken);
    const run = () => {
      try {
        return { code: 0, out: execFileSync(process.execPath, [script, VILLAGE], { env: { ...process.env, SUNSHINE_DATA_DIR: runtime.dataDir }, encoding: 'utf8' }) };
      } catch (error) {
        const e = error as { status: number; stdout: string };
        return { code: e.status, out: e.stdout };
      }
    };
    // The command needs the runtime's keys only to open the store; the chain itself needs none.
    expect(run()).toMatchObject({ code: 0, out: expect.stringContaining('全部一致') });
    tamperWithSql(runtime, `UPDATE c_disclosures SET doc = json_set(doc, '$.title', '改过的标题') WHERE id = ?`, published.id);
    const result = run();
    expect(result.code).toBe(1);
    expect(result.out).toContain(`编号 ${published.id}`);
    expect(result.out).toContain('在审核流程之外被改动');
  });
});
