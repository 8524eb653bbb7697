import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, extname, join, normalize, sep } from 'node:path';
import { CompressedFiles, isCompressible, preferredEncoding } from './compression';
import { BASE_SECURITY_HEADERS, PAGE_SECURITY_HEADERS } from './securityHeaders';

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
 * Vite names built files `name-<8 hash chars>.ext`, Taro `name.<8 hex>.ext`:
 * such a name never changes content, so browsers may keep it for a year.
 */
const HASHED_NAME = /[.-][A-Za-z0-9_-]{8}\.[a-z0-9]+$/;
const ONE_YEAR = 'public, max-age=31536000, immutable';

const compressed = new CompressedFiles();

/**
 * Serves a single-page build: a file when it exists, otherwise the app's
 * index.html so that deep links (a village's QR code URL) open the app.
 * `relativePath` is already percent-decoded (see decodedPath).
 */
export async function serveSinglePageApp(root: string, relativePath: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', ...BASE_SECURITY_HEADERS });
    res.end('这个前端还没有构建，请先运行 npm run build。');
    return;
  }
  const requested = normalize(join(root, relativePath));
  const insideRoot = requested === root || requested.startsWith(root + sep);
  const file = insideRoot && existsSync(requested) && statSync(requested).isFile() ? requested : join(root, 'index.html');
  const stat = statSync(file);
  const contentType = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  const isPage = contentType.startsWith('text/html');
  const compressible = isCompressible(contentType, stat.size);
  const encoding = compressible ? preferredEncoding(req.headers['accept-encoding']) : 'identity';
  const version = `${stat.size}-${Math.floor(stat.mtimeMs)}`;
  const etag = `"${version}${encoding === 'identity' ? '' : `-${encoding}`}"`;
  const headers: Record<string, string> = {
    'content-type': contentType,
    // The page itself is always revalidated so a new build's script names reach the browser at once.
    'cache-control': !isPage && HASHED_NAME.test(basename(file)) ? ONE_YEAR : 'no-cache',
    etag,
    ...(compressible ? { vary: 'Accept-Encoding' } : {}),
    ...(isPage ? PAGE_SECURITY_HEADERS : BASE_SECURITY_HEADERS),
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  if (encoding === 'identity') {
    res.writeHead(200, { ...headers, 'content-length': String(stat.size) });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
    return;
  }
  const body = await compressed.read(file, version, encoding);
  res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}
