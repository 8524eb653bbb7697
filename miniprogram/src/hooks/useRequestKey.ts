import { useMemo, useRef } from 'react';

/** Random enough for one resident's forms; getRandomValues is not in every WeChat base library. */
const newRequestId = () => `mp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}${Math.random().toString(36).slice(2, 10)}`;

/**
 * The request key of what a form sends. Sending the same content again (a
 * retry after a timeout, a second tap) reuses the key, so the platform keeps
 * one; changed content, or `done()` after a success, starts a new key.
 */
export function useRequestKey() {
  const last = useRef<{ content: string; key: string } | null>(null);
  return useMemo(
    () => ({
      keyFor(content: unknown): string {
        const text = JSON.stringify(content);
        if (!last.current || last.current.content !== text) last.current = { content: text, key: newRequestId() };
        return last.current.key;
      },
      done() {
        last.current = null;
      },
    }),
    [],
  );
}
