import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serves a single-page build: a file when it exists, otherwise the app's
 * index.html so that deep links (a village's QR code URL) open the app.
 */
export function serveSinglePageApp(root: string, relativePath: string, res: ServerResponse): void {
  if (!existsSync(join(root, 'index.html'))) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('这个前端还没有构建，请先运行 npm run build。');
    return;
  }
  const requested = normalize(join(root, decodeURIComponent(relativePath)));
  const insideRoot = requested === root || requested.startsWith(root + sep);
  const file = insideRoot && existsSync(requested) && statSync(requested).isFile() ? requested : join(root, 'index.html');
  const isIndex = file.endsWith('index.html');
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': isIndex ? 'no-cache' : 'public, max-age=3600',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
}
