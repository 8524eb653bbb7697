import ExcelJS from 'exceljs';
import { CLOUD_FUNCTIONS } from '../src/functions';
import { fileChunks, sampleListCsv, sampleRow } from '../src/local/sampleList';
import { authenticateAdmin } from '../src/services/admin/adminAuth';
import { runImport } from '../src/services/imports/listImport';
import { verifySealChains } from '../src/services/disclosure/sealing';
import { callHttp, dataOf } from './support/invoke';
import { withDemoAdmins } from './support/demo';
import { allowanceList, tamperWithSql, VILLAGE } from './support/publishing';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

const { disclosure, disclosureImport, review, publicDisclosure } = CLOUD_FUNCTIONS;

let runtime: TTestRuntime;
let villageToken: string;
let reviewerToken: string;

beforeAll(async () => {
  runtime = openTestRuntime();
  const signIn = await withDemoAdmins(runtime);
  villageToken = await signIn('dagujiazi');
  reviewerToken = await signIn('dagujiazi_zhen');
});
afterAll(() => runtime.close());

async function draft(catalogItemId = 'village-subsistence-allowance') {
  return dataOf(await callHttp(runtime, disclosure, 'create', { ...allowanceList([]), catalogItemId }, villageToken));
}

/** Uploads a file in chunks as the console does; returns the import's id. */
async function upload(disclosureId: string, fileName: string, bytes: Buffer): Promise<string> {
  const started = dataOf(await callHttp(runtime, disclosureImport, 'start', { disclosureId, fileName, size: bytes.length }, villageToken));
  const chunks = fileChunks(bytes);
  for (const [index, dataBase64] of chunks.entries()) dataOf(await callHttp(runtime, disclosureImport, 'chunk', { importId: started.id, index, dataBase64 }, villageToken));
  return started.id;
}

const rowsInStore = (importId: string) => runtime.store.count('disclosureRows', [['importId', '==', importId]]);

