import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { browserLikeClient, startGateway } from './support/gateway';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

let runtime: TTestRuntime;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  runtime = openTestRuntime();
  const appDir = join(runtime.dataDir, 'app');
  mkdirSync(join(appDir, 'assets'), { recursive: true });
  writeFileSync(join(appDir, 'index.html'), '<!doctype html><title>app</title>');
  ({ server, baseUrl } = await startGateway(runtime, { '/admin/': appDir, '/app/': appDir }));
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await runtime.close();
});

/** A resident signed in through the H5 build: returns the cookie and their key. */
async function resident() {
  const response = await fetch(`${baseUrl}/api/resident`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ action: 'profile', input: {} }),
  });
  const cookie = response.headers.get('set-cookie')!.split(';')[0];
  const json = (await response.json()) as any;
  return { cookie, residentKey: json.data.residentKey as string };
}

async function residentKeyOf(cookie: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/resident`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, cookie },
    body: JSON.stringify({ action: 'profile', input: {} }),
  });
  return ((await response.json()) as any).data.residentKey;
}

describe('the gateway refuses requests forged by other pages (CSRF)', () => {
  it('refuses a cross-site form post and gives it no identity cookie', async () => {
    const { cookie, residentKey } = await resident();
    // The browser leaves the SameSite=Lax cookie off a cross-site POST; the form can only send form types.
    const forged = await fetch(`${baseUrl}/api/resident`, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=profile',
    });
    expect(forged.status).toBe(403);
    expect(forged.headers.get('set-cookie')).toBeNull();
    expect(((await forged.json()) as any).error).toMatchObject({ code: 'CROSS_SITE_REQUEST', message: expect.stringContaining('本平台') });

    const foreignJson = await fetch(`${baseUrl}/api/resident`, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'profile', input: {} }),
    });
    expect(foreignJson.status).toBe(403);
    expect(foreignJson.headers.get('set-cookie')).toBeNull();
    expect(await residentKeyOf(cookie)).toBe(residentKey);
  });

  it('refuses a same-site text/plain form that carries the resident cookie', async () => {
    const { cookie } = await resident();
    const port = new URL(baseUrl).port;
    // Another port on the same host is the same site: the cookie is sent along.
    const sameSite = await fetch(`${baseUrl}/api/feedback`, {
      method: 'POST',
      headers: { origin: `http://127.0.0.1:${Number(port) + 1}`, 'content-type': 'text/plain', cookie },
      body: JSON.stringify({ action: 'mine', input: {} }),
    });
    expect(sameSite.status).toBe(403);
    expect(((await sameSite.json()) as any).error.code).toBe('CROSS_SITE_REQUEST');

    const plainFromOwnPage = await fetch(`${baseUrl}/api/resident`, {
      method: 'POST',
      headers: { origin: baseUrl, 'content-type': 'text/plain;charset=UTF-8', cookie },
      body: JSON.stringify({ action: 'profile', input: {} }),
    });
    expect(plainFromOwnPage.status).toBe(415);
    expect(((await plainFromOwnPage.json()) as any).error).toMatchObject({ code: 'UNSUPPORTED_CONTENT_TYPE', message: expect.stringContaining('JSON') });

    const nullOrigin = await fetch(`${baseUrl}/api/resident`, {
      method: 'POST',
      headers: { origin: 'null', 'content-type': 'application/json', cookie },
      body: JSON.stringify({ action: 'profile', input: {} }),
    });
    expect(nullOrigin.status).toBe(403);
  });

  it('refuses the identity cookie without an Origin, but serves cookie-less non-browser clients', async () => {
    const { cookie } = await resident();
    const noOrigin = await fetch(`${baseUrl}/api/resident`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ action: 'profile', input: {} }),
    });
    expect(noOrigin.status).toBe(403);
    expect(noOrigin.headers.get('set-cookie')).toBeNull();

    const script = await fetch(`${baseUrl}/api/catalog`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'list', input: {} }),
    });
    expect(script.status).toBe(200);
  });
});

describe('the gateway decodes URLs once and safely', () => {
  it.each(['/admin/%', '/app/%E0%A4%A', '/api/%zz', '/admin/assets/%C0%AF'])('answers 400 to %s', async (path) => {
    const response = await fetch(baseUrl + path, {
      method: path.startsWith('/api/') ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json', origin: baseUrl },
      body: path.startsWith('/api/') ? '{}' : undefined,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('网址') });
  });

  it('still decodes well-formed escapes', async () => {
    const response = await fetch(`${baseUrl}/app/pages/village/%E6%9D%91`);
    expect(response.status).toBe(200);
  });
});

describe('the gateway sends security headers', () => {
  it('puts a strict CSP and anti-framing headers on pages', async () => {
    for (const path of ['/admin/', '/app/pages/village/index?code=210124101200']) {
      const page = await fetch(baseUrl + path);
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain('object-src blob:');
      expect(page.headers.get('x-frame-options')).toBe('DENY');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('marks API answers nosniff too', async () => {
    const api = await fetch(`${baseUrl}/api/catalog`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"list"}' });
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
