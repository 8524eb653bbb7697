import { postWechat, type AccessTokenProvider } from '../contentCheck/wechatAccessToken';
import type { Notifier, TResidentMessage } from './Notifier';

/** WeChat caps a `thing` field at 20 characters. */
const thing = (text: string) => ({ value: text.length > 20 ? `${text.slice(0, 19)}…` : text });

/** The mini-program page a tapped notice opens: the message it is about, the 12345 orders, or the inbox. */
export function noticePageOf(message: TResidentMessage): string {
  if (message.feedbackId) return `pages/messages/index?id=${encodeURIComponent(message.feedbackId)}`;
  return message.orderId ? 'pages/hotline/index' : 'pages/inbox/index';
}

/**
 * WeChat subscription messages (POST /cgi-bin/message/subscribe/send). The
 * template must have fields thing1 (标题), thing2 (内容) and time3 (时间);
 * the resident must have subscribed in the mini-program first.
 */
export class WechatSubscribeNotifier implements Notifier {
  constructor(
    private readonly options: { apiBase: string; templateId: string; tokens: AccessTokenProvider },
  ) {}

  async notify(message: TResidentMessage): Promise<void> {
    await postWechat(
      this.options.apiBase,
      '/cgi-bin/message/subscribe/send',
      {
        touser: message.openid,
        template_id: this.options.templateId,
        page: noticePageOf(message),
        data: {
          thing1: thing(message.title),
          thing2: thing(message.body),
          time3: { value: message.at.slice(0, 16).replace('T', ' ') },
        },
        miniprogram_state: 'formal',
        lang: 'zh_CN',
      },
      await this.options.tokens.token(),
    );
  }
}
