import { useMemo, useRef } from 'react';
import { newRequestId } from '../pages/editor/requestId';

/**
 * The request key of what a form sends. Sending the same content again (a
 * retry after a timeout, a second click) reuses the key, so the platform
 * keeps one; changed content, or `done()` after a success, starts a new key.
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
