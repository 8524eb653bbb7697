import { AppError } from '@sunshine/shared';

/**
 * The request's path, percent-decoded once for every route and static file.
 * A malformed escape ("/admin/%") is the client's mistake, so it becomes a
 * 400 here instead of a URIError thrown deep inside a handler.
 */
export function decodedPath(rawUrl: string | undefined): string {
  const { pathname } = new URL(rawUrl ?? '/', 'http://localhost');
  try {
    return decodeURIComponent(pathname);
  } catch {
    throw new AppError('INVALID_INPUT', { message: '网址格式不正确，请检查链接后重试。' });
  }
}
