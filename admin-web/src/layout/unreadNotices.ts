import { useEffect, useState } from 'react';
import type { TAdminRole } from '@sunshine/shared';
import { api } from '../api/client';

/** Fired after the village opens a decision, so the menu's count follows at once. */
const CHANGED = 'sunshine:unread-changed';

export function announceUnreadChanged(): void {
  window.dispatchEvent(new Event(CHANGED));
}

/** How many reviewer decisions the village has not opened: shown on its menu. */
export function useUnreadCount(role: TAdminRole): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (role !== 'village_admin') return;
    let live = true;
    const load = () => api.disclosure.unreadCount().then((r) => live && setCount(r.unread), () => undefined);
    load();
    window.addEventListener(CHANGED, load);
    const timer = setInterval(load, 60_000);
    return () => {
      live = false;
      window.removeEventListener(CHANGED, load);
      clearInterval(timer);
    };
  }, [role]);
  return count;
}
