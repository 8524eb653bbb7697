import { CLOUD_FUNCTIONS } from '../src/functions';
import { demoIdNumber } from '../src/local/demoData';
import { callHttp, dataOf } from './support/invoke';
import { withDemoAdmins } from './support/demo';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

const { disclosure, review, publicDisclosure } = CLOUD_FUNCTIONS;
const VILLAGE = '210124101200';
const NEIGHBOUR = '210124101201';

let runtime: TTestRuntime;
let signIn: (username: string) => Promise<string>;
let villageToken: string;
let reviewerToken: string;

beforeAll(async () => {
  runtime = openTestRuntime();
  signIn = await withDemoAdmins(runtime);
  villageToken = await signIn('dagujiazi');
  reviewerToken = await signIn('dagujiazi_zhen');
});
afterAll(() => runtime.close());

let requestSeq = 0;
const subsidyList = (rows = [{ cells: { name: '张桂兰', idNumber: demoIdNumber('19480312', 22), amount: '1380.00' } }]) => ({
  requestId: `req-${Date.now()}-${requestSeq++}`,
  villageCode: VILLAGE,
  catalogItemId: 'village-subsistence-allowance',
  title: '2026 年第四季度低保名单',
  body: '如有异议请于 7 日内反映。',
  rows,
});

async function createAndSubmit(input: ReturnType<typeof subsidyList> & { period?: string } = subsidyList()) {
  const created = dataOf(await callHttp(runtime, disclosure, 'create', input, villageToken));
  return dataOf(await callHttp(runtime, disclosure, 'submit', { id: created.id }, villageToken));
}

describe('the publishing slice, in-process against SQLite', () => {
  it('travels from village to township to resident', async () => {
    const submitted = await createAndSubmit();
    expect(submitted.status).toBe('submitted');

    const queue = dataOf(await callHttp(runtime, review, 'queue', {}, reviewerToken));
    expect(queue.items.map((d: { id: string }) => d.id)).toContain(submitted.id);

    const published = dataOf(await callHttp(runtime, review, 'approve', { id: submitted.id }, reviewerToken));
    expect(published.status).toBe('published');

    const home = dataOf(await callHttp(runtime, publicDisclosure, 'villageHome', { villageCode: VILLAGE }));
    const villageAffairs = home.categories.find((c: { category: string }) => c.category === 'village');
    expect(villageAffairs.latest.map((d: { id: string }) => d.id)).toContain(submitted.id);
    expect(home.categories.map((c: { name: string }) => c.name)).toEqual(['党务', '村(居)务', '财务']);

    const detail = dataOf(await callHttp(runtime, publicDisclosure, 'get', { id: submitted.id }));
    expect(detail.table.rows[0].cells).toEqual({ name: '张桂兰', idNumber: '210*************' + demoIdNumber('19480312', 22).slice(-2), amount: '1380.00' });
    expect(detail.history).toBeUndefined();
  });

  it('returns a rejected disclosure with its reason, and takes it back corrected', async () => {
    const submitted = await createAndSubmit();
    const rejected = dataOf(await callHttp(runtime, review, 'reject', { id: submitted.id, reason: '金额与花名册不一致，请核对' }, reviewerToken));
    expect(rejected.status).toBe('rejected');

    const seenByVillage = dataOf(await callHttp(runtime, disclosure, 'get', { id: submitted.id }, villageToken));
    expect(seenByVillage.rejectReason).toBe('金额与花名册不一致，请核对');

    const row = seenByVillage.table.rows[0];
    const edited = dataOf(
      await callHttp(runtime, disclosure, 'update', { id: submitted.id, title: seenByVillage.title, body: seenByVillage.body, rows: [{ rowId: row.rowId, cells: { ...row.cells, amount: '1280.00' } }] }, villageToken),
    );
    expect(edited.table.rows[0].cells.idNumber).toBe(row.cells.idNumber);
    const resubmitted = dataOf(await callHttp(runtime, disclosure, 'submit', { id: submitted.id }, villageToken));
    expect(resubmitted.status).toBe('resubmitted');
    const published = dataOf(await callHttp(runtime, review, 'approve', { id: submitted.id }, reviewerToken));
    expect(published.history.map((e: { action: string }) => e.action)).toEqual(['create', 'submit', 'reject', 'edit', 'submit', 'approve']);
    expect(published.history[2].reason).toBe('金额与花名册不一致，请核对');
  });

  it('stores ID numbers encrypted with a lookup hash, never in plain text', async () => {
    const id = demoIdNumber('19520907', 11);
    const created = dataOf(await callHttp(runtime, disclosure, 'create', subsidyList([{ cells: { name: '李德福', idNumber: id, amount: '10' } }]), villageToken));
    const raw = await runtime.store.get('disclosures', created.id);
    expect(JSON.stringify(raw)).not.toContain(id);
    const stored = raw!.table!.rows[0];
    expect(stored.protected.idNumber.hash).toBe(runtime.services.vault.lookupHash(id));
    expect(runtime.services.vault.decrypt(stored.protected.idNumber.cipher)).toBe(id);
    const view = dataOf(await callHttp(runtime, disclosure, 'get', { id: created.id }, villageToken));
    expect(JSON.stringify(view)).not.toMatch(/cipher|hash|v1:/);
  });

  it('creates one disclosure when the same request arrives twice', async () => {
    const input = subsidyList();
    const [a, b] = await Promise.all([
      callHttp(runtime, disclosure, 'create', input, villageToken),
      callHttp(runtime, disclosure, 'create', input, villageToken),
    ]);
    expect(dataOf(a).id).toBe(dataOf(b).id);
    expect(await runtime.store.count('disclosures', [['_id', '==', dataOf(a).id]])).toBe(1);
  });

  it('audits every admin action in the same transaction', async () => {
    const submitted = await createAndSubmit();
    await callHttp(runtime, review, 'approve', { id: submitted.id }, reviewerToken);
    const entries = await runtime.store.find('audit', { where: [['targetId', '==', submitted.id]], orderBy: [['at', 'asc']], limit: 10 });
    expect(entries.map((e) => e.action)).toEqual(['disclosure.create', 'disclosure.submit', 'disclosure.approve']);
    expect(entries[2].actorId).toBe('dagujiazi_zhen');
  });
});

