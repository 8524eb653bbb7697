import type { ContentCheck } from '../contentCheck/ContentCheck';
import { StableAccessTokenProvider, type AccessTokenProvider } from '../contentCheck/wechatAccessToken';
import { WechatMsgSecCheck } from '../contentCheck/wechatMsgSecCheck';
import { WordListContentCheck } from '../contentCheck/wordListContentCheck';
import type { HotlineAdapter } from '../hotline/HotlineAdapter';
import { HttpHotlineAdapter } from '../hotline/httpHotlineAdapter';
import type { Notifier } from '../notify/Notifier';
import { WechatSubscribeNotifier } from '../notify/wechatSubscribeNotifier';
import type { TConfig } from '../runtime/config';
import type { TServiceContext } from './serviceContext';

export interface TIntegrations {
  hotline: HotlineAdapter;
  contentCheck: ContentCheck;
  /**
   * The channels outside the app a resident is told through, sent from the
   * outbox by the notice worker; the in-app inbox is written with the change itself.
   */
  notifiers: Notifier[];
}

const built = new WeakMap<TServiceContext, TIntegrations>();

/** The context's systems outside: those set on it (tests), the rest built once from its configuration. */
export function integrationsOf(ctx: TServiceContext): TIntegrations {
  let fromConfig = built.get(ctx);
  if (!fromConfig) {
    fromConfig = fromConfiguration(ctx);
    built.set(ctx, fromConfig);
  }
  return { ...fromConfig, ...ctx.integrations };
}

function fromConfiguration(ctx: TServiceContext): TIntegrations {
  const config = ctx.config;
  const tokens = lazyTokens(config);
  const notifiers: Notifier[] = [];
  if (config.SUNSHINE_NOTIFY === 'wechat') {
    notifiers.push(
      new WechatSubscribeNotifier({
        apiBase: config.SUNSHINE_WECHAT_API_URL,
        templateId: required(config.SUNSHINE_WECHAT_HOTLINE_TEMPLATE_ID, 'SUNSHINE_WECHAT_HOTLINE_TEMPLATE_ID'),
        tokens,
      }),
    );
  }
  return {
    hotline: lazyHotline(ctx),
    contentCheck: config.SUNSHINE_CONTENT_CHECK === 'wechat' ? new WechatMsgSecCheck(config.SUNSHINE_WECHAT_API_URL, tokens) : new WordListContentCheck(),
    notifiers,
  };
}

/** Without a hotline URL everything else still works; only delivery fails, and is retried. */
function lazyHotline(ctx: TServiceContext): HotlineAdapter {
  let adapter: HttpHotlineAdapter | null = null;
  return {
    fileOrder(filing) {
      adapter ??= new HttpHotlineAdapter({
        baseUrl: required(ctx.config.SUNSHINE_HOTLINE_URL, 'SUNSHINE_HOTLINE_URL'),
        appId: ctx.config.SUNSHINE_HOTLINE_APP_ID,
        secret: required(ctx.config.SUNSHINE_HOTLINE_SECRET, 'SUNSHINE_HOTLINE_SECRET'),
        timeoutMs: ctx.config.SUNSHINE_HOTLINE_TIMEOUT_MS,
        now: ctx.systemNow,
      });
      return adapter.fileOrder(filing);
    },
  };
}

/** The WeChat credentials are needed only when a WeChat adapter is used; ask for them then. */
function lazyTokens(config: TConfig): AccessTokenProvider {
  let provider: StableAccessTokenProvider | null = null;
  return {
    token() {
      provider ??= new StableAccessTokenProvider({
        apiBase: config.SUNSHINE_WECHAT_API_URL,
        appId: required(config.SUNSHINE_WECHAT_APPID, 'SUNSHINE_WECHAT_APPID'),
        appSecret: required(config.SUNSHINE_WECHAT_APPSECRET, 'SUNSHINE_WECHAT_APPSECRET'),
      });
      return provider.token();
    },
  };
}

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`configuration is incomplete: ${name} is not set`);
  return value;
}
