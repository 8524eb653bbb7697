import type { ContentCheck, TContentToCheck, TContentVerdict } from './ContentCheck';
import { postWechat, type AccessTokenProvider } from './wechatAccessToken';

/** msgSecCheck's scenes: 1 资料, 2 评论, 3 论坛, 4 社交日志. Residents' cases are closest to 论坛. */
const SCENE_FORUM = 3;

/**
 * WeChat's text security check, version 2 (POST /wxa/msg_sec_check):
 * answers result.suggest = pass | review | risky for this openid's text.
 */
export class WechatMsgSecCheck implements ContentCheck {
  constructor(
    private readonly apiBase: string,
    private readonly tokens: AccessTokenProvider,
  ) {}

  async check({ text, openid }: TContentToCheck): Promise<TContentVerdict> {
    const body = await postWechat(
      this.apiBase,
      '/wxa/msg_sec_check',
      { content: text, version: 2, scene: SCENE_FORUM, openid },
      await this.tokens.token(),
    );
    const suggest = (body.result as { suggest?: unknown } | undefined)?.suggest;
    if (suggest === 'pass' || suggest === 'review' || suggest === 'risky') return suggest;
    throw new Error(`msgSecCheck 返回了无法识别的结论：${String(suggest)}`);
  }
}