describe('bad input and overreach', () => {
  it('names the malformed field', async () => {
    const result = await callHttp(runtime, disclosure, 'create', { ...subsidyList(), villageCode: '2101241012' }, villageToken);
    expect(result.status).toBe(400);
    expect(!result.ok && result.error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ field: 'villageCode' }] });
  });

  it('reports a bad ID number by row and column', async () => {
    const rows = [
      { cells: { name: '张桂兰', idNumber: demoIdNumber('19480312', 22), amount: '1' } },
      { cells: { name: '李德福', idNumber: '210124195209070110', amount: '一千' } },
    ];
    const result = await callHttp(runtime, disclosure, 'create', subsidyList(rows), villageToken);
    expect(!result.ok && result.error.issues?.map((i) => i.field)).toEqual(['rows.1.idNumber', 'rows.1.amount']);
    expect(!result.ok && result.error.message).toContain('第 2 行');
  });

  it('refuses a second disclosure of the same item for the same period, and changes nothing', async () => {
    const first = await callHttp(runtime, disclosure, 'create', { ...subsidyList(), period: '2026-Q1' }, villageToken);
    expect(first.ok).toBe(true);
    const before = await runtime.store.count('disclosures');
    const second = await callHttp(runtime, disclosure, 'create', { ...subsidyList(), period: '2026-Q1' }, villageToken);
    expect(second.status).toBe(409);
    expect(!second.ok && second.error.code).toBe('PERIOD_ALREADY_DISCLOSED');
    expect(await runtime.store.count('disclosures')).toBe(before);
    const nextQuarter = await callHttp(runtime, disclosure, 'create', { ...subsidyList(), period: '2026-Q2' }, villageToken);
    expect(nextQuarter.ok).toBe(true);
  });

  it('lets the township find what is due first', async () => {
    const q3 = await createAndSubmit({ ...subsidyList(), period: '2025-Q3' });
    const q4 = await createAndSubmit({ ...subsidyList(), period: '2025-Q4' });
    expect(q4).toMatchObject({ period: '2025-Q4', dueDate: '2026-01-12' });
    const early = dataOf(await callHttp(runtime, review, 'queue', { dueBefore: '2025-12-31', pageSize: 100 }, reviewerToken));
    const ids = early.items.map((d: { id: string }) => d.id);
    expect(ids).toContain(q3.id);
    expect(ids).not.toContain(q4.id);
  });

  it('refuses an unknown catalog item and an unknown action', async () => {
    const unknownItem = await callHttp(runtime, disclosure, 'create', { ...subsidyList(), catalogItemId: 'no-such-item' }, villageToken);
    expect(!unknownItem.ok && unknownItem.error.code).toBe('CATALOG_ITEM_NOT_FOUND');
    const unknownAction = await callHttp(runtime, disclosure, 'destroyAll', {}, villageToken);
    // Issue 9: a plain message, no longer a list of the function's actions.
    expect(!unknownAction.ok && unknownAction.error).toEqual({ code: 'INVALID_INPUT', message: '不支持这个操作。' });
  });

  it('keeps a village out of another village', async () => {
    const neighbourToken = await signIn('lamaqiao');
    const draft = dataOf(await callHttp(runtime, disclosure, 'create', subsidyList(), villageToken));
    const read = await callHttp(runtime, disclosure, 'get', { id: draft.id }, neighbourToken);
    expect(!read.ok && read.error.code).toBe('OUT_OF_SCOPE');
    const edit = await callHttp(runtime, disclosure, 'update', { id: draft.id, title: '改', body: '', rows: [] }, neighbourToken);
    expect(!edit.ok && edit.error.code).toBe('OUT_OF_SCOPE');
    const createThere = await callHttp(runtime, disclosure, 'create', { ...subsidyList(), villageCode: VILLAGE }, neighbourToken);
    expect(!createThere.ok && createThere.error.code).toBe('OUT_OF_SCOPE');
    const list = dataOf(await callHttp(runtime, disclosure, 'list', { pageSize: 100 }, neighbourToken));
    expect(list.items.every((d: { villageCode: string }) => d.villageCode === NEIGHBOUR)).toBe(true);
  });

  it('hides drafts from the township and the county', async () => {
    const draft = dataOf(await callHttp(runtime, disclosure, 'create', subsidyList(), villageToken));
    const county = await signIn('faku_jiwei');
    for (const token of [reviewerToken, county]) {
      const read = await callHttp(runtime, disclosure, 'get', { id: draft.id }, token);
      expect(!read.ok && read.error.code).toBe('OUT_OF_SCOPE');
      const list = dataOf(await callHttp(runtime, disclosure, 'list', { pageSize: 100 }, token));
      expect(list.items.some((d: { status: string }) => d.status === 'draft')).toBe(false);
    }
  });

  it('lets no reviewer approve outside their township, and no supervisor approve at all', async () => {
    const submitted = await createAndSubmit();
    const other = await callHttp(runtime, review, 'approve', { id: submitted.id }, await signIn('sanmianchuan_zhen'));
    expect(!other.ok && other.error.code).toBe('OUT_OF_SCOPE');
    const county = await callHttp(runtime, review, 'approve', { id: submitted.id }, await signIn('faku_jiwei'));
    expect(!county.ok && county.error.code).toBe('FORBIDDEN');
    const selfApproval = await callHttp(runtime, review, 'approve', { id: submitted.id }, villageToken);
    expect(!selfApproval.ok && selfApproval.error.code).toBe('FORBIDDEN');
    expect((await runtime.store.get('disclosures', submitted.id))?.status).toBe('submitted');
  });

  it('never edits a published disclosure', async () => {
    const submitted = await createAndSubmit();
    await callHttp(runtime, review, 'approve', { id: submitted.id }, reviewerToken);
    const edit = await callHttp(runtime, disclosure, 'update', { id: submitted.id, title: '悄悄改', body: '', rows: [] }, villageToken);
    expect(edit.status).toBe(409);
    expect(!edit.ok && edit.error.code).toBe('PUBLISHED_IS_SEALED');
    const reject = await callHttp(runtime, review, 'reject', { id: submitted.id, reason: '撤回' }, reviewerToken);
    expect(!reject.ok && reject.error.code).toBe('INVALID_TRANSITION');
    expect((await runtime.store.get('disclosures', submitted.id))?.title).toBe('2026 年第四季度低保名单');
  });

  it('requires a reason to reject', async () => {
    const submitted = await createAndSubmit();
    const result = await callHttp(runtime, review, 'reject', { id: submitted.id, reason: '' }, reviewerToken);
    expect(!result.ok && result.error.issues?.[0].field).toBe('reason');
  });

  it('shows residents nothing that is not published', async () => {
    const draft = dataOf(await callHttp(runtime, disclosure, 'create', subsidyList(), villageToken));
    const result = await callHttp(runtime, publicDisclosure, 'get', { id: draft.id });
    expect(!result.ok && result.error.code).toBe('NOT_FOUND');
    const notAVillage = await callHttp(runtime, publicDisclosure, 'villageHome', { villageCode: '210124101000' });
    expect(!notAVillage.ok && notAVillage.error.code).toBe('NOT_A_VILLAGE');
  });
});
