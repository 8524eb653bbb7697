import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core on what the user sees: the shown Taro page in the resident app (Taro
 * keeps hidden pages in the DOM), the whole document in the console. Serious
 * and critical violations only.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, not as a <script> tag: the page's CSP rightly refuses inline scripts.
  await page.evaluate(AXE);
  // Runs in the page; typed loosely because the test project has no DOM library.
  const result = await page.evaluate(async () => {
    const browser = globalThis as unknown as {
      axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }> };
      document: { querySelector(selector: string): unknown };
    };
    const shownPage = browser.document.querySelector('.taro_page:not([style*="display: none"])') ?? browser.document;
    return browser.axe.run(shownPage, { resultTypes: ['violations'] });
  });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 160)).join(' | ')}`);
}
