import { CLOUD_FUNCTIONS } from '../src/functions';
import { callHttp, dataOf } from './support/invoke';
import { withDemoAdmins } from './support/demo';
import { allowanceList, publish, tamperWithSql, VILLAGE } from './support/publishing';
import { verifySealChains } from '../src/services/disclosure/sealing';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

const { disclosure, review, publicDisclosure } = CLOUD_FUNCTIONS;

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

let requestSeq = 0;
const financeReport = (period: string, finance?: { income: string; expense: string }) => ({
  requestId: `finance-${period}-${requestSeq++}`,
  villageCode: VILLAGE,
  catalogItemId: 'finance-income-expenditure',
  period,
  title: `${period} 村集体财务收支公开`,
  body: '已经民主理财小组审核。',
  ...(finance ? { finance } : {}),
});
const homeFinances = async () => dataOf(await callHttp(runtime, publicDisclosure, 'villageHome', { villageCode: VILLAGE })).finances;

describe('finance figures on 财务收支情况', () => {
  it('are stored with the disclosure and shown to admins and residents', async () => {
    const draft = dataOf(await callHttp(runtime, disclosure, 'create', financeReport('2026-Q3', { income: ' 86400.5 ', expense: '71250' }), villageToken));
    expect(draft.finance).toEqual({ income: '86400.5', expense: '71250' });
    expect(await homeFinances()).toBeNull();

    const edited = dataOf(
      await callHttp(runtime, disclosure, 'update', { id: draft.id, title: draft.title, body: draft.body, finance: { income: '86400.00', expense: '71250.00' } }, villageToken),
    );
    expect(edited.finance).toEqual({ income: '86400.00', expense: '71250.00' });
    dataOf(await callHttp(runtime, disclosure, 'submit', { id: draft.id }, villageToken));
    dataOf(await callHttp(runtime, review, 'approve', { id: draft.id }, reviewerToken));

    expect(dataOf(await callHttp(runtime, publicDisclosure, 'get', { id: draft.id })).finance).toEqual({ income: '86400.00', expense: '71250.00' });
    expect(await homeFinances()).toEqual({
      period: '2026-Q3',
      periodLabel: '2026 年第三季度',
      income: '86400.00',
      expense: '71250.00',
      previous: null,
      sentence: '2026 年第三季度收入 86,400.00 元，支出 71,250.00 元。',
    });
  });

  it('are sealed with the published version, so a figure changed outside the workflow is named by the chain check', async () => {
    const draft = dataOf(await callHttp(runtime, disclosure, 'create', financeReport('2026-Q3', { income: '120000.00', expense: '98500.00' }), villageToken));
    dataOf(await callHttp(runtime, disclosure, 'submit', { id: draft.id }, villageToken));
    dataOf(await callHttp(runtime, review, 'approve', { id: draft.id }, reviewerToken));
    expect((await verifySealChains(runtime.services, VILLAGE)).problems).toEqual([]);

    expect(tamperWithSql(runtime, `UPDATE c_disclosures SET doc = json_set(doc, '$.finance.expense', '9850.00') WHERE id = ?`, draft.id)).toBe(1);
    expect((await verifySealChains(runtime.services, VILLAGE)).problems).toEqual([
      expect.objectContaining({ disclosureId: draft.id, message: expect.stringContaining('在审核流程之外被改动') }),
    ]);
  });

  it('are refused on any other catalog item, and malformed amounts are refused', async () => {
    const onAllowance = await callHttp(runtime, disclosure, 'create', { ...allowanceList(), finance: { income: '1.00', expense: '2.00' } }, villageToken);
    expect(onAllowance).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'finance' }] } });
    const allowance = dataOf(await callHttp(runtime, disclosure, 'create', allowanceList(), villageToken));
    const update = await callHttp(runtime, disclosure, 'update', { id: allowance.id, title: allowance.title, finance: { income: '1.00', expense: '2.00' } }, villageToken);
    expect(update).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'finance' }] } });
    expect(dataOf(await callHttp(runtime, disclosure, 'get', { id: allowance.id }, villageToken)).finance).toBeNull();

    const malformed = await callHttp(runtime, disclosure, 'create', financeReport('2026-Q3', { income: '八万', expense: '1.00' }), villageToken);
    expect(malformed).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'finance.income' }] } });
  });

  it('sum up on the village home from the two newest current versions, corrections included', async () => {
    await publish(runtime, villageToken, reviewerToken, financeReport('2026-Q1', { income: '1.00', expense: '1.00' }));
    await publish(runtime, villageToken, reviewerToken, financeReport('2026-Q2', { income: '79000.00', expense: '63330.00' }));
    const q3 = await publish(runtime, villageToken, reviewerToken, financeReport('2026-Q3', { income: '86400.00', expense: '71250.00' }));
    const first = await homeFinances();
    // The summary compares two quarters; the older one is still listed with its figures and disclosure.
    const quarters = dataOf(await callHttp(runtime, publicDisclosure, 'villageHome', { villageCode: VILLAGE })).financeQuarters;
    expect(quarters.map((q: { period: string }) => q.period)).toEqual(['2026-Q3', '2026-Q2', '2026-Q1']);
    expect(quarters[2]).toEqual({ period: '2026-Q1', periodLabel: '2026 年第一季度', income: '1.00', expense: '1.00', disclosureId: expect.any(String) });
    expect(first.previous).toEqual({ period: '2026-Q2', periodLabel: '2026 年第二季度', income: '79000.00', expense: '63330.00' });
    expect(first.sentence).toBe('2026 年第三季度收入 86,400.00 元，支出 71,250.00 元；支出比上季度多 12.5%。');

    // The correction starts from the published figures and replaces them only once approved.
    const correction = dataOf(await callHttp(runtime, disclosure, 'startCorrection', { id: q3.id, reason: '道路维修支出漏记一笔' }, villageToken));
    expect(correction.finance).toEqual({ income: '86400.00', expense: '71250.00' });
    dataOf(
      await callHttp(runtime, disclosure, 'update', { id: correction.id, title: correction.title, body: correction.body, finance: { income: '86400.00', expense: '72000.00' } }, villageToken),
    );
    expect((await homeFinances()).expense).toBe('71250.00');
    dataOf(await callHttp(runtime, disclosure, 'submit', { id: correction.id }, villageToken));
    dataOf(await callHttp(runtime, review, 'approve', { id: correction.id }, reviewerToken));

    const corrected = await homeFinances();
    const afterCorrection = dataOf(await callHttp(runtime, publicDisclosure, 'villageHome', { villageCode: VILLAGE })).financeQuarters;
    expect(afterCorrection.map((q: { period: string; expense: string }) => `${q.period} ${q.expense}`)).toEqual(['2026-Q3 72000.00', '2026-Q2 63330.00', '2026-Q1 1.00']);
    expect(corrected).toMatchObject({ period: '2026-Q3', expense: '72000.00', previous: { period: '2026-Q2' } });
    expect(corrected.sentence).toBe('2026 年第三季度收入 86,400.00 元，支出 72,000.00 元；支出比上季度多 13.7%。');
  });
});
