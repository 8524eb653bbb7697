import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/**
 * Debian's chromium, headless, with the flags this closed network needs.
 * Every page's console is watched for Content-Security-Policy violations (the
 * gateway's CSP allows only the apps' own scripts): closing the browser fails
 * the test file if any page broke the policy, so a build that starts to need
 * an inline script or eval is caught by whichever browser test meets it.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const violations: string[] = [];
  const watch = (context: BrowserContext) => {
    context.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`${message.location().url}: ${message.text()}`);
    });
    return context;
  };
  // Browser.newPage makes its context through newContext too, so this watches every page.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => watch(await newContext(options));
  const close = browser.close.bind(browser);
  browser.close = async (options) => {
    await close(options);
    if (violations.length) throw new Error(`pages broke the Content Security Policy:\n${violations.join('\n')}`);
  };
  return browser;
}
