import type { Page } from 'playwright-core';
import { signIn } from './support/console';
import { platformAndBrowser } from './support/session';

const session = platformAndBrowser();
let page: Page;

beforeEach(async () => {
  page = await session.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
});
afterEach(() => page.close());

describe('the village finances in plain words', () => {
  it('shows residents the demo quarter compared with the one before, with bars', async () => {
    await page.goto(`${session.platform.baseUrl}/app/pages/village/index?code=210124101200`);
    const summary = page.getByTestId('finance-summary');
    await summary.getByText('村集体收支').waitFor();
    expect(await page.getByTestId('finance-sentence').innerText()).toBe('2026 年第三季度收入 86,400.00 元，支出 71,250.00 元；支出比上季度多 12.5%。');
    const text = await summary.innerText();
    for (const amount of ['86,400.00 元', '71,250.00 元', '79,000.00 元', '63,330.00 元']) expect(text).toContain(amount);
  });

  it('asks the village for income and expense only on 财务收支情况', async () => {
    await signIn(page, session.platform.baseUrl, 'dagujiazi');
    await page.getByTestId('new-disclosure').click();
    await page.getByTestId('catalog-select').click();
    await page.keyboard.type('财务收支');
    await page.keyboard.press('Enter');
    await page.getByTestId('finance-income').waitFor();
    await page.getByTestId('finance-income').fill('八万');
    await page.getByTestId('save-draft').click();
    // Once one figure is typed both are needed: the empty expense is flagged with the malformed income.
    const amountProblems = page.getByText('金额应为数字，最多两位小数，如 1200.50');
    await amountProblems.first().waitFor();
    expect(await amountProblems.count()).toBe(2);

    await page.getByTestId('catalog-select').click();
    await page.keyboard.type('低保');
    await page.locator('.ant-select-item-option-active').filter({ hasText: '低保' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('finance-income').waitFor({ state: 'detached' });
  });
});
