import { readFile } from 'node:fs/promises';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

export type TEncoding = 'br' | 'gzip' | 'identity';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript)|image\/svg\+xml)/;
/** Below this a compressed body plus its headers is no smaller than the file. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The best encoding the client accepts: br, then gzip, else none. q=0 refuses. */
export function preferredEncoding(acceptEncoding: string | undefined): TEncoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const allows = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return 'identity';
}

/** Whether a file of this type and size is worth compressing at all. */
export const isCompressible = (contentType: string, size: number) => size >= MIN_BYTES && COMPRESSIBLE.test(contentType);

/**
 * Built files, compressed once per version (path + size + mtime) and kept in
 * memory: brotli on the console's largest chunk takes a noticeable moment,
 * which only the first request after a build should pay. A rebuild changes
 * the version, so a stale entry is never served.
 */
export class CompressedFiles {
  /** One entry per file and encoding: a rebuild replaces it rather than piling up versions. */
  private readonly cache = new Map<string, { version: string; body: Promise<Buffer> }>();

  read(file: string, version: string, encoding: 'br' | 'gzip'): Promise<Buffer> {
    const key = `${encoding}:${file}`;
    const cached = this.cache.get(key);
    if (cached?.version === version) return cached.body;
    const body = readFile(file).then((bytes) => compress(bytes, encoding));
    this.cache.set(key, { version, body });
    body.catch(() => {
      if (this.cache.get(key)?.body === body) this.cache.delete(key);
    });
    return body;
  }
}

function compress(bytes: Buffer, encoding: 'br' | 'gzip'): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(bytes, {
        params: {
          // Quality 9 gets within a few percent of 11 at a fraction of the time.
          [constants.BROTLI_PARAM_QUALITY]: 9,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      })
    : gzipAsync(bytes, { level: 9 });
}
