import type { hotlineContract, inboxContract, THotlineType, TRefTo } from '@sunshine/shared';
import { callAction } from './cloud';

const FILE: TRefTo<typeof hotlineContract.file> = { fn: 'hotline', action: 'file' };
const MY_ORDERS: TRefTo<typeof hotlineContract.myOrders> = { fn: 'hotline', action: 'myOrders' };
const INBOX: TRefTo<typeof inboxContract.list> = { fn: 'inbox', action: 'list' };
const MARK_READ: TRefTo<typeof inboxContract.markRead> = { fn: 'inbox', action: 'markRead' };

export const fileHotline = (input: { requestId: string; villageCode: string; type: THotlineType; content: string; contactPhone: string | null }) =>
  callAction(FILE, input);

export const listMyHotlineOrders = (page: number) => callAction(MY_ORDERS, { page, pageSize: 20 });

export const listInbox = (page: number) => callAction(INBOX, { page, pageSize: 20 });

export const markInboxRead = (ids: string[]) => callAction(MARK_READ, { ids });
