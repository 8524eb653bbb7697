import type { THotlineType, TInboxMessage, TPage, TResidentHotlineOrder } from '@sunshine/shared';
import { callFunction } from './cloud';

export const fileHotline = (input: { requestId: string; villageCode: string; type: THotlineType; content: string; contactPhone: string | null }) =>
  callFunction<TResidentHotlineOrder>('hotline', 'file', input);

export const listMyHotlineOrders = (page: number) => callFunction<TPage<TResidentHotlineOrder>>('hotline', 'myOrders', { page, pageSize: 20 });

export const listInbox = (page: number) => callFunction<TPage<TInboxMessage> & { unread: number }>('inbox', 'list', { page, pageSize: 20 });

export const markInboxRead = (ids: string[]) => callFunction<{ marked: number }>('inbox', 'markRead', { ids });
