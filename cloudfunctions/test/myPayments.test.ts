import { CLOUD_FUNCTIONS } from '../src/functions';
import { demoIdNumber } from '../src/local/demoData';
import { fileChunks, sampleListCsv, sampleRow } from '../src/local/sampleList';
import { withDemoAdmins } from './support/demo';
import { callAsResident, callHttp, dataOf } from './support/invoke';
import { allowanceList, publish } from './support/publishing';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

const { identity, payments, disclosure, disclosureImport, review } = CLOUD_FUNCTIONS;
const DAGUJIAZI = '210124101200';
const ZHANG = { name: '张桂兰', id: demoIdNumber('19480312', 22) };
const LI = { name: '李长顺', id: demoIdNumber('19550607', 31) };
const ZHANG_OPENID = 'openid-zhang';
const LI_OPENID = 'openid-li';

let runtime: TTestRuntime;
let villageToken: string;
let reviewerToken: string;
let listId: string;

const mine = (openid: string, input: object = {}) => callAsResident(runtime, payments, { action: 'mine', input }, openid);
const bind = (openid: string, person: { name: string; id: string }) =>
  callAsResident(runtime, identity, { action: 'bind', input: { villageCode: DAGUJIAZI, name: person.name, idNumber: person.id, consent: true } }, openid);

beforeAll(async () => {
  runtime = openTestRuntime();
  const signIn = await withDemoAdmins(runtime);
  villageToken = await signIn('dagujiazi');
  reviewerToken = await signIn('dagujiazi_zhen');
  dataOf(await callHttp(runtime, identity, 'uploadRoster', { csv: `${ZHANG.name},${ZHANG.id}\n${LI.name},${LI.id}\n` }, villageToken));
  const rows = [
    { cells: { name: ZHANG.name, idNumber: ZHANG.id, amount: '1380.00' } },
    { cells: { name: LI.name, idNumber: LI.id, amount: '990.00' } },
  ];
  listId = (await publish(runtime, villageToken, reviewerToken, allowanceList(rows))).id;
  // A second list, in which only 张桂兰 appears.
  await publish(runtime, villageToken, reviewerToken, { ...allowanceList([{ cells: { name: ZHANG.name, idNumber: ZHANG.id, amount: '1500.00' } }]), title: '2026 年第二季度低保名单' });
});
afterAll(() => runtime.close());

