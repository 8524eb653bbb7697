import type { Page } from 'playwright-core';
import { idNumberCheckChar } from '@sunshine/shared';
import { confirmSubmit, signIn, signOut } from './support/console';
import { platformAndBrowser } from './support/session';

const VILLAGE = '210124101200';
const idNumber = (first17: string) => first17 + idNumberCheckChar(first17);
const ID_ZHANG = idNumber('21012419480312022');
const ID_LI = idNumber('21012419520907011');

const session = platformAndBrowser();
let page: Page;

beforeEach(async () => {
  page = await session.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
});
afterEach(() => page.close());

const rowOf = (title: string) => page.getByTestId('disclosure-row').filter({ hasText: title });

/** The village admin fills in a subsidy list of two people and submits it. */
async function enterSubsidyList(title: string, amountOfLi: string) {
  await signIn(page, session.platform.baseUrl, 'dagujiazi');
  await page.getByTestId('new-disclosure').click();
  await page.getByTestId('catalog-select').click();
  await page.keyboard.type('低保');
  await page.keyboard.press('Enter');
  await page.getByTestId('title-input').fill(title);
  await page.getByTestId('body-input').fill('经村民代表会议评议、乡镇审核，现将本季度低保对象公示如下。');
  await page.getByTestId('add-row').click();
  await page.getByTestId('cell-0-name').fill('张桂兰');
  await page.getByTestId('cell-0-idNumber').fill(ID_ZHANG);
  await page.getByTestId('cell-0-amount').fill('1380');
  await page.getByTestId('add-row').click();
  await page.getByTestId('cell-1-name').fill('李德福');
  await page.getByTestId('cell-1-idNumber').fill(ID_LI);
  await page.getByTestId('cell-1-amount').fill(amountOfLi);
  await confirmSubmit(page);
  await signOut(page);
}

async function openInReviewQueue(title: string) {
  await signIn(page, session.platform.baseUrl, 'dagujiazi_zhen');
  await rowOf(title).getByTestId('review-open').click();
}

async function residentSees(title: string) {
  await page.goto(`${session.platform.baseUrl}/app/pages/village/index?code=${VILLAGE}`);
  await expectText(page.getByTestId('village-name'), '大孤家子村');
  const item = page.getByTestId('category-village').getByTestId('disclosure-item').filter({ hasText: title });
  await item.click();
  await expectText(page.getByTestId('disclosure-title'), title);
  return page.getByTestId('disclosure-table').innerText();
}

async function expectText(locator: ReturnType<Page['getByTestId']>, text: string) {
  await locator.filter({ hasText: text }).first().waitFor();
}

describe('one disclosure from village to township to resident, in a real browser', () => {
  it('is entered, approved and shown to residents with ID numbers masked', async () => {
    const title = '2026 年第四季度低保名单（浏览器测试）';
    await enterSubsidyList(title, '1380');

    await openInReviewQueue(title);
    await page.getByTestId('approve-button').click();
    await page.getByTestId('approve-confirm').click();
    await page.waitForURL(/\/review$/);
    await rowOf(title).waitFor({ state: 'detached' });
    await signOut(page);

    const table = await residentSees(title);
    expect(table).toContain('张桂兰');
    expect(table).toContain(`210*************${ID_ZHANG.slice(-2)}`);
    expect(table).not.toContain(ID_ZHANG);
    expect(table).toContain('1380.00');
  });

  it('is rejected with a reason the village reads, corrected, resubmitted and published', async () => {
    const title = '2026 年第四季度救助名单（退回测试）';
    const reason = '第 2 行李德福的金额与乡镇核定的 700 元不一致，请核对后重新提交。';
    await enterSubsidyList(title, '720');

    await openInReviewQueue(title);
    await page.getByTestId('reject-button').click();
    await page.getByTestId('reject-reason').fill(reason);
    await page.getByTestId('reject-confirm').click();
    await page.waitForURL(/\/review$/);
    await rowOf(title).waitFor({ state: 'detached' });
    await signOut(page);

    await signIn(page, session.platform.baseUrl, 'dagujiazi');
    expect(await rowOf(title).getByTestId('reject-reason-alert').innerText()).toContain(reason);
    await rowOf(title).getByRole('link', { name: '编辑' }).click();
    expect(await page.getByTestId('cell-1-idNumber').inputValue()).toBe(`210*************${ID_LI.slice(-2)}`);
    await page.getByTestId('cell-1-amount').fill('700');
    await confirmSubmit(page);
    await page.getByText('重新提交待审核').first().waitFor();
    await signOut(page);

    await openInReviewQueue(title);
    await page.getByTestId('approve-button').click();
    await page.getByTestId('approve-confirm').click();
    await page.waitForURL(/\/review$/);
    await signOut(page);

    const table = await residentSees(title);
    expect(table).toContain('700.00');
    expect(table).not.toContain('720');
  });

  it('shows nothing to residents while a disclosure waits for review', async () => {
    const title = '2026 年第四季度待审名单（不应公开）';
    await enterSubsidyList(title, '500');
    await page.goto(`${session.platform.baseUrl}/app/pages/village/index?code=${VILLAGE}`);
    await page.getByTestId('category-village').waitFor();
    expect(await page.getByTestId('category-village').innerText()).not.toContain(title);
  });
});
