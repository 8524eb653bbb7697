import type { Page } from 'playwright-core';
import { idNumberCheckChar } from '@sunshine/shared';
import { seriousViolations } from './support/axe';
import { signIn, signOut } from './support/console';
import { DESKTOP, PHONE, platformAndBrowser } from './support/session';

const VILLAGE = '210124101200';
const idNumber = (first17: string) => first17 + idNumberCheckChar(first17);
// 张桂兰 is on the seeded, published 低保 list with 1380.00 (demoData).
const ZHANG = { name: '张桂兰', id: idNumber('21012419480312022') };
const NOT_ON_ROSTER = { name: '陈玉梅', id: idNumber('21012419720304056') };

const session = platformAndBrowser();
/** A phone of its own: a fresh cookie, so the gateway gives it its own pretend openid. */
const residentPhone = () => session.newPage(PHONE);
const consolePage = () => session.newPage(DESKTOP);

const app = (path: string) => `${session.platform.baseUrl}/app/${path}`;
const visible = (page: Page, testId: string) => page.getByTestId(testId).locator('visible=true').first();

async function bindOnVillagePage(page: Page, person: { name: string; id: string }) {
  await page.goto(app(`pages/village/index?code=${VILLAGE}`));
  await visible(page, 'village-bind').click();
  await visible(page, 'consent').waitFor();
  expect(await visible(page, 'consent').innerText()).toContain('为什么需要身份证号');
  await visible(page, 'consent-agree').click();
  await visible(page, 'bind-name').locator('input').fill(person.name);
  await visible(page, 'bind-idNumber').locator('input').fill(person.id);
  await visible(page, 'bind-submit').click();
  await visible(page, 'binding-status').waitFor();
}

