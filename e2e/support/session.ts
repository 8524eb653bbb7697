import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startPlatform, type TPlatform } from './platform';

/**
 * One built platform and one chromium for a test file: started before its
 * first test, stopped after its last. Read the fields inside tests and hooks.
 */
export function platformAndBrowser(): { readonly platform: TPlatform; readonly browser: Browser } {
  const session = {} as { platform: TPlatform; browser: Browser };
  beforeAll(async () => {
    session.platform = await startPlatform();
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.platform?.stop();
  });
  return session;
}
