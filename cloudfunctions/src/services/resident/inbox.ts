import type { TInboxMessage, TPage, inboxActions } from '@sunshine/shared';
import type { z } from 'zod';
import type { TFilter } from '../../store/DocumentStore';
import { residentKeyOf } from './residents';
import type { TServiceContext } from '../serviceContext';
import { findPage } from '../../store/findPage';

/** The caller's inbox, newest first. */
export async function listInbox(
  ctx: TServiceContext,
  openid: string,
  input: z.output<(typeof inboxActions)['list']>,
): Promise<TPage<TInboxMessage> & { unread: number }> {
  const mine: TFilter = ['residentKey', '==', residentKeyOf(ctx, openid)];
  const where: TFilter[] = input.unreadOnly ? [mine, ['readAt', '==', null]] : [mine];
  const [messages, unread] = await Promise.all([
    findPage(ctx.store, 'notifications', { where, orderBy: [['createdAt', 'desc']] }, input, (d) => ({
      id: d._id,
      title: d.title,
      body: d.body,
      orderId: d.orderId,
      feedbackId: d.feedbackId ?? null,
      createdAt: d.createdAt,
      read: d.readAt !== null,
    })),
    ctx.store.count('notifications', [mine, ['readAt', '==', null]]),
  ]);
  return { ...messages, unread };
}

/** Marks the caller's own messages read; ids of other residents' messages are ignored. */
export async function markInboxRead(ctx: TServiceContext, openid: string, ids: string[]): Promise<{ marked: number }> {
  const residentKey = residentKeyOf(ctx, openid);
  const now = ctx.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    let marked = 0;
    for (const id of new Set(ids)) {
      const doc = await tx.get('notifications', id);
      if (!doc || doc.residentKey !== residentKey || doc.readAt) continue;
      await tx.update('notifications', id, { readAt: now });
      marked++;
    }
    return { marked };
  });
}
