import type { TConfig } from './config';

/** The systems outside the function's own code that a function may use; each deployed function declares its own. */
export type TIntegration = 'store' | 'files' | 'contentCheck' | 'notifier' | 'hotline' | 'hotlineCallback';

type TSetting = keyof TConfig;

/** Every function reads these at boot: sessions, and ID numbers at rest and in lookups. */
export const BASE_SETTINGS: readonly TSetting[] = ['SUNSHINE_SESSION_SECRET', 'SUNSHINE_ID_ENCRYPTION_KEY', 'SUNSHINE_ID_HASH_KEY'];

/**
 * The settings each integration reads (see integrations.ts): a function that
 * uses one without its settings silently falls back to the local word list
 * and the in-app inbox, so the deploy configuration is generated from this.
 * The store and file storage read CloudBase's own credentials, set by the runtime.
 */
export const INTEGRATION_SETTINGS: Record<TIntegration, readonly TSetting[]> = {
  store: [],
  files: [],
  contentCheck: ['SUNSHINE_CONTENT_CHECK', 'SUNSHINE_WECHAT_APPID', 'SUNSHINE_WECHAT_APPSECRET'],
  notifier: ['SUNSHINE_NOTIFY', 'SUNSHINE_WECHAT_APPID', 'SUNSHINE_WECHAT_APPSECRET', 'SUNSHINE_WECHAT_HOTLINE_TEMPLATE_ID'],
  hotline: ['SUNSHINE_HOTLINE_URL', 'SUNSHINE_HOTLINE_APP_ID', 'SUNSHINE_HOTLINE_SECRET'],
  hotlineCallback: ['SUNSHINE_HOTLINE_CALLBACK_SECRET'],
};

/** A function's environment: the base secrets, then its integrations' settings, each once. */
export const settingsFor = (uses: readonly TIntegration[]): TSetting[] => [...new Set([...BASE_SETTINGS, ...uses.flatMap((use) => INTEGRATION_SETTINGS[use])])];
