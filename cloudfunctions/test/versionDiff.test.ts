import { CLOUD_FUNCTIONS } from '../src/functions';
import { demoIdNumber } from '../src/local/demoData';
import { callHttp, dataOf } from './support/invoke';
import { withDemoAdmins } from './support/demo';
import { allowanceList, publish, VILLAGE } from './support/publishing';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

const { disclosure, review } = CLOUD_FUNCTIONS;

let runtime: TTestRuntime;
let villageToken: string;
let reviewerToken: string;

beforeEach(async () => {
  runtime = openTestRuntime();
  const signIn = await withDemoAdmins(runtime);
  villageToken = await signIn('dagujiazi');
  reviewerToken = await signIn('dagujiazi_zhen');
});
afterEach(() => runtime.close());

const diffOf = async (id: string) => dataOf(await callHttp(runtime, review, 'diff', { id }, reviewerToken));

describe('the version diff a reviewer reads', () => {
  it('shows a correction that changes only a figure', async () => {
    const v1 = await publish(runtime, villageToken, reviewerToken, {
      requestId: 'diff-finance-q3',
      villageCode: VILLAGE,
      catalogItemId: 'finance-income-expenditure',
      period: '2026-Q3',
      title: '2026 年第三季度村集体财务收支公开',
      body: '已经民主理财小组审核。',
      finance: { income: '120000.00', expense: '98500.00' },
    });
    const correction = dataOf(await callHttp(runtime, disclosure, 'startCorrection', { id: v1.id, reason: '道路维修支出漏记一笔' }, villageToken));
    dataOf(
      await callHttp(runtime, disclosure, 'update', { id: correction.id, title: v1.title, body: v1.body, finance: { income: '120000.00', expense: '104500.00' } }, villageToken),
    );
    dataOf(await callHttp(runtime, disclosure, 'submit', { id: correction.id }, villageToken));

    const diff = await diffOf(correction.id);
    expect(diff.fields).toEqual([{ field: 'finance.expense', label: '本期支出', before: '98,500.00 元', after: '104,500.00 元' }]);
    expect(diff.sinceRejection).toBeNull();
  });

  it('compares a resubmission with what was rejected, title and rows', async () => {
    const draft = dataOf(await callHttp(runtime, disclosure, 'create', allowanceList(), villageToken));
    dataOf(await callHttp(runtime, disclosure, 'submit', { id: draft.id }, villageToken));
    dataOf(await callHttp(runtime, review, 'reject', { id: draft.id, reason: '漏了一户，金额也不对' }, reviewerToken));
    const [first] = draft.table.rows;
    dataOf(
      await callHttp(
        runtime,
        disclosure,
        'update',
        {
          id: draft.id,
          title: '2026 年第一季度低保名单（补充）',
          body: draft.body,
          rows: [
            { rowId: first.rowId, cells: { name: '张桂兰', idNumber: first.cells.idNumber, amount: '1280.00' } },
            { cells: { name: '李德福', idNumber: demoIdNumber('19520907', 11), amount: '1380.00' } },
          ],
        },
        villageToken,
      ),
    );
    dataOf(await callHttp(runtime, disclosure, 'submit', { id: draft.id }, villageToken));

    const diff = await diffOf(draft.id);
    expect(diff.previous).toBeNull();
    expect(diff.sinceRejection).toMatchObject({
      reason: '漏了一户，金额也不对',
      fields: [{ field: 'title', label: '标题', before: '2026 年第一季度低保名单', after: '2026 年第一季度低保名单（补充）' }],
      rows: { added: 1, removed: 0, changed: 1 },
    });
    expect(diff.sinceRejection.rows.samples).toEqual(
      expect.arrayContaining([expect.objectContaining({ before: expect.objectContaining({ amount: '1380.00' }), after: expect.objectContaining({ amount: '1280.00' }) })]),
    );
  });
});
