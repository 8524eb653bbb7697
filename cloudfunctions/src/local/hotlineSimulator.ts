import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { HOTLINE_REPORTED_STATUSES, type THotlineReportedStatus, type THotlineStatusUpdate } from '@sunshine/shared';
import type { THotlineFiling } from '../hotline/HotlineAdapter';
import { checkSignature, signedHeaders, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../hotline/signature';

/** How the filing endpoint misbehaves: reset the connection, never answer, answer 500, or file and then lose the answer. */
export type TFilingFault = 'down' | 'timeout' | 'error500' | 'lostAnswer';
/** How status callbacks misbehave: each sent twice, or sent in a shuffled order. */
export type TCallbackFault = 'duplicate' | 'outOfOrder';

export interface TSimulatorFaults {
  filing: TFilingFault | null;
  /** How many filing requests the fault hits before the hotline recovers; null for until told otherwise. */
  failNext: number | null;
  callbacks: TCallbackFault | null;
}

export interface TSimulatedOrder {
  key: string;
  orderNo: string;
  /** Requests carrying this key, including retries. */
  requests: number;
  /** Orders actually filed under this key: 1 is the whole point. */
  filings: number;
  filing: THotlineFiling;
  sentStatuses: THotlineReportedStatus[];
}

export interface THotlineSimulatorOptions {
  /** Our callback endpoint (…/api/hotlineCallback). */
  callbackUrl: string;
  callbackSecret: string;
  /** When set, requests must carry our signature made with it. */
  requestSecret?: string;
  /** Answers each order by itself this long after filing, one status per step; 0 to answer only when told. */
  answerStepMs?: number;
  now?: () => Date;
}

const REPLIES = ['经核实，已协调相关部门处理完毕，感谢您的反映。', '已转交属地乡镇办理，问题已解决。'];

/**
 * A stand-in for the 12345 hotline on this machine: it files orders
 * (idempotent by key), answers them with signed status callbacks
 * (受理 → 办理中 → 办结), and can be told to fail through POST /_admin/faults.
 */
export class HotlineSimulator {
  readonly orders = new Map<string, TSimulatedOrder>();
  faults: TSimulatorFaults = { filing: null, failNext: null, callbacks: null };
  /** Callbacks our side did not take (down, 5xx); sent again on the next answer or flush. */
  readonly undelivered: THotlineStatusUpdate[] = [];
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private sequence = 0;

  constructor(private readonly options: THotlineSimulatorOptions) {}

  private now = () => this.options.now?.() ?? new Date();

  async start(port = 0, host = '127.0.0.1'): Promise<string> {
    this.server = createServer((req, res) => {
      this.route(req, res).catch((error: unknown) => {
        console.error('[12345 模拟器]', error);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
    return this.url;
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('simulator not started');
    return `http://${address.address}:${address.port}/`;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  setFaults(faults: Partial<TSimulatorFaults>): void {
    this.faults = { ...this.faults, ...faults };
  }

  /** Sends the order's next statuses (all remaining by default) to our callback; answers how many were taken. */
  async answer(key: string, steps: number = HOTLINE_REPORTED_STATUSES.length): Promise<number> {
    const order = this.orders.get(key);
    if (!order) throw new Error(`no order under key ${key}`);
    const updates: THotlineStatusUpdate[] = [];
    for (const status of HOTLINE_REPORTED_STATUSES.slice(order.sentStatuses.length, order.sentStatuses.length + steps)) {
      order.sentStatuses.push(status);
      updates.push({
        eventId: randomUUID(),
        externalId: key,
        hotlineOrderNo: order.orderNo,
        sequence: ++this.sequence,
        status,
        reply: status === 'closed' ? REPLIES[order.orderNo.length % REPLIES.length] : null,
        occurredAt: this.now().toISOString(),
      });
    }
    if (this.faults.callbacks === 'outOfOrder') updates.reverse();
    const batch = this.faults.callbacks === 'duplicate' ? updates.flatMap((u) => [u, u]) : updates;
    return this.send([...this.undelivered.splice(0), ...batch]);
  }

  /** Resends callbacks our side did not take. */
  flush(): Promise<number> {
    return this.send(this.undelivered.splice(0));
  }

  private async send(updates: THotlineStatusUpdate[]): Promise<number> {
    let taken = 0;
    for (const update of updates) {
      const body = JSON.stringify(update);
      const ok = await fetch(this.options.callbackUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', ...signedHeaders(this.options.callbackSecret, body, this.now()) },
        body,
        signal: AbortSignal.timeout(5_000),
      }).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) taken++;
      else if (!this.undelivered.includes(update)) this.undelivered.push(update);
    }
    return taken;
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const body = await readBody(req);
    if (url.pathname === '/_admin/faults' && req.method === 'POST') {
      this.setFaults(JSON.parse(body || '{}'));
      return sendJson(res, 200, this.faults);
    }
    if (url.pathname === '/_admin/orders' && req.method === 'GET') return sendJson(res, 200, [...this.orders.values()]);
    if (url.pathname === '/_admin/answer' && req.method === 'POST') {
      const { key } = JSON.parse(body || '{}') as { key?: string };
      return sendJson(res, 200, { taken: key ? await this.answer(key) : await this.flush() });
    }
    if (url.pathname === '/orders' && req.method === 'POST') return this.fileOrder(req, res, body);
    sendJson(res, 404, { error: 'not found' });
  }

  private async fileOrder(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    const fault = this.takeFault();
    if (fault === 'down') return void req.socket.destroy();
    if (fault === 'timeout') return; // holds the request open; the caller's timeout ends it
    if (fault === 'error500') return sendJson(res, 500, { error: '系统繁忙' });
    if (this.options.requestSecret) {
      const header = (name: string) => req.headers[name] as string | undefined;
      if (checkSignature(this.options.requestSecret, body, header(TIMESTAMP_HEADER), header(SIGNATURE_HEADER), this.now()) !== 'valid') {
        return sendJson(res, 401, { error: '签名不正确' });
      }
    }
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !key) return sendJson(res, 400, { error: '缺少 Idempotency-Key' });
    let order = this.orders.get(key);
    if (order) order.requests++;
    else {
      order = { key, orderNo: `SY${String(this.orders.size + 1).padStart(8, '0')}`, requests: 1, filings: 1, filing: JSON.parse(body), sentStatuses: [] };
      this.orders.set(key, order);
      this.scheduleAnswers(key);
    }
    if (fault === 'lostAnswer') return void req.socket.destroy();
    sendJson(res, 200, { orderNo: order.orderNo });
  }

  private takeFault(): TFilingFault | null {
    const { filing, failNext } = this.faults;
    if (!filing) return null;
    if (failNext !== null) {
      if (failNext <= 0) return null;
      this.faults = { ...this.faults, failNext: failNext - 1 };
    }
    return filing;
  }

  private scheduleAnswers(key: string): void {
    const step = this.options.answerStepMs ?? 0;
    if (step <= 0) return;
    const next = () => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        void this.answer(key, 1).then(() => {
          if ((this.orders.get(key)?.sentStatuses.length ?? 3) < HOTLINE_REPORTED_STATUSES.length) next();
        });
      }, step);
      this.timers.add(timer);
    };
    next();
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
