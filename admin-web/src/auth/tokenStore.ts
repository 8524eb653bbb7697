/** The session token lives in sessionStorage so that closing the tab signs the admin out. */
const KEY = 'sunshine.admin.token';

export function readToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function writeToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function clearToken(): void {
  sessionStorage.removeItem(KEY);
}