describe('importing a list as the table of a disclosure', () => {
  it('imports 10,000 rows in chunks, shows them page by page, masked, and seals them on publication', async () => {
    const d = await draft();
    const csv = Buffer.from(sampleListCsv(10_000), 'utf8');
    const importId = await upload(d.id, '2026Q1低保名单.csv', csv);
    const done = dataOf(await callHttp(runtime, disclosureImport, 'run', { importId }, villageToken));
    expect(done).toMatchObject({ status: 'done', totalRows: 10_000, processedRows: 10_000, problemCount: 0 });
    expect(await runtime.services.files.get(`imports/${importId}/0000`)).toBeNull();

    const view = dataOf(await callHttp(runtime, disclosure, 'get', { id: d.id }, villageToken));
    expect(view.table).toMatchObject({ total: 10_000, imported: true, rows: [] });
    const page = dataOf(await callHttp(runtime, disclosure, 'rows', { id: d.id, page: 500, pageSize: 20 }, villageToken));
    expect(page.total).toBe(10_000);
    const expected = sampleRow(9_999);
    expect(page.items[19].cells).toEqual({ name: expected.name, idNumber: `${expected.idNumber.slice(0, 3)}*************${expected.idNumber.slice(-2)}`, amount: expected.amount });
    // Full numbers only as ciphertext with a keyed hash.
    const stored = await runtime.store.find('disclosureRows', { where: [['importId', '==', importId], ['index', '==', 9_999]], limit: 1 });
    expect(JSON.stringify(stored)).not.toContain(expected.idNumber);
    expect(stored[0].protected.idNumber.hash).toBe(runtime.services.vault.lookupHash(expected.idNumber));

    // Residents can't read a draft's rows; once published they read them page by page.
    expect(await callHttp(runtime, publicDisclosure, 'rows', { id: d.id, page: 1, pageSize: 10 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    dataOf(await callHttp(runtime, disclosure, 'submit', { id: d.id }, villageToken));
    dataOf(await callHttp(runtime, review, 'approve', { id: d.id }, reviewerToken));
    const publicPage = dataOf(await callHttp(runtime, publicDisclosure, 'rows', { id: d.id, page: 1, pageSize: 10 }));
    expect(publicPage.items[0].cells.name).toBe(sampleRow(0).name);
    expect(dataOf(await callHttp(runtime, publicDisclosure, 'get', { id: d.id })).table).toMatchObject({ total: 10_000, imported: true, rows: expect.arrayContaining([expect.objectContaining({ cells: expect.objectContaining({ name: sampleRow(0).name }) })]) });
    expect(publicPage.items[0].cells.idNumber).toMatch(/^\d{3}\*{13}[\dX]{2}$/);
    expect((await verifySealChains(runtime.services, VILLAGE)).problems).toEqual([]);

    // A row of the list changed in the database is caught by the chain.
    tamperWithSql(runtime, `UPDATE c_disclosureRows SET doc = json_set(doc, '$.cells.amount', '88888.00') WHERE id = ?`, stored[0]._id);
    const report = await verifySealChains(runtime.services, VILLAGE);
    expect(report.problems).toEqual([expect.objectContaining({ disclosureId: d.id, message: expect.stringContaining('在审核流程之外被改动') })]);
    tamperWithSql(runtime, `UPDATE c_disclosureRows SET doc = json_set(doc, '$.cells.amount', ?) WHERE id = ?`, expected.amount, stored[0]._id);
  });

  it('reports bad rows by row and column in Chinese and imports nothing', async () => {
    const d = await draft();
    const csv = sampleListCsv(300, (row, i) => {
      if (i === 4) return { ...row, idNumber: row.idNumber.slice(0, 17) + (row.idNumber[17] === '1' ? '2' : '1') };
      if (i === 9) return { ...row, amount: '一千元' };
      if (i >= 100) return { ...row, name: '' };
      return row;
    });
    const importId = await upload(d.id, '名单.csv', Buffer.from(csv));
    const result = await callHttp(runtime, disclosureImport, 'run', { importId }, villageToken);
    expect(result).toMatchObject({ ok: false, status: 400, error: { code: 'IMPORT_ROWS_INVALID' } });
    expect(result.ok === false && result.error.message).toContain('有 202 处问题（下面列出前 50 处）');
    const status = dataOf(await callHttp(runtime, disclosureImport, 'status', { importId }, villageToken));
    expect(status).toMatchObject({ status: 'failed', problemCount: 202 });
    expect(status.problems).toHaveLength(50);
    // Spreadsheet rows: the header is row 1, so data row i is row i + 2.
    expect(status.problems.slice(0, 3)).toEqual([
      { row: 6, column: '身份证号', message: '第 6 行“身份证号”：身份证号校验位不对，请核对是否输错' },
      { row: 11, column: '金额（元）', message: '第 11 行“金额（元）”：金额（元）应为数字，最多两位小数' },
      { row: 102, column: '姓名', message: '第 102 行“姓名”：姓名不能为空' },
    ]);
    expect(await rowsInStore(importId)).toBe(0);
    expect(dataOf(await callHttp(runtime, disclosure, 'get', { id: d.id }, villageToken)).table).toMatchObject({ total: 0, imported: false });
  });

  it('names missing header columns, and refuses a file that is not a spreadsheet', async () => {
    const d = await draft();
    const noAmount = await upload(d.id, '名单.csv', Buffer.from('姓名,身份证号\n张三,210124194803120221\n'));
    const headerResult = await callHttp(runtime, disclosureImport, 'run', { importId: noAmount }, villageToken);
    expect(headerResult).toMatchObject({ ok: false, error: { code: 'IMPORT_ROWS_INVALID', issues: [{ field: 'rows.1.金额（元）', message: '表头缺少“金额（元）”列' }] } });

    const garbage = await upload(d.id, '名单.xlsx', Buffer.from('this is not a zip file'));
    expect(await callHttp(runtime, disclosureImport, 'run', { importId: garbage }, villageToken)).toMatchObject({ ok: false, error: { code: 'IMPORT_FILE_UNREADABLE' } });
    expect(await callHttp(runtime, disclosureImport, 'start', { disclosureId: d.id, fileName: '名单.txt', size: 10 }, villageToken)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'fileName' }] } });
  });

  it('reads xlsx and GBK-encoded csv as Excel users save them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    sheet.addRow(['序号', '姓名', '身份证号', '金额（元）']);
    for (let i = 0; i < 30; i++) sheet.addRow([i + 1, sampleRow(i).name, sampleRow(i).idNumber, Number(sampleRow(i).amount)]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const d = await draft();
    const done = dataOf(await callHttp(runtime, disclosureImport, 'run', { importId: await upload(d.id, '名单.xlsx', xlsx) }, villageToken));
    expect(done).toMatchObject({ status: 'done', totalRows: 30 });
    const page = dataOf(await callHttp(runtime, disclosure, 'rows', { id: d.id, page: 1, pageSize: 1 }, villageToken));
    expect(page.items[0].cells).toMatchObject({ name: sampleRow(0).name, amount: '1000.00' });

    const gbk = Buffer.from('d0d5c3fb2cc9edb7ddd6a4bac52cbdf0b6eea3a8d4aaa3a90a', 'hex'); // 姓名,身份证号,金额（元） in GBK
    const d2 = await draft();
    const body = Buffer.concat([gbk, Buffer.from(`${'ABC'},${sampleRow(1).idNumber},12.5\n`)]);
    const gbkDone = dataOf(await callHttp(runtime, disclosureImport, 'run', { importId: await upload(d2.id, 'gbk.csv', body) }, villageToken));
    expect(gbkDone).toMatchObject({ status: 'done', totalRows: 1 });
  });

  it('leaves no table visible when the import dies half way', async () => {
    const d = await draft();
    const importId = await upload(d.id, '名单.csv', Buffer.from(sampleListCsv(2_000)));
    const admin = await authenticateAdmin(runtime.services, villageToken);
    await expect(
      runImport(runtime.services, admin, importId, {
        onProgress(processed) {
          if (processed >= 1_000) throw new Error('进程在导入中途崩溃');
        },
      }),
    ).rejects.toThrow('进程在导入中途崩溃');
    // Some batches were written; the failed run removed them, and nothing ever pointed at them.
    expect(await rowsInStore(importId)).toBe(0);
    const view = dataOf(await callHttp(runtime, disclosure, 'get', { id: d.id }, villageToken));
    expect(view.table).toMatchObject({ total: 0, imported: false });
    expect(dataOf(await callHttp(runtime, disclosureImport, 'status', { importId }, villageToken)).status).toBe('failed');
    expect(await callHttp(runtime, disclosureImport, 'run', { importId }, villageToken)).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
  });

  it('refuses imports into a submitted disclosure, another village, or an item without a list', async () => {
    const d = await draft();
    dataOf(await callHttp(runtime, disclosure, 'submit', { id: d.id }, villageToken));
    expect(await callHttp(runtime, disclosureImport, 'start', { disclosureId: d.id, fileName: 'a.csv', size: 10 }, villageToken)).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } });
    const other = await draft();
    expect(await callHttp(runtime, disclosureImport, 'start', { disclosureId: other.id, fileName: 'a.csv', size: 10 }, reviewerToken)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const noList = dataOf(await callHttp(runtime, disclosure, 'create', { ...allowanceList([]), catalogItemId: 'finance-debts' }, villageToken));
    expect(await callHttp(runtime, disclosureImport, 'start', { disclosureId: noList.id, fileName: 'a.csv', size: 10 }, villageToken)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
