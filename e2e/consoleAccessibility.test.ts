import type { Page } from 'playwright-core';
import { chinaDateOf } from '@sunshine/shared';
import { adminCaller } from './support/api';
import { seriousViolations } from './support/axe';
import { signIn } from './support/console';
import { platformAndBrowser } from './support/session';

const session = platformAndBrowser();
/** This year holds the demo's publications: its dashboard has charts and the ten worst to check. */
const THIS_YEAR = chinaDateOf(new Date()).slice(0, 4);
const baseUrl = () => session.platform.baseUrl;

/** Waits until the page has drawn its data (no spinner, no loading table), then checks it. */
async function check(page: Page, path: string, found: Record<string, string[]>) {
  await page.goto(`${baseUrl()}/admin${path}`);
  await page.locator('main, .print-desk, .ant-result, .ant-alert').first().waitFor();
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
  // Colours are judged once antd's transitions (a button turning from disabled to primary) have ended.
  await page.waitForFunction(() =>
    (globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }).document.getAnimations().every((a) => a.playState !== 'running'),
  );
  const violations = await seriousViolations(page);
  if (violations.length) found[path] = violations;
}

/**
 * Every page of admin-web/src/routes.tsx as each demo role reaches it: the
 * detail and print pages with a published disclosure of the role's region,
 * the edit page with a draft.
 */
const PAGES: Record<string, string[]> = {
  dagujiazi: ['/disclosures', '/disclosures/new', '/disclosures/:id', '/disclosures/:id/edit', '/todo', '/feedback/waiting', '/feedback', '/residents', '/print/disclosures/:id', '/print/village-qr', '/no-such-page'],
  jixiang: ['/disclosures', '/disclosures/new', '/todo', '/feedback', '/residents'],
  dagujiazi_zhen: ['/review', '/disclosures', '/disclosures/:id', '/filings', '/gaps', '/feedback/waiting', '/print/village-qr', '/print/disclosures/:id', '/dashboard'],
  faku_jiwei: ['/disclosures', '/disclosures/:id', '/catalog/local', '/hotline', '/supervision', '/feedback/waiting', `/dashboard?period=${THIS_YEAR}`],
  faku_minzheng: ['/department', '/department?item=village-subsistence-allowance', '/disclosures', '/disclosures/:id'],
  shenyang_jiwei: ['/dashboard', '/disclosures', '/disclosures/:id', '/catalog/local'],
  liaoning_jiwei: ['/dashboard', '/disclosures'],
};

describe('the console for people who use assistive technology', () => {
  it('has no serious or critical axe violation on the sign-in page', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    await page.goto(`${baseUrl()}/admin/login`);
    await page.getByTestId('login-username').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(Object.keys(PAGES))('has no serious or critical axe violation on any page %s reaches', async (username) => {
    const village = await adminCaller(baseUrl, 'dagujiazi');
    const published = (await village.call('disclosure', 'list', { page: 1, pageSize: 50, status: 'published' })).items[0];
    // A draft to edit: published content is never edited.
    const draft = await village.call('disclosure', 'create', { requestId: `axe-draft-${username}`, villageCode: '210124101200', catalogItemId: 'village-subsistence-allowance', title: '临时救助名单', body: '无' });
    // The reviewer's queue then holds a row, with its selection checkbox.
    if (username === 'dagujiazi_zhen') await village.call('disclosure', 'submit', { id: draft.id });
    const page = await session.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    await signIn(page, baseUrl(), username);
    const found: Record<string, string[]> = {};
    for (const path of PAGES[username]) {
      await check(page, path.replace(':id/edit', `${draft.id}/edit`).replace(':id', published.id), found);
    }
    await page.close();
    expect(found).toEqual({});
  });
});
