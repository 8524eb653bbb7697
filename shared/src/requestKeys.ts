/**
 * The request key of what a form sends (see the functions' idempotent
 * creates). Sending the same content again — a retry after a timeout, a
 * second tap — reuses the key, so the platform keeps one; changed content,
 * or `done()` after a success, starts a new key. Each client brings its own
 * random source (WeChat's base library may lack getRandomValues).
 */
export interface TRequestKeys {
  keyFor(content: unknown): string;
  done(): void;
}

export function requestKeysFor(newRequestId: () => string): TRequestKeys {
  let last: { content: string; key: string } | null = null;
  return {
    keyFor(content) {
      const text = JSON.stringify(content);
      if (!last || last.content !== text) last = { content: text, key: newRequestId() };
      return last.key;
    },
    done() {
      last = null;
    },
  };
}
