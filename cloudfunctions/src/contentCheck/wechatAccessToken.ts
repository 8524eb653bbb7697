/** Gives a valid WeChat API access token. */
export interface AccessTokenProvider {
  token(): Promise<string>;
}

/**
 * The mini-program's access token from WeChat's stable-token endpoint,
 * kept until five minutes before it expires. In production a central
 * token service may stand behind the same interface.
 */
export class StableAccessTokenProvider implements AccessTokenProvider {
  private cached: { token: string; expiresAt: number } | null = null;

  constructor(
    private readonly options: { apiBase: string; appId: string; appSecret: string; now?: () => number },
  ) {}

  async token(): Promise<string> {
    const now = this.options.now?.() ?? Date.now();
    if (this.cached && this.cached.expiresAt > now) return this.cached.token;
    const body = await postWechat(this.options.apiBase, '/cgi-bin/stable_token', {
      grant_type: 'client_credential',
      appid: this.options.appId,
      secret: this.options.appSecret,
    });
    const token = body.access_token;
    const expiresIn = Number(body.expires_in ?? 7200);
    if (typeof token !== 'string') throw new Error('微信接口未返回 access_token');
    this.cached = { token, expiresAt: now + Math.max(60, expiresIn - 300) * 1000 };
    return token;
  }
}

/** POSTs JSON to a WeChat API and answers its body; a non-zero errcode is an error. */
export async function postWechat(
  apiBase: string,
  path: string,
  payload: unknown,
  accessToken?: string,
): Promise<Record<string, unknown>> {
  const url = new URL(path, apiBase);
  if (accessToken) url.searchParams.set('access_token', accessToken);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(5_000),
  });
  if (!response.ok) throw new Error(`微信接口 ${path} 返回 HTTP ${response.status}`);
  const body = (await response.json()) as Record<string, unknown>;
  if (body.errcode !== undefined && body.errcode !== 0) throw new Error(`微信接口 ${path} 返回错误 ${String(body.errcode)}：${String(body.errmsg ?? '')}`);
  return body;
}