describe('the resident app in a real browser (H5 build)', () => {
  it('opens the village from a QR code link and measures first contentful paint', async () => {
    const page = await residentPhone();
    await page.goto(app(`?code=${VILLAGE}`));
    await visible(page, 'village-name').filter({ hasText: '大孤家子村' }).waitFor();
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    console.log(`H5 first-contentful-paint: ${fcp === null ? 'n/a' : `${fcp.toFixed(0)} ms`}`);
    expect(await seriousViolations(page)).toEqual([]);

    // Later, with no connection to the platform, the copy kept on the phone is shown.
    await page.route('**/api/**', (route) => route.abort());
    await page.reload();
    await visible(page, 'saved-copy').waitFor();
    expect(await visible(page, 'village-name').innerText()).toContain('大孤家子村');
  });

  it('browses province → village with counts, and finds a village by name', async () => {
    const page = await residentPhone();
    await page.goto(app('pages/index/index'));
    await visible(page, 'open-regions').click();
    for (const name of ['辽宁省', '沈阳市', '法库县', '大孤家子镇']) {
      const row = page.getByTestId('region-row').locator('visible=true').filter({ hasText: name }).first();
      expect(await row.innerText()).toMatch(/\d+ 个村（社区）· \d+ 条公开/);
      await row.click();
      await visible(page, 'region-name').filter({ hasText: name }).waitFor();
    }
    expect(await seriousViolations(page)).toEqual([]);
    await visible(page, 'region-search-input').locator('input').fill('拉马');
    await visible(page, 'region-search-submit').click();
    const found = page.getByTestId('region-row').locator('visible=true').filter({ hasText: '拉马桥' }).first();
    expect(await found.innerText()).toContain('大孤家子镇');
    await found.click();
    await visible(page, 'village-name').filter({ hasText: '拉马桥村' }).waitFor();
  });

  it('binds by roster match and shows my payments; takes a rating, a question the village answers, and the monthly survey', async () => {
    const admin = await consolePage();
    await signIn(admin, session.platform.baseUrl, 'dagujiazi');
    await admin.goto(`${session.platform.baseUrl}/admin/residents`);
    await admin.locator('[data-testid="roster-choose"]').waitFor();
    await admin.locator('input[type=file]').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(`姓名,身份证号\n${ZHANG.name},${ZHANG.id}\n`) });
    await admin.getByTestId('roster-upload').click();
    await admin.getByTestId('roster-upload-confirm').click();
    await admin.getByTestId('roster-count').filter({ hasText: '1' }).waitFor();

    const phone = await residentPhone();
    await bindOnVillagePage(phone, ZHANG);
    const status = await visible(phone, 'binding-status').innerText();
    expect(status).toContain('已核实');
    expect(status).toContain(`210*************${ZHANG.id.slice(-2)}`);
    expect(status).not.toContain(ZHANG.id);

    await visible(phone, 'open-payments').click();
    await visible(phone, 'payment').waitFor();
    expect(await visible(phone, 'payment-amount').innerText()).toContain('1380.00');
    expect(await seriousViolations(phone)).toEqual([]);

    // A rating and a question on the published list.
    await visible(phone, 'payment').click();
    await visible(phone, 'disclosure-title').waitFor();
    expect(await seriousViolations(phone)).toEqual([]);
    await visible(phone, 'rate-basicallySatisfied').click();
    await visible(phone, 'rating-saved').filter({ hasText: '基本满意' }).waitFor();
    await visible(phone, 'feedback-text').locator('textarea').fill('低保标准是按什么定的？');
    await visible(phone, 'feedback-submit').click();
    await visible(phone, 'feedback-sent').waitFor();

    await admin.goto(`${session.platform.baseUrl}/admin/feedback`);
    const row = admin.getByTestId('feedback-row').filter({ hasText: '低保标准是按什么定的？' });
    await row.getByTestId('feedback-reply').click();
    await admin.getByTestId('feedback-reply-reason').fill('按县民政局 2026 年标准核定。');
    await admin.getByTestId('feedback-reply-confirm').click();
    await row.waitFor({ state: 'detached' });

    await phone.goto(app('pages/messages/index'));
    const message = visible(phone, 'my-message');
    await message.getByTestId('message-reply').waitFor();
    expect(await message.innerText()).toContain('按县民政局 2026 年标准核定。');
    expect(await message.innerText()).toContain('已回复');
    expect(await seriousViolations(phone)).toEqual([]);

    // The monthly survey, on the resident's own village.
    await phone.goto(app(`pages/village/index?code=${VILLAGE}`));
    await visible(phone, 'survey-satisfied').click();
    await visible(phone, 'survey-submit').click();
    await visible(phone, 'survey-done').filter({ hasText: '满意' }).waitFor();
  });

  it('binds without a roster line after the village admin approves in the console', async () => {
    const phone = await residentPhone();
    await bindOnVillagePage(phone, NOT_ON_ROSTER);
    expect(await seriousViolations(phone)).toEqual([]);
    expect(await visible(phone, 'binding-status').innerText()).toContain('等待村（社区）核实');

    const admin = await consolePage();
    await signIn(admin, session.platform.baseUrl, 'dagujiazi');
    await admin.goto(`${session.platform.baseUrl}/admin/residents`);
    const row = admin.getByTestId('binding-row').filter({ hasText: NOT_ON_ROSTER.name });
    expect(await row.innerText()).not.toContain(NOT_ON_ROSTER.id);
    await row.getByTestId('binding-approve').click();
    await admin.getByTestId('binding-approve-confirm').click();
    await row.waitFor({ state: 'detached' });
    await signOut(admin);

    await phone.goto(app('pages/identity/index'));
    await visible(phone, 'binding-status').filter({ hasText: '已核实' }).waitFor();
  });

  it('remembers elder mode, with larger text', async () => {
    const page = await residentPhone();
    await page.goto(app('pages/index/index'));
    const size = () => visible(page, 'open-regions').evaluate((el) => parseFloat((globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(el).fontSize));
    const normal = await size();
    await visible(page, 'elder-toggle').click();
    expect(await size()).toBeGreaterThan(normal);
    await page.reload();
    expect(await visible(page, 'elder-toggle').innerText()).toContain('已打开');
    expect(await size()).toBeGreaterThan(normal);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
