import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Sunshine@2026';

/** The console's sign-in and sign-out, as a person does them. */
export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '退出' }).click();
  await page.waitForURL(/\/login$/);
}

export async function confirmSubmit(page: Page): Promise<void> {
  await page.getByTestId('save-submit').click();
  await page.locator('.ant-modal-confirm').getByRole('button', { name: '确认提交' }).click();
  // The editor of a new disclosure is /disclosures/new, which the detail pattern also matches: wait for the
  // detail page itself and for the dialog to be gone, or the next click lands on the closing dialog.
  await page.waitForURL((url) => /\/disclosures\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
  await page.locator('.ant-modal-confirm').waitFor({ state: 'hidden' });
}