describe('my payments', () => {
  it('shows a verified resident every published row with their ID number, and only theirs', async () => {
    dataOf(await bind(ZHANG_OPENID, ZHANG));
    const page = dataOf(await mine(ZHANG_OPENID));
    expect(page.total).toBe(2);
    expect(page.items.map((p: { amount: string }) => p.amount).sort()).toEqual(['1380.00', '1500.00']);
    const first = page.items.find((p: { amount: string }) => p.amount === '1380.00');
    expect(first).toMatchObject({ disclosureId: listId, villageName: '大孤家子村', title: '2026 年第一季度低保名单' });
    expect(first.cells).toEqual(expect.arrayContaining([{ label: expect.any(String), value: '1380.00' }]));
    const json = JSON.stringify(page);
    expect(json).not.toContain(ZHANG.id);
    expect(json).not.toContain(LI.name);
    expect(json).not.toContain('990.00');
    expect(json).not.toMatch(/v1:|[0-9a-f]{64}/);
  });

  it('pages', async () => {
    const one = dataOf(await mine(ZHANG_OPENID, { page: 2, pageSize: 1 }));
    expect(one).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(one.items).toHaveLength(1);
  });

  it('gives another resident their own rows only, whatever the request says', async () => {
    dataOf(await bind(LI_OPENID, LI));
    const forged = await callAsResident(runtime, payments, { action: 'mine', input: { idNumber: ZHANG.id }, openid: ZHANG_OPENID }, LI_OPENID);
    const page = dataOf(forged);
    expect(page.items.map((p: { amount: string }) => p.amount)).toEqual(['990.00']);
    expect(JSON.stringify(page)).not.toContain(ZHANG.name);
  });

  it('is closed to residents who are not verified', async () => {
    const unbound = await mine('openid-nobody');
    expect(!unbound.ok && unbound.error.code).toBe('NOT_VERIFIED');
    dataOf(await bind('openid-pending', { name: '陈玉梅', id: demoIdNumber('19720304', 56) }));
    const pending = await mine('openid-pending');
    expect(!pending.ok && pending.error.code).toBe('NOT_VERIFIED');
  });

  it('shows the corrected amount only once a correction is published', async () => {
    const draft = dataOf(await callHttp(runtime, disclosure, 'startCorrection', { id: listId, reason: '金额录入错误' }, villageToken));
    const rows = draft.table.rows.map((r: { rowId: string; cells: Record<string, string> }) => ({
      rowId: r.rowId,
      cells: r.cells.amount === '990.00' ? { ...r.cells, amount: '1090.00' } : r.cells,
    }));
    dataOf(await callHttp(runtime, disclosure, 'update', { id: draft.id, title: draft.title, body: draft.body, rows }, villageToken));
    dataOf(await callHttp(runtime, disclosure, 'submit', { id: draft.id }, villageToken));
    expect(dataOf(await mine(LI_OPENID)).items.map((p: { amount: string }) => p.amount)).toEqual(['990.00']);
    dataOf(await callHttp(runtime, review, 'approve', { id: draft.id }, reviewerToken));
    expect(dataOf(await mine(LI_OPENID)).items.map((p: { amount: string; disclosureId: string }) => [p.amount, p.disclosureId])).toEqual([['1090.00', draft.id]]);
    expect(dataOf(await mine(ZHANG_OPENID)).total).toBe(2);
  });

  it('indexes the rows of an imported list, in the publishing transaction', async () => {
    const d = dataOf(await callHttp(runtime, disclosure, 'create', { ...allowanceList([]), title: '2026 年第三季度低保名单（导入）' }, villageToken));
    const bytes = Buffer.from(sampleListCsv(300), 'utf8');
    const started = dataOf(await callHttp(runtime, disclosureImport, 'start', { disclosureId: d.id, fileName: 'list.csv', size: bytes.length }, villageToken));
    for (const [index, dataBase64] of fileChunks(bytes).entries()) dataOf(await callHttp(runtime, disclosureImport, 'chunk', { importId: started.id, index, dataBase64 }, villageToken));
    dataOf(await callHttp(runtime, disclosureImport, 'run', { importId: started.id }, villageToken));
    dataOf(await callHttp(runtime, disclosure, 'submit', { id: d.id }, villageToken));
    expect(await runtime.store.count('paymentIndex', [['disclosureId', '==', d.id]])).toBe(0);
    dataOf(await callHttp(runtime, review, 'approve', { id: d.id }, reviewerToken));
    expect(await runtime.store.count('paymentIndex', [['disclosureId', '==', d.id]])).toBe(300);

    const person = sampleRow(150);
    dataOf(await bind('openid-imported', { name: person.name, id: person.idNumber }));
    const doc = (await runtime.store.find('residents', { where: [['maskedIdNumber', '==', `${person.idNumber.slice(0, 3)}*************${person.idNumber.slice(-2)}`]], limit: 1 }))[0];
    // Not on the roster: the village admin approves.
    dataOf(await callHttp(runtime, identity, 'decide', { residentKey: doc._id, approve: true }, villageToken));
    const page = dataOf(await mine('openid-imported'));
    expect(page.items).toEqual([expect.objectContaining({ disclosureId: d.id, amount: person.amount })]);
    expect(JSON.stringify(page)).not.toContain(person.idNumber);
  });

  it('ends with unbinding', async () => {
    dataOf(await callAsResident(runtime, identity, { action: 'unbindAndDelete', input: {} }, LI_OPENID));
    const after = await mine(LI_OPENID);
    expect(!after.ok && after.error.code).toBe('NOT_VERIFIED');
  });
});
