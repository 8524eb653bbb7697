import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '../src/local/demoData';
import { SqliteStore } from '../src/store/sqlite/SqliteStore';
import { browserLikeClient } from './support/gateway';
import { freshRequestId } from './support/invoke';

/**
 * A notice survives the gateway being killed (SIGKILL) while it talks to
 * WeChat: the built gateway process answers a resident's message, its worker
 * reaches WeChat's subscription API, the process dies; a new process on the
 * same data sends the notice again, once. WeChat is a fake HTTP server here.
 */
const distLocal = join(__dirname, '..', 'dist-local');
const VILLAGE = '210124101200';

let wechat: Server;
let wechatUrl: string;
/** subscribe/send requests: the first is held open (the gateway dies during it), the rest are answered ok. */
let sends: { body: any; answered: boolean }[] = [];
let sendArrived: () => void = () => undefined;
let dataDir: string;
let gateway: ChildProcess | null = null;

const read = (req: IncomingMessage) => new Promise<string>((resolve) => { let t = ''; req.on('data', (c) => (t += c)); req.on('end', () => resolve(t)); });

beforeAll(async () => {
  if (!existsSync(join(distLocal, 'gateway.js'))) throw new Error('build the platform first: npm run build -w @sunshine/cloudfunctions');
  wechat = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const body = JSON.parse((await read(req)) || '{}');
    const path = new URL(req.url!, 'http://x').pathname;
    if (path === '/cgi-bin/stable_token') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'token', expires_in: 7200 }));
    if (path !== '/cgi-bin/message/subscribe/send') return void res.writeHead(404).end();
    const first = sends.length === 0;
    sends.push({ body, answered: !first });
    sendArrived();
    if (!first) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
  });
  await new Promise<void>((resolve) => wechat.listen(0, '127.0.0.1', resolve));
  wechatUrl = `http://127.0.0.1:${(wechat.address() as AddressInfo).port}`;
  dataDir = mkdtempSync(join(tmpdir(), 'sunshine-crash-'));
});
afterAll(async () => {
  gateway?.kill('SIGKILL');
  wechat.closeAllConnections();
  await new Promise((resolve) => wechat.close(resolve));
  rmSync(dataDir, { recursive: true, force: true });
});

const env = () => ({
  ...process.env,
  SUNSHINE_DATA_DIR: dataDir,
  PORT: '0',
  SUNSHINE_NOTIFY: 'wechat',
  SUNSHINE_WECHAT_API_URL: wechatUrl,
  SUNSHINE_WECHAT_APPID: 'wx-test',
  SUNSHINE_WECHAT_APPSECRET: 'wx-secret',
  SUNSHINE_WECHAT_HOTLINE_TEMPLATE_ID: 'tpl-1',
  OUTBOX_LEASE_MS: '1000',
  FEEDBACK_SWEEP_MS: '3600000',
});

function startGateway(): Promise<string> {
  gateway = spawn('node', [join(distLocal, 'gateway.js')], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    gateway!.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.includes('按 Ctrl+C 停止') ? /管理后台\s+(http:\/\/[^/\s]+)\/admin\//.exec(output) : null;
      if (match) resolve(match[1]);
    });
    gateway!.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    gateway!.once('exit', (code) => reject(new Error(`gateway exited with ${code}:\n${output}`)));
  });
}

const until = (predicate: () => boolean) =>
  new Promise<void>((resolve) => {
    if (predicate()) return resolve();
    sendArrived = () => predicate() && resolve();
  });

describe('a notice when the gateway is killed mid-send', () => {
  it('is sent once by the restarted gateway', async () => {
    const seed = spawnSync('node', [join(distLocal, 'seed.js')], { env: env(), encoding: 'utf8' });
    expect(seed.status).toBe(0);
    const base = await startGateway();

    const phone = browserLikeClient(base);
    const published = (await phone('/api/publicDisclosure', { action: 'listByVillage', input: { villageCode: VILLAGE, page: 1, pageSize: 1 } })).json.data.items[0];
    const sent = (await phone('/api/feedback', { action: 'submit', input: { requestId: freshRequestId(), disclosureId: published.id, kind: 'question', text: '这笔钱是怎么算出来的？' } })).json.data;
    const console_ = browserLikeClient(base);
    const token = (await console_('/api/adminAuth', { action: 'signIn', input: { username: 'dagujiazi', password: DEMO_PASSWORD } })).json.data.token;
    const reached = until(() => sends.length >= 1);
    const reply = await console_('/api/feedback', { action: 'reply', input: { id: sent.id, text: '按县里的标准核算，明细已在公开栏张贴。' } }, { authorization: `Bearer ${token}` });
    expect(reply.json.ok).toBe(true);
    await reached; // the worker is inside WeChat's API now
    const exited = new Promise((resolve) => gateway!.once('exit', resolve));
    gateway!.kill('SIGKILL');
    await exited;
    expect(sends).toHaveLength(1);

    const resent = until(() => sends.some((s) => s.answered));
    await startGateway();
    await resent;
    // A stopping gateway lets the worker's pass finish (it records the delivery) before it closes the store.
    const stopped = new Promise((resolve) => gateway!.once('exit', resolve));
    gateway!.kill('SIGTERM');
    await stopped;
    gateway = null;

    const store = SqliteStore.open(dataDir);
    try {
      const notices = await store.find('outbox', { where: [['kind', '==', 'notice']], limit: 10 });
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ state: 'delivered' });
      expect(await store.count('notifications')).toBe(1);
    } finally {
      await store.close();
    }
    const answered = sends.filter((s) => s.answered);
    expect(answered).toHaveLength(1);
    expect(answered[0].body).toMatchObject({ template_id: 'tpl-1', data: { thing1: { value: '您的留言有了答复' } } });
  }, 60_000);
});
