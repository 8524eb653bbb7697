import type { Page } from 'playwright-core';
import { signIn } from './support/console';
import { PHONE, platformAndBrowser } from './support/session';

/**
 * 12345 forwarding on the built platform: a complaint the content check
 * holds is released in the county console, reaches the simulator through a
 * failure, is answered, and its statuses come back to the resident.
 */
const session = platformAndBrowser({ env: { HOTLINE_SIMULATOR_STEP_MS: '200' } });
let page: Page;

/** A resident's client: the gateway's WeChat stand-in gives it an openid through a cookie. */
function resident(initialCookie = '') {
  let cookie = initialCookie;
  return async (fn: string, action: string, input: object) => {
    const response = await fetch(`${session.platform.baseUrl}/api/${fn}`, {
      method: 'POST',
      // Like the app's own fetch: the gateway refuses the identity cookie without the gateway's Origin.
      headers: { 'content-type': 'application/json', origin: session.platform.baseUrl, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ action, input }),
    });
    cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
    return (await response.json()) as { ok: boolean; data: any; error?: { message: string } };
  };
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; ; ) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not reached in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('12345 forwarding, in a real browser', () => {
  it('holds a complaint for review, releases it from the county console, and shows the hotline’s answer to the resident', async () => {
    const other = resident();
    const content = '村里路灯坏了一个月，再不修我们就集体上访（浏览器测试）';

    // The resident files through the app, on a phone of their own; the API client then shares its cookie.
    const phone = await session.newPage(PHONE);
    const phoneContext = phone.context();
    await phone.goto(`${session.platform.baseUrl}/app/pages/village/index?code=210124101200`);
    await phone.getByTestId('village-hotline').locator('visible=true').first().click();
    await phone.waitForURL(/pages\/hotline\/index\?code=210124101200/);
    await phone.goto(`${session.platform.baseUrl}/app/pages/hotline/index?code=210124101200`);
    await phone.getByTestId('hotline-type-complaint').click();
    await phone.getByTestId('hotline-content').locator('textarea').fill(content);
    await phone.getByTestId('hotline-submit').click();
    await phone.getByTestId('hotline-done').waitFor();
    await phone.getByTestId('hotline-order').filter({ hasText: '浏览器测试' }).getByTestId('hotline-status').filter({ hasText: '待人工审核' }).waitFor();
    const cookies = await phoneContext.cookies(session.platform.baseUrl);
    const call = resident(cookies.map((c) => `${c.name}=${c.value}`).join('; '));
    const filedOrders = await call('hotline', 'myOrders', {});
    expect(filedOrders.data.items).toHaveLength(1);
    const filed = { data: filedOrders.data.items[0] };
    expect(filed.data).toMatchObject({ status: 'held', topics: ['公共设施'], type: 'complaint', content });
    // The hotline fails its first filing, then recovers.
    await fetch(`${session.platform.hotlineUrl}_admin/faults`, { method: 'POST', body: JSON.stringify({ filing: 'error500', failNext: 1 }) });

    page = await session.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await signIn(page, session.platform.baseUrl, 'faku_jiwei');
    await page.getByRole('menuitem', { name: '12345转办' }).click();
    await page.getByRole('tab', { name: '待人工审核' }).click();
    const row = page.getByTestId('hotline-held-row').filter({ hasText: '浏览器测试' });
    await row.getByTestId('hotline-release').click();
    await page.getByTestId('hotline-release-confirm').click();
    await row.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '话题分布' }).click();
    await page.getByTestId('hotline-topic-totals').filter({ hasText: '公共设施 1' }).waitFor();
    await page.close();

    // The first attempt meets the 500; the worker retries after its first backoff step (30 s) and gets through.
    const mine = await until(
      () => call('hotline', 'myOrders', {}).then((r) => r.data.items[0]),
      (order) => order.status === 'closed',
      75_000,
    );
    expect(mine.timeline.map((e: { statusName: string }) => e.statusName)).toEqual(['待人工审核', '待转交12345', '已转交12345', '已受理', '办理中', '已办结']);
    expect(mine.reply).toBeTruthy();
    const filedAtHotline = (await (await fetch(`${session.platform.hotlineUrl}_admin/orders`)).json()) as { key: string; filings: number; requests: number }[];
    expect(filedAtHotline.filter((o) => o.key === filed.data.id)).toEqual([expect.objectContaining({ filings: 1, requests: 1 })]);
    expect((await other('hotline', 'myOrders', {})).data.items).toEqual([]);
    const inbox = await call('inbox', 'list', {});
    expect(inbox.data).toMatchObject({ total: 3, unread: 3 });

    // The app shows the same: the order's timeline ends in 已办结, and the inbox lists the notifications.
    await phone.goto(`${session.platform.baseUrl}/app/pages/hotline/index?code=210124101200`);
    const timeline = phone.getByTestId('hotline-order').filter({ hasText: '浏览器测试' }).getByTestId('hotline-timeline');
    await timeline.filter({ hasText: '已办结' }).waitFor();
    await phone.goto(`${session.platform.baseUrl}/app/pages/inbox/index`);
    await phone.getByTestId('inbox-item').first().waitFor();
    expect(await phone.getByTestId('inbox-item').count()).toBe(3);
    expect(await phone.locator('[data-testid="inbox-item"][data-read="false"]').count()).toBe(3);
    // Tapping one marks it read.
    await phone.getByTestId('inbox-item').first().click();
    await until(
      () => call('inbox', 'list', {}).then((r) => r.data.unread as number),
      (unread) => unread === 2,
      5_000,
    );
    await phoneContext.close();
  });
});
