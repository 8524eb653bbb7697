import type { Page } from 'playwright-core';
import { signIn, signOut } from './support/console';
import { platformAndBrowser } from './support/session';

const VILLAGE = '210124101200'; // 大孤家子村
const TOWNSHIP = '210124101000'; // 大孤家子镇
const RELIEF = '救助、慰问、救灾款物发放';
const REASON = '本季度本村没有发放救助、慰问和救灾款物（浏览器测试）。';

const session = platformAndBrowser();
let page: Page;

beforeEach(async () => {
  page = await session.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
});
afterEach(() => page.close());

/** What a resident's client sends: no token, just the public action. */
async function api(fn: string, action: string, input: object): Promise<{ ok: boolean; data: any }> {
  const response = await fetch(`${session.platform.baseUrl}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action, input }),
  });
  return (await response.json()) as { ok: boolean; data: any };
}

describe('不公开备案 and printing, in a real browser', () => {
  it('is filed from the village to-do list, approved by the township and listed for residents', async () => {
    await signIn(page, session.platform.baseUrl, 'dagujiazi');
    await page.goto(`${session.platform.baseUrl}/admin/todo`);
    const reliefRow = page.getByTestId('todo-row').filter({ hasText: RELIEF });
    // The latest ended quarter was due on the 10th of this quarter's first month (or the next working day).
    expect(await reliefRow.getByTestId('todo-explanation').innerText()).toMatch(/^\d{4}-\d{2}-\d{2} 截止：季度公开，每季度首月 10 日前公开上季度内容/);
    // The demo's published subsistence list fulfils its item for the quarter.
    await page.getByTestId('todo-row').filter({ hasText: '低保、特困、残疾人补贴名单' }).getByTestId('todo-status').filter({ hasText: '已发布' }).waitFor();
    await reliefRow.getByTestId('todo-file').click();
    await page.getByTestId('filing-reason').fill(REASON);
    await page.getByTestId('filing-confirm').click();
    await reliefRow.getByTestId('todo-status').filter({ hasText: '待审核' }).waitFor();
    await signOut(page);

    expect((await api('publicDisclosure', 'filings', { villageCode: VILLAGE })).data.total).toBe(0);

    await signIn(page, session.platform.baseUrl, 'dagujiazi_zhen');
    await page.goto(`${session.platform.baseUrl}/admin/filings`);
    const filingRow = page.getByTestId('filing-row').filter({ hasText: REASON });
    await filingRow.getByTestId('filing-approve').click();
    await page.getByTestId('filing-approve-confirm').click();
    await filingRow.waitFor({ state: 'detached' });
    // The township's gaps: 大孤家子村 no longer misses the relief item, its neighbour still does.
    await page.goto(`${session.platform.baseUrl}/admin/gaps`);
    const ours = page.getByTestId('gaps-row').filter({ hasText: '大孤家子村' });
    await ours.waitFor();
    expect(await ours.innerText()).not.toContain(RELIEF);
    expect(await page.getByTestId('gaps-row').filter({ hasText: '拉马桥村' }).innerText()).toContain(RELIEF);
    await signOut(page);

    // Residents see the filing, with its reason, on the village page and through their action.
    const filings = await api('publicDisclosure', 'filings', { villageCode: VILLAGE });
    expect(filings.data.items).toEqual([expect.objectContaining({ catalogItemTitle: RELIEF, reason: REASON })]);
    await page.goto(`${session.platform.baseUrl}/app/pages/village/index?code=${VILLAGE}`);
    const filed = page.getByTestId('filings').getByTestId('filing-item').filter({ hasText: RELIEF });
    await filed.waitFor();
    expect(await filed.innerText()).toContain(`理由：${REASON}`);

    await signIn(page, session.platform.baseUrl, 'dagujiazi');
    await page.goto(`${session.platform.baseUrl}/admin/todo`);
    await page.getByTestId('todo-row').filter({ hasText: RELIEF }).getByTestId('todo-status').filter({ hasText: '已备案' }).waitFor();
  });

  it('lets a county add its own catalog item, which its villages then find in their to-do list', async () => {
    await signIn(page, session.platform.baseUrl, 'faku_jiwei');
    await page.goto(`${session.platform.baseUrl}/admin/catalog/local`);
    await page.getByTestId('local-new').click();
    await page.getByTestId('local-title').fill('村级河长巡河情况');
    await page.getByTestId('local-slug').fill('river-chief');
    await page.getByTestId('local-domain').fill('生态环境');
    await page.getByTestId('local-elements').click();
    await page.keyboard.type('巡河次数');
    await page.keyboard.press('Enter');
    await page.getByTestId('local-basis').fill('法库县河长制工作方案');
    await page.getByTestId('local-save').click();
    await page.locator('.ant-table-row').filter({ hasText: 'local-210124-river-chief' }).waitFor();
    await signOut(page);

    await signIn(page, session.platform.baseUrl, 'dagujiazi');
    await page.goto(`${session.platform.baseUrl}/admin/todo`);
    const row = page.getByTestId('todo-row').filter({ hasText: '村级河长巡河情况' });
    expect(await row.getByTestId('todo-explanation').innerText()).toContain('季度公开，每季度首月 10 日前');
  });

  it('prints a published disclosure as an A4 notice with the QR code of its online version', async () => {
    await signIn(page, session.platform.baseUrl, 'dagujiazi');
    await page.getByTestId('disclosure-row').filter({ hasText: '2026 年第三季度低保、特困人员名单' }).getByRole('link').first().click();
    await page.getByTestId('print-notice').click();
    await page.getByTestId('print-title').filter({ hasText: '2026 年第三季度低保、特困人员名单' }).waitFor();
    const sheet = await page.getByTestId('print-sheet').innerText();
    expect(sheet).toContain('大孤家子村');
    expect(sheet).toMatch(/210\*{13}\d[\dX]/);
    const id = /\/print\/disclosures\/([^/?]+)/.exec(page.url())![1];
    expect(await page.getByTestId('print-qr').locator('title').textContent()).toBe(`${session.platform.baseUrl}/app/pages/disclosure/index?id=${id}`);
    // On paper only the sheet shows: the toolbar is hidden by the print style.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-button').isVisible()).toBe(false);
    // Scanned, the code opens the same disclosure in the resident app.
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${session.platform.baseUrl}/app/pages/disclosure/index?id=${id}`);
    await page.getByTestId('disclosure-title').filter({ hasText: '2026 年第三季度低保、特困人员名单' }).waitFor();
  });

  it('prints one QR sheet per village of the township', async () => {
    const children = await api('region', 'children', { code: TOWNSHIP, pageSize: 100 });
    await signIn(page, session.platform.baseUrl, 'dagujiazi_zhen');
    await page.goto(`${session.platform.baseUrl}/admin/print/village-qr`);
    await page.getByTestId('village-qr-sheet').first().waitFor();
    expect(await page.getByTestId('village-qr-sheet').count()).toBe(children.data.total);
    const target = await page.getByTestId('village-qr-sheet').filter({ hasText: '大孤家子村' }).locator('svg title').textContent();
    expect(target).toBe(`${session.platform.baseUrl}/app/pages/village/index?code=210124101200`);
    // The code leads a resident to the village's page in the resident app.
    await page.goto(target!);
    await page.getByTestId('village-name').filter({ hasText: '大孤家子村' }).waitFor();
  });
});
