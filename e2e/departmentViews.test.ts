import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CATALOG, periodicRhythmOf } from '@sunshine/shared';
import { signIn, signOut } from './support/console';
import { platformAndBrowser } from './support/session';

const session = platformAndBrowser();
const CONSOLE_WIDE = { width: 1366, height: 900 };
const SCREENSHOTS = join(__dirname, '..', 'test-results');

/** The catalog's own answer to "which items are 民政's", not the page's. */
const civilAffairsPeriodic = CATALOG.filter((i) => i.department === 'civilAffairs' && periodicRhythmOf(i)).map((i) => i.title);
const otherDepartments = CATALOG.filter((i) => i.department !== 'civilAffairs').map((i) => i.title);

let page: Page;
beforeEach(async () => {
  page = await session.newPage(CONSOLE_WIDE);
});

async function menuLabels(): Promise<string[]> {
  await page.getByRole('menuitem').first().waitFor();
  return (await page.getByRole('menuitem').allInnerTexts()).map((t) => t.trim());
}

describe('a department in the console', () => {
  it('signs in as 法库县民政局 and sees only 民政 items on 部门事项, down to each village', async () => {
    await signIn(page, session.platform.baseUrl, 'faku_minzheng');
    await page.waitForURL(/\/admin\/department$/);
    expect(await menuLabels()).toEqual(['部门事项', '统计分析', '公开查询']);
    const rows = page.getByTestId('department-item-row');
    await rows.first().waitFor();
    const titles = () => rows.locator('td:first-child > div > div:first-child').allInnerTexts();
    const noOtherDepartment = async () => {
      const text = await page.locator('.ant-table-tbody').innerText();
      for (const title of otherDepartments) expect(text).not.toContain(title);
    };
    // Twenty a page, in catalog order.
    expect(await titles()).toEqual(civilAffairsPeriodic.slice(0, 20));
    await noOtherDepartment();
    await page.locator('.ant-pagination-item-2').click();
    await page.waitForURL(/page=2/);
    await rows.filter({ hasText: civilAffairsPeriodic[20] }).waitFor();
    expect(await titles()).toEqual(civilAffairsPeriodic.slice(20));
    await noOtherDepartment();
    await page.locator('.ant-pagination-item-1').click();
    await page.getByText('统计范围：法库县').waitFor();

    // The demo's published 低保 list is the one village that published the item for its quarter.
    const allowance = rows.filter({ hasText: '低保、特困、残疾人补贴名单' });
    await allowance.waitFor();
    await page.locator('.ant-spin-blur').waitFor({ state: 'detached' });
    expect(await allowance.locator('td').nth(3).innerText()).toBe('1');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'department-items-1366.png') });
    await allowance.getByTestId('department-item-villages').click();
    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByTestId('department-village-row').first().waitFor();
    await drawer.getByTestId('village-status-filter').getByText('已发布').click();
    const published = drawer.getByTestId('department-village-row');
    await published.filter({ hasText: '大孤家子村' }).waitFor();
    expect(await published.count()).toBe(1);
    await drawer.locator('.ant-segmented-item-selected').filter({ hasText: '已发布' }).waitFor();
    await drawer.locator('.ant-spin-blur').waitFor({ state: 'detached' });
    await page.screenshot({ path: join(SCREENSHOTS, 'department-villages-1366.png') });
    await published.getByTestId('village-disclosure-link').click();
    await page.waitForURL(/\/admin\/disclosures\/[^/]+$/);
    await page.getByText('2026 年第三季度低保、特困人员名单').first().waitFor();
  });

  it('looks up only its own items’ disclosures under 公开查询', async () => {
    await signIn(page, session.platform.baseUrl, 'faku_minzheng');
    await page.getByRole('menuitem', { name: '公开查询' }).click();
    await page.waitForURL(/\/admin\/disclosures$/);
    await page.getByText('法库县的公开事项（民政局负责事项）').waitFor();
    const table = page.locator('.ant-table-tbody');
    await table.getByText('2026 年第三季度低保、特困人员名单').waitFor();
    await table.getByText('2026—2027 年度供暖收费标准及服务承诺').waitFor();
    const text = await table.innerText();
    expect(text).not.toContain('党支部班子成员');
    expect(text).not.toContain('财务收支公开');
    await signOut(page);
  });

  it('signs in the city commission to the region’s records', async () => {
    await signIn(page, session.platform.baseUrl, 'shenyang_jiwei');
    // The commission's home is its dashboard; its records are one click away.
    await page.waitForURL(/\/admin\/dashboard$/);
    expect(await menuLabels()).toEqual(['统计分析', '公开查询', '本地公开目录']);
    await page.getByRole('menuitem', { name: '公开查询' }).click();
    await page.getByText('沈阳市的公开事项').waitFor();
    await page.locator('.ant-table-tbody').getByText('大孤家子村党支部班子成员及分工').waitFor();
    await page.getByText('市纪委监委督导员').waitFor();
  });
});
