import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { startPlatform, type TExtraAdmin, type TPlatform } from './platform';

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;

export interface TSession {
  readonly platform: TPlatform;
  readonly browser: Browser;
  /** A page in a fresh context (own cookies, so its own resident or admin), closed after the file's last test. */
  newPage(viewport: { width: number; height: number }): Promise<Page>;
}

interface TSessionOptions {
  /** Extra environment for the gateway, e.g. a faster 12345 simulator. */
  env?: Record<string, string>;
  /** Accounts beyond the demo's, e.g. a province supervisor. */
  admins?: readonly TExtraAdmin[];
}

/**
 * One built platform and one chromium for a test file: started before its
 * first test, stopped after its last. Read the fields inside tests and hooks;
 * `session.platform.restart(env)` starts the gateway again with more environment.
 */
export function platformAndBrowser(options: TSessionOptions = {}): TSession {
  const contexts: BrowserContext[] = [];
  const session = {
    async newPage(viewport) {
      const context = await session.browser.newContext({ viewport, locale: 'zh-CN' });
      contexts.push(context);
      return context.newPage();
    },
  } as TSession & { platform: TPlatform; browser: Browser };
  beforeAll(async () => {
    session.platform = await startPlatform(options.env, options.admins);
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await session.browser?.close();
    await session.platform?.stop();
  });
  return session;
}
