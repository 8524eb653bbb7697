import { inboxContract } from '@sunshine/shared';
import { listInbox, markInboxRead } from '../services/resident/inbox';
import { defineFunction } from './defineFunction';

/** The resident's in-app inbox of answers and status changes. */
export const inboxFunction = defineFunction(inboxContract, {
  list: listInbox,
  markRead: (ctx, openid, input) => markInboxRead(ctx, openid, input.ids),
});
