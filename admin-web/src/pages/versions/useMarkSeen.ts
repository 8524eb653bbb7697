import { useEffect } from 'react';
import type { TDisclosureView } from '@sunshine/shared';
import { api } from '../../api/client';
import { useAdmin } from '../../auth/AuthContext';
import { announceUnreadChanged } from '../../layout/unreadNotices';

/** The village admin opening a decided disclosure has read the decision. */
export function useMarkSeen(disclosure: TDisclosureView | undefined): void {
  const admin = useAdmin();
  const id = disclosure?.id;
  const unread = admin.role === 'village_admin' && disclosure?.unreadByVillage === true;
  useEffect(() => {
    if (id && unread) api.disclosure.markSeen({ id }).then(announceUnreadChanged, () => undefined);
  }, [id, unread]);
}
