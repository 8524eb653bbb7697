import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TResult } from '@sunshine/shared';
import { sampleListCsv, sampleRow } from '../cloudfunctions/src/local/sampleList';
import { confirmSubmit, signIn, signOut } from './support/console';
import { DESKTOP, platformAndBrowser } from './support/session';

/**
 * The walk: a quarterly list uploaded as a file by the village,
 * approved by the township, corrected with a reason (one row changed),
 * approved again, and read by a resident with its history.
 */
const ROWS = 300;
const CHANGED_ROW = 3;
const TITLE = '2026 年第一季度低保名单（名单导入）';
const REASON = `第 ${CHANGED_ROW + 1} 行${sampleRow(CHANGED_ROW).name}的金额录入错误，应为 1666 元`;

const session = platformAndBrowser();
let page: Page;
let files: string;

beforeAll(async () => {
  page = await session.newPage(DESKTOP);
  files = mkdtempSync(join(tmpdir(), 'sunshine-e2e-list-'));
});
afterAll(() => rmSync(files, { recursive: true, force: true }));

function listFile(name: string, csv: string): string {
  const path = join(files, name);
  writeFileSync(path, csv, 'utf8');
  return path;
}

const detailId = () => new URL(page.url()).pathname.split('/').filter(Boolean)[2];

const masked = (id: string) => `${id.slice(0, 3)}*************${id.slice(-2)}`;

async function importList(path: string) {
  await page.getByTestId('list-file-input').setInputFiles(path);
  await page.getByText(`已导入 ${ROWS} 行`).waitFor({ timeout: 60_000 });
  await page.getByTestId('disclosure-rows').getByText(masked(sampleRow(0).idNumber)).first().waitFor();
}

async function approveFromQueue(title: string) {
  await signIn(page, session.platform.baseUrl, 'dagujiazi_zhen');
  const row = page.getByTestId('disclosure-row').filter({ hasText: title });
  await row.getByTestId('review-open').click();
  await page.getByTestId('disclosure-rows').getByText(masked(sampleRow(0).idNumber)).first().waitFor();
}

/** Approves the open disclosure; waits for the server's answer itself, as sealing and indexing a long list takes a moment. */
async function approveOpened() {
  await page.getByTestId('approve-button').click();
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/review') && r.request().postData()?.includes('"approve"') === true, { timeout: 60_000 });
  await page.getByTestId('approve-confirm').click();
  expect((await answered).status()).toBe(200);
  await page.waitForURL(/\/review$/, { timeout: 60_000 });
}

async function publicApi(action: string, input: object) {
  const response = await fetch(`${session.platform.baseUrl}/api/publicDisclosure`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action, input }),
  });
  const result = (await response.json()) as TResult<any>;
  if (!result.ok) throw new Error(`${action}: ${result.error.code} ${result.error.message}`);
  return result.data;
}

