import { inboxActions } from '@sunshine/shared';
import { listInbox, markInboxRead } from '../services/resident/inbox';
import { defineFunction, residentAction } from './defineFunction';

/** The resident's in-app inbox of answers and status changes. */
export const inboxFunction = defineFunction('inbox', {
  list: residentAction(inboxActions.list, listInbox),
  markRead: residentAction(inboxActions.markRead, (ctx, openid, input) => markInboxRead(ctx, openid, input.ids)),
});
