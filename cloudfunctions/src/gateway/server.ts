import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { AppError, type TResult } from '@sunshine/shared';
import type { THttpResponse, TCloudFunction } from '../functions/defineFunction';
import type { THttpEvent } from '../functions/invocation';
import { HTTP_STATUS } from '../functions/httpStatus';
import { LOCAL_WX_CONTEXT } from '../runtime/identity';
import type { TRuntime } from '../runtime/runtime';
import { storageFailure } from '../store/storageFailure';
import { refuseForeignRequest } from './apiRequestGuard';
import { decodedPath } from './requestPath';
import { BASE_SECURITY_HEADERS } from './securityHeaders';
import { serveSinglePageApp } from './staticFiles';
import { WechatSimulator } from './wechatSimulator';

const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface TGatewayOptions {
  runtime: TRuntime;
  functions: Record<string, TCloudFunction>;
  /** URL prefix ('/admin/') → directory of a built single-page app. */
  apps: Record<string, string>;
}

/**
 * The local stand-in for CloudBase: one port for the functions (POST
 * /api/<name>, shaped as CloudBase's HTTP access events), the console and
 * the resident app's H5 build.
 */
export function createGateway({ runtime, functions, apps }: TGatewayOptions): Server {
  const wechat = new WechatSimulator(Buffer.from(runtime.services.config.SUNSHINE_SESSION_SECRET, 'base64'));

  async function callFunction(fn: TCloudFunction, req: IncomingMessage, res: ServerResponse, url: URL) {
    refuseForeignRequest(req);
    const body = await readBody(req);
    const event: THttpEvent = {
      path: url.pathname,
      httpMethod: req.method ?? 'GET',
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v])),
      queryStringParameters: Object.fromEntries(url.searchParams),
      body,
      isBase64Encoded: false,
    };
    const context = {
      request_id: randomUUID(),
      function_name: fn.name,
      [LOCAL_WX_CONTEXT]: { OPENID: wechat.openidFor(req, res) },
    };
    const response = (await fn.handle(event, context, runtime)) as THttpResponse;
    res.writeHead(response.statusCode, { ...BASE_SECURITY_HEADERS, ...response.headers });
    res.end(response.body);
  }

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handle = async () => {
      const path = decodedPath(req.url);
      if (path.startsWith('/api/')) {
        const name = path.slice(5);
        const fn = Object.hasOwn(functions, name) ? functions[name] : undefined;
        if (!fn) return sendJson(res, 404, failure(new AppError('NOT_FOUND', { message: '没有这个接口' })));
        return callFunction(fn, req, res, url);
      }
      if (path === '/healthz') return sendJson(res, 200, { ok: true, data: { status: 'up' } });
      for (const [prefix, dir] of Object.entries(apps)) {
        if (path === prefix.slice(0, -1)) {
          res.writeHead(302, { location: prefix });
          return res.end();
        }
        if (path.startsWith(prefix)) return serveSinglePageApp(dir, path.slice(prefix.length), req, res);
      }
      res.writeHead(302, { location: Object.keys(apps)[0] ?? '/healthz' });
      res.end();
    };
    handle().catch((error: unknown) => {
      if (!(error instanceof AppError)) console.error('[gateway]', error);
      const known = error instanceof AppError ? error : (storageFailure(error) ?? new AppError('INTERNAL'));
      if (!res.headersSent) sendJson(res, HTTP_STATUS[known.code], failure(known));
      else res.end();
    });
  });
}

const failure = (error: AppError): TResult<never> => ({ ok: false, error: error.toBody() });

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...BASE_SECURITY_HEADERS });
  res.end(JSON.stringify(body));
}

/** Reads the body; past the limit it keeps draining but answers 413, so the client sees why. */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () =>
      size > MAX_BODY_BYTES
        ? reject(new AppError('FILE_TOO_LARGE', { message: '提交的内容太大（超过 4 MB），请分批提交' }))
        : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}