describe('a quarterly list from upload through review and correction to the resident', () => {
  it('is imported, approved, corrected with a reason and shown with its history', async () => {
    // The village enters the item and uploads its list file.
    await signIn(page, session.platform.baseUrl, 'dagujiazi');
    await page.goto(`${session.platform.baseUrl}/admin/disclosures/new`);
    await page.getByTestId('catalog-select').click();
    await page.keyboard.type('低保');
    await page.keyboard.press('Enter');
    await page.getByTestId('title-input').fill(TITLE);
    await page.getByTestId('body-input').fill('经村民代表会议评议，现将本季度低保对象公示如下。');
    await page.getByTestId('save-draft').click();
    await page.waitForURL(/\/disclosures\/[^/]+\/edit$/);
    const firstId = detailId();
    await page.goto(`${session.platform.baseUrl}/admin/disclosures/${firstId}`);
    await importList(listFile('2026Q1低保名单.csv', sampleListCsv(ROWS)));
    expect(await page.getByText(`共 ${ROWS} 行`).count()).toBe(1);
    await page.goto(`${session.platform.baseUrl}/admin/disclosures/${firstId}/edit`);
    await confirmSubmit(page);
    await signOut(page);

    // The township finds it in its queue and approves it.
    await approveFromQueue(TITLE);
    await approveOpened();
    await signOut(page);

    // The village corrects one row: a new version with its reason, never an edit of the published one.
    await signIn(page, session.platform.baseUrl, 'dagujiazi');
    // The village is told: its menu counts the decision it has not opened yet.
    await page.getByTestId('unread-badge').waitFor();
    await page.getByTestId('disclosure-row').filter({ hasText: TITLE }).getByTestId('unread-marker').waitFor();
    await page.goto(`${session.platform.baseUrl}/admin/disclosures/${firstId}`);
    await page.getByTestId('start-correction').click();
    await page.getByTestId('correction-reason').fill(REASON);
    await page.getByTestId('correction-confirm').click();
    await page.waitForURL(/\/disclosures\/[^/]+-v2\/edit$/);
    const secondId = detailId();
    await page.goto(`${session.platform.baseUrl}/admin/disclosures/${secondId}`);
    await page.getByTestId('disclosure-version').filter({ hasText: '第 2 版' }).waitFor();
    await page.getByTestId('disclosure-rows').getByText(masked(sampleRow(0).idNumber)).first().waitFor();
    await importList(listFile('2026Q1低保名单-更正.csv', sampleListCsv(ROWS, (row, i) => (i === CHANGED_ROW ? { ...row, amount: '1666' } : row))));
    await page.goto(`${session.platform.baseUrl}/admin/disclosures/${secondId}/edit`);
    await confirmSubmit(page);
    await signOut(page);

    // The reviewer sees what the correction changes against version 1, then approves it.
    await approveFromQueue(TITLE);
    expect(page.url()).toContain(secondId);
    const summary = await page.getByTestId('row-diff-summary').innerText();
    expect(summary).toContain('修改 1 行');
    expect(summary).toContain('新增 0 行');
    expect(await page.getByTestId('version-diff').innerText()).toContain('1666.00');
    await approveOpened();
    await signOut(page);

    // The console shows both versions; the old one is superseded, not changed.
    await signIn(page, session.platform.baseUrl, 'dagujiazi');
    await page.goto(`${session.platform.baseUrl}/admin/disclosures/${secondId}`);
    const history = page.getByTestId('version-history');
    await history.getByTestId('version-1').filter({ hasText: '已被新版本取代' }).waitFor();
    expect(await history.innerText()).toContain(REASON);

    // The paper notice carries the whole list, not just the first page of rows.
    await page.goto(`${session.platform.baseUrl}/admin/print/disclosures/${secondId}`);
    await page.getByTestId('print-sheet').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('print-sheet').locator('tbody tr').count()).toBe(ROWS);

    // The resident follows the old link and reads the current version (H5 detail page).
    await page.goto(`${session.platform.baseUrl}/app/pages/disclosure/index?id=${firstId}`);
    await page.getByTestId('disclosure-title').filter({ hasText: TITLE }).waitFor();
    const table = await page.getByTestId('disclosure-table').innerText();
    expect(table).toContain('1666.00');
    expect(table).not.toContain(sampleRow(CHANGED_ROW).idNumber);

    // Its history, in the resident app and over the public API.
    const appHistory = page.getByTestId('version-history').filter({ visible: true });
    await appHistory.getByTestId('version-2').waitFor();
    expect(await appHistory.innerText()).toContain(`更正理由：${REASON}`);
    expect(await appHistory.getByTestId('version-1').innerText()).toContain('已被更正');

    // An imported list reaches residents page by page, not just its first rows.
    const visibleTable = page.getByTestId('disclosure-table').filter({ visible: true });
    expect(await visibleTable.innerText()).toContain(`共 ${ROWS} 行`);
    // Header plus the first 50 rows, then 100 more a tap, fetched as they are asked for.
    expect(await visibleTable.locator('.table__row').count()).toBe(51);
    await visibleTable.getByTestId('table-more').click();
    await visibleTable.locator('.table__row').nth(150).waitFor();
    await visibleTable.getByTestId('table-more').click();
    await visibleTable.locator('.table__row').nth(250).waitFor();
    expect(await visibleTable.innerText()).toContain('1666.00');

    const versions = await publicApi('history', { id: firstId });
    expect(versions.map((v: { id: string; version: number; status: string }) => [v.id, v.version, v.status])).toEqual([
      [firstId, 1, 'superseded'],
      [secondId, 2, 'published'],
    ]);
    expect(versions[1].correctionReason).toBe(REASON);
    expect(versions[0].supersededAt).toEqual(expect.any(String));
    const current = await publicApi('get', { id: firstId });
    expect(current).toMatchObject({ id: secondId, version: 2, table: { total: ROWS, imported: true } });
  }, 180_000);
});
