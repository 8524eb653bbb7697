import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { StableAccessTokenProvider } from '../src/contentCheck/wechatAccessToken';
import { WechatMsgSecCheck } from '../src/contentCheck/wechatMsgSecCheck';
import { noticePageOf, WechatSubscribeNotifier } from '../src/notify/wechatSubscribeNotifier';
import { closeServer } from './support/hotline';

/** A local stand-in for api.weixin.qq.com that records what it was sent. */
let server: Server;
let apiBase: string;
let calls: { path: string; query: Record<string, string>; body: any }[];
let subscribeErrcode: number;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const url = new URL(req.url!, 'http://x');
    const body = JSON.parse(await read(req));
    calls.push({ path: url.pathname, query: Object.fromEntries(url.searchParams), body });
    const answer =
      url.pathname === '/cgi-bin/stable_token'
        ? { access_token: `token-${calls.length}`, expires_in: 7200 }
        : url.pathname === '/wxa/msg_sec_check'
          ? { errcode: 0, errmsg: 'ok', result: { suggest: body.content.includes('坏') ? 'risky' : body.content.includes('疑') ? 'review' : 'pass', label: 100 }, trace_id: 't' }
          : { errcode: subscribeErrcode, errmsg: subscribeErrcode ? 'argument invalid!' : 'ok' };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
beforeEach(() => {
  calls = [];
  subscribeErrcode = 0;
});
afterAll(() => closeServer(server));

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => resolve(text));
  });

const tokens = () => new StableAccessTokenProvider({ apiBase, appId: 'wx-app', appSecret: 'app-secret' });

describe('WeChat msgSecCheck v2', () => {
  it('sends version 2 with openid, scene and content, and maps result.suggest; the token is fetched once', async () => {
    const check = new WechatMsgSecCheck(apiBase, tokens());
    expect(await check.check({ text: '路灯不亮', openid: 'o-1' })).toBe('pass');
    expect(await check.check({ text: '可疑内容', openid: 'o-1' })).toBe('review');
    expect(await check.check({ text: '坏内容', openid: 'o-1' })).toBe('risky');
    expect(calls.map((c) => c.path)).toEqual(['/cgi-bin/stable_token', '/wxa/msg_sec_check', '/wxa/msg_sec_check', '/wxa/msg_sec_check']);
    expect(calls[0].body).toEqual({ grant_type: 'client_credential', appid: 'wx-app', secret: 'app-secret' });
    expect(calls[1]).toMatchObject({ query: { access_token: 'token-1' }, body: { content: '路灯不亮', version: 2, scene: 3, openid: 'o-1' } });
  });
});

describe('WeChat subscription messages', () => {
  it('sends the template with the resident as touser and fields cut to WeChat’s limits', async () => {
    const notifier = new WechatSubscribeNotifier({ apiBase, templateId: 'tpl-1', tokens: tokens() });
    const message = { id: 'n1', residentKey: 'k', openid: 'o-9', title: '您的12345诉求已办结', body: '已办结。答复：经核实，已协调相关部门处理完毕，感谢您的反映。', orderId: 'hl_1', feedbackId: null, at: '2026-03-02T08:30:00.000Z' };
    await notifier.notify(message);
    const send = calls.find((c) => c.path === '/cgi-bin/message/subscribe/send')!;
    expect(send.query.access_token).toMatch(/^token-/);
    expect(send.body).toMatchObject({ touser: 'o-9', template_id: 'tpl-1', page: 'pages/hotline/index', lang: 'zh_CN' });
    expect(send.body.data.thing1.value).toBe('您的12345诉求已办结');
    expect([...send.body.data.thing2.value]).toHaveLength(20);
    expect(send.body.data.time3.value).toBe('2026-03-02 08:30');

    subscribeErrcode = 43101;
    await expect(notifier.notify(message)).rejects.toThrow('43101');
  });
});

describe('the page a tapped notice opens', () => {
  const appPages = readFileSync(join(__dirname, '..', '..', 'miniprogram', 'src', 'app.config.ts'), 'utf8');
  const base = { id: 'n1', residentKey: 'k', openid: 'o-9', title: '标题', body: '内容', at: '2026-03-02T08:30:00.000Z' };

  it.each([
    [{ ...base, orderId: null, feedbackId: 'fb-1' }, 'pages/messages/index?id=fb-1'],
    [{ ...base, orderId: 'hl_1', feedbackId: null }, 'pages/hotline/index'],
    [{ ...base, orderId: null, feedbackId: null }, 'pages/inbox/index'],
  ])('is a page the mini-program has (%#)', (message, page) => {
    expect(noticePageOf(message)).toBe(page);
    expect(appPages).toContain(`'${page.split('?')[0]}'`);
  });
});
