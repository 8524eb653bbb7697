/**
 * Where a resident's identity comes from: the WeChat context of the call,
 * never the request body. In CloudBase the platform fills the context; on a
 * developer's machine the local gateway plays WeChat's part and puts it under
 * a Symbol key, which no JSON request can produce.
 */
export interface IdentitySource {
  openidOf(context: unknown): string | null;
}

export const LOCAL_WX_CONTEXT = Symbol.for('sunshine.localWxContext');

export interface TLocalWxContext {
  OPENID: string;
}

export const localIdentity: IdentitySource = {
  openidOf(context) {
    const wx = (context as { [LOCAL_WX_CONTEXT]?: TLocalWxContext } | null)?.[LOCAL_WX_CONTEXT];
    return wx?.OPENID ?? null;
  },
};
