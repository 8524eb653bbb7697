import type { Page } from 'playwright-core';
import { idNumberCheckChar } from '@sunshine/shared';
import { adminCaller, residentCaller, type TCaller } from './support/api';
import { signIn } from './support/console';
import { platformAndBrowser } from './support/session';

const VILLAGE = '210124101200';
const OTHER_VILLAGE = '210124101201';
const session = platformAndBrowser();
const baseUrl = () => session.platform.baseUrl;
const idNumber = (birth: string, sequence: number) => {
  const first17 = `210124${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
};

let page: Page;
let village: TCaller;
let reviewer: TCaller;

beforeEach(async () => {
  village = await adminCaller(baseUrl, 'dagujiazi');
  reviewer = await adminCaller(baseUrl, 'dagujiazi_zhen');
});
afterEach(() => page?.close());

async function consoleAs(username: string, width = 1366): Promise<Page> {
  page = await session.browser.newPage({ viewport: { width, height: 900 }, locale: 'zh-CN' });
  await signIn(page, baseUrl(), username);
  return page;
}
const open = (path: string) => page.goto(`${baseUrl()}/admin${path}`);

/** Village creates and submits, township approves. */
async function published(input: object) {
  const draft = await village.call('disclosure', 'create', input);
  await village.call('disclosure', 'submit', { id: draft.id });
  return reviewer.call('review', 'approve', { id: draft.id });
}

describe('what a reviewer sees in the console', () => {
  it('shows the income and expense of a finance disclosure on the detail and print pages', async () => {
    const list = await village.call('disclosure', 'list', { page: 1, pageSize: 50 });
    const q3 = list.items.find((d: { title: string }) => d.title === '2026 年第三季度村集体财务收支公开');
    await consoleAs('dagujiazi_zhen');
    await open(`/disclosures/${q3.id}`);
    expect(await page.getByTestId('finance-figure-income').innerText()).toBe('86,400.00 元');
    expect(await page.getByTestId('finance-figure-expense').innerText()).toBe('71,250.00 元');
    expect(await page.getByTestId('finance-figures').innerText()).toContain('本期收入');
    await open(`/print/disclosures/${q3.id}`);
    const figures = await page.getByTestId('print-figures').innerText();
    expect(figures).toContain('本期支出');
    expect(figures).toContain('71,250.00 元');
  });

  it('shows a changed figure in a correction, and what changed since a rejection', async () => {
    const v1 = await published({
      requestId: 'e2e-finance-2025q4-0001',
      villageCode: VILLAGE,
      catalogItemId: 'finance-income-expenditure',
      period: '2025-Q4',
      title: '2025 年第四季度村集体财务收支公开',
      body: '已经民主理财小组审核。',
      finance: { income: '120000.00', expense: '98500.00' },
    });
    const correction = await village.call('disclosure', 'startCorrection', { id: v1.id, reason: '道路维修支出漏记一笔' });
    await village.call('disclosure', 'update', { id: correction.id, title: v1.title, body: v1.body, finance: { income: '120000.00', expense: '104500.00' } });
    await village.call('disclosure', 'submit', { id: correction.id });

    const list = await village.call('disclosure', 'create', {
      requestId: 'e2e-allowance-q4-0001',
      villageCode: VILLAGE,
      catalogItemId: 'village-subsistence-allowance',
      period: '2026-Q4',
      title: '2026 年第四季度低保名单',
      body: '如有异议请于 7 日内反映。',
      rows: [{ cells: { name: '张桂兰', idNumber: idNumber('19480312', 22), amount: '1380.00' } }],
    });
    await village.call('disclosure', 'submit', { id: list.id });
    await reviewer.call('review', 'reject', { id: list.id, reason: '漏了一户' });
    await village.call('disclosure', 'update', {
      id: list.id,
      title: '2026 年第四季度低保名单（补充）',
      body: list.body,
      rows: [
        { rowId: list.table.rows[0].rowId, cells: { ...list.table.rows[0].cells } },
        { cells: { name: '李德福', idNumber: idNumber('19520907', 11), amount: '1380.00' } },
      ],
    });
    await village.call('disclosure', 'submit', { id: list.id });

    await consoleAs('dagujiazi_zhen');
    await open(`/disclosures/${correction.id}`);
    const expense = await page.getByTestId('diff-field-finance.expense').innerText();
    expect(expense).toContain('98,500.00 元');
    expect(expense).toContain('104,500.00 元');
    expect(await page.getByTestId('version-diff').innerText()).not.toContain('内容没有变化');

    await open(`/disclosures/${list.id}`);
    const sinceRejection = page.getByTestId('rejection-diff');
    expect(await sinceRejection.innerText()).toContain('漏了一户');
    expect(await sinceRejection.getByTestId('diff-field-title').innerText()).toContain('2026 年第四季度低保名单（补充）');
    expect(await sinceRejection.getByTestId('row-diff-summary').innerText()).toContain('新增 1 行');
  });

  it('offers the village a plain 提交审核 first, and the comment period only as a labelled second choice', async () => {
    const draft = await village.call('disclosure', 'create', {
      requestId: 'e2e-allowance-q2-0001',
      villageCode: VILLAGE,
      catalogItemId: 'village-subsistence-allowance',
      period: '2026-Q2',
      title: '2026 年第二季度低保名单',
      body: '如有异议请于 7 日内反映。',
      rows: [{ cells: { name: '王秀英', idNumber: idNumber('19610115', 44), amount: '960.50' } }],
    });
    await consoleAs('dagujiazi');
    await open(`/disclosures/${draft.id}`);
    const submit = page.getByTestId('submit-for-review');
    expect(await submit.innerText()).toBe('提交审核');
    expect(await submit.getAttribute('class')).toContain('ant-btn-primary');
    const forComment = page.getByTestId('submit-for-comment');
    expect(await forComment.getAttribute('class')).not.toContain('ant-btn-primary');
    expect(await forComment.innerText()).toBe('作为征求意见稿提交');
    await forComment.click();
    expect(await page.getByTestId('comment-days-confirm').innerText()).toBe('开始征求意见');
    await page.locator('.ant-modal').getByRole('button', { name: '取消' }).click();

    await submit.click();
    await page.getByTestId('submit-confirm').click();
    await page.locator('.ant-card-head').getByText('待审核', { exact: true }).waitFor();
    expect((await village.call('disclosure', 'get', { id: draft.id })).status).toBe('submitted');
  });

  it('lets the reviewer pick a village by name, and keeps 目录事项 on one readable line at 1280 px', async () => {
    const other = await adminCaller(baseUrl, 'lamaqiao');
    const theirs = await other.call('disclosure', 'create', {
      requestId: 'e2e-lamaqiao-0001',
      villageCode: OTHER_VILLAGE,
      catalogItemId: 'finance-income-expenditure',
      period: '2026-Q3',
      title: '拉马桥村 2026 年第三季度财务收支',
      body: '见附表。',
    });
    await other.call('disclosure', 'submit', { id: theirs.id });
    const ours = await village.call('disclosure', 'create', { requestId: 'e2e-ours-0001', villageCode: VILLAGE, catalogItemId: 'village-subsistence-allowance', title: '临时救助名单', body: '无' });
    await village.call('disclosure', 'submit', { id: ours.id });

    await consoleAs('dagujiazi_zhen', 1280);
    await open('/review');
    const rows = page.getByTestId('disclosure-row');
    await rows.filter({ hasText: '临时救助名单' }).waitFor();
    const theirRow = rows.filter({ hasText: '拉马桥村' });
    const itemCell = (await theirRow.locator('td').nth(3).boundingBox())!;
    expect(itemCell.width).toBeGreaterThanOrEqual(150);
    const itemLine = (await theirRow.getByText('财务收支情况', { exact: true }).boundingBox())!;
    expect(itemLine.height).toBeLessThan(30);

    await page.getByTestId('village-filter').click();
    await page.keyboard.type('拉马桥');
    await page.locator('.ant-select-item-option').filter({ hasText: '拉马桥村' }).click();
    await page.waitForURL(/village=210124101201/);
    await rows.filter({ hasText: '临时救助名单' }).waitFor({ state: 'detached' });
    const villages = await rows.locator('td:nth-child(2)').allInnerTexts();
    expect(villages.length).toBeGreaterThan(0);
    expect(new Set(villages)).toEqual(new Set(['拉马桥村']));
  });

  it('shows the township the village’s earlier answer, and keeps 结案 off once the case is sent up again', async () => {
    const resident = residentCaller(baseUrl);
    const disclosures = await resident.call('publicDisclosure', 'listByVillage', { villageCode: VILLAGE, page: 1, pageSize: 5 });
    const sent = await resident.call('feedback', 'submit', { requestId: 'e2e-review-earlier-answer', disclosureId: disclosures.items[0].id, kind: 'complaint', text: '低保名单里有一户不符合条件' });
    await village.call('feedback', 'reply', { id: sent.id, text: '村里核实过，这户符合条件。' });
    await resident.call('feedback', 'rateAnswer', { id: sent.id, rating: 'dissatisfied' });

    await consoleAs('dagujiazi_zhen');
    await open('/feedback/waiting');
    await page.getByTestId('waiting-row').filter({ hasText: '低保名单里有一户不符合条件' }).getByTestId('waiting-reply').click();
    const context = page.getByTestId('reply-context');
    expect(await context.innerText()).toContain('村里核实过，这户符合条件。');
    expect(await context.getByTestId('feedback-history-step').count()).toBeGreaterThanOrEqual(4);
    await page.getByTestId('waiting-reply-reason').fill('乡镇复核：这户符合条件，维持村里的意见。');
    // Measured in one frame, so the dialog's opening animation cannot skew one box against another.
    const boxes = await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): { getBoundingClientRect(): { top: number; bottom: number } } } }).document;
      const rect = (selector: string) => {
        const r = doc.querySelector(selector).getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      };
      return { count: rect('[data-testid="waiting-reply-count"]'), textarea: rect('[data-testid="waiting-reply-reason"]'), help: rect('.ant-modal .ant-form-item-extra') };
    });
    // The count sits on the help line, below the text box, not over either.
    expect(boxes.count.top).toBeGreaterThanOrEqual(boxes.textarea.bottom);
    expect(boxes.count.bottom).toBeLessThanOrEqual(boxes.help.bottom + 0.5);
    expect(await page.getByTestId('waiting-reply-count').innerText()).toBe('20 / 500');
    // The township's answer, if the resident is not satisfied, goes to the county: the help line says so.
    expect(await page.locator('.ant-modal .ant-form-item-extra').innerText()).toContain('不满意会转县（区）办理');
    await page.getByTestId('waiting-reply-confirm').click();
    await page.getByTestId('reply-context').waitFor({ state: 'detached' });
    await resident.call('feedback', 'rateAnswer', { id: sent.id, rating: 'dissatisfied' });
    await page.close();

    await consoleAs('faku_jiwei');
    await open('/supervision');
    await page.getByTestId('case-row').filter({ hasText: '低保名单里有一户不符合条件' }).click();
    await page.getByTestId('case-closability').waitFor();
    expect(await page.getByTestId('case-closability').innerText()).not.toContain('已评价');
    expect(await page.getByTestId('case-close').isDisabled()).toBe(true);
  });
});
