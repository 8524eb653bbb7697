import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startGateway } from './support/gateway';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

/** The console as built by `npm run build -w @sunshine/admin-web` (npm test builds it first). */
const CONSOLE_DIST = resolve(__dirname, '..', '..', 'admin-web', 'dist');
/** What the sign-in page may make a browser download and parse before it can draw. */
const SIGN_IN_JS_BUDGET = 700 * 1024;

let runtime: TTestRuntime;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  if (!existsSync(join(CONSOLE_DIST, 'index.html'))) throw new Error('先构建管理后台：npm run build -w @sunshine/admin-web');
  runtime = openTestRuntime();
  ({ server, baseUrl } = await startGateway(runtime, { '/admin/': CONSOLE_DIST }));
});
afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await runtime?.close();
});

/** GET with an Accept-Encoding, answering the decoded bytes beside the response. Node's fetch would decode silently. */
async function get(path: string, acceptEncoding: string) {
  const { request } = await import('node:http');
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; raw: Buffer; body: Buffer }>((resolvePromise, reject) => {
    request(baseUrl + path, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const body = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        resolvePromise({ status: res.statusCode!, headers: res.headers, raw, body });
      });
    })
      .on('error', reject)
      .end();
  });
}

describe("the console's first download", () => {
  it('is compressed, cached by content hash, and small enough for the sign-in page', async () => {
    const page = await get('/admin/login', 'gzip, deflate, br');
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBeUndefined(); // index.html is under 1 KB: not worth it
    expect(page.headers['cache-control']).toBe('no-cache');
    const html = page.body.toString('utf8');
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    expect(scripts.length).toBeGreaterThan(0);

    let initialBytes = 0;
    for (const script of scripts) {
      const br = await get(script, 'gzip, br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toBe('Accept-Encoding');
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(br.raw.length).toBeLessThan(br.body.length / 2);

      const gzip = await get(script, 'gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gzip.body.equals(br.body)).toBe(true);

      const identity = await get(script, 'identity');
      expect(identity.headers['content-encoding']).toBeUndefined();
      expect(identity.body.equals(br.body)).toBe(true);
      initialBytes += identity.body.length;
      // The dashboard's charts (echarts on zrender) and its Excel export load with that page, not before sign-in.
      expect([script, /zrender|ExcelJS/.test(identity.body.toString('utf8'))]).toEqual([script, false]);
    }
    // Before code splitting the console's first download was 1.55 MB of JavaScript.
    expect(initialBytes).toBeLessThan(SIGN_IN_JS_BUDGET);
  });

  it('answers 304 to a revalidation of an unchanged page', async () => {
    const first = await fetch(`${baseUrl}/admin/`);
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await fetch(`${baseUrl}/admin/`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });
});
