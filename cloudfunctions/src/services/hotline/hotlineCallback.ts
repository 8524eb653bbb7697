import { createHash } from 'node:crypto';
import { AppError, callbackDecision, type TCallbackDecision, type THotlineStatusUpdate } from '@sunshine/shared';
import type { TResidentMessage } from '../../notify/Notifier';
import type { THotlineOrderDoc } from '../../store/documents';
import { recordResidentNotice } from '../resident/residentNotices';
import type { TServiceContext } from '../serviceContext';

const STATUS_TEXT: Record<THotlineStatusUpdate['status'], (u: THotlineStatusUpdate) => string> = {
  accepted: (u) => `12345热线已受理（工单号 ${u.hotlineOrderNo}）。`,
  processing: () => '12345热线已转有关部门办理。',
  closed: (u) => (u.reply ? `已办结。答复：${u.reply}` : '已办结。'),
};

/**
 * A status update from the hotline. Repeats and late arrivals are ignored
 * (see `callbackDecision`); an applied update lands on the order's timeline
 * in one transaction with the resident's notice.
 */
export async function applyHotlineUpdate(ctx: TServiceContext, update: THotlineStatusUpdate): Promise<TCallbackDecision> {
  const now = ctx.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    const order = await tx.get('hotlineOrders', update.externalId);
    if (!order) throw new AppError('NOT_FOUND', { message: `没有编号为 ${update.externalId} 的工单` });
    const eventIds = order.timeline.flatMap((e) => (e.eventId ? [e.eventId] : []));
    const decision = callbackDecision({ eventIds, lastSequence: order.lastSequence }, update);
    if (decision !== 'apply') return decision;
    const updated: THotlineOrderDoc = {
      ...order,
      status: update.status,
      lastSequence: update.sequence,
      hotlineOrderNo: order.hotlineOrderNo ?? update.hotlineOrderNo,
      reply: update.status === 'closed' ? update.reply : order.reply,
      updatedAt: now,
      timeline: [...order.timeline, { at: update.occurredAt, status: update.status, text: STATUS_TEXT[update.status](update), eventId: update.eventId }],
    };
    await tx.set('hotlineOrders', updated);
    await recordResidentNotice(tx, ctx, hotlineNotice(updated, update, now));
    return decision;
  });
}

/** The resident's notice of an applied update, written with it (see `recordResidentNotice`); one per hotline event. */
function hotlineNotice(order: THotlineOrderDoc, update: THotlineStatusUpdate, at: string): TResidentMessage {
  return {
    id: `n_${createHash('sha256').update(`hotline:${update.eventId}`).digest('base64url').slice(0, 22)}`,
    residentKey: order.residentKey,
    openid: order.openid,
    title: `您的12345诉求${{ accepted: '已受理', processing: '正在办理', closed: '已办结' }[update.status]}`,
    body: STATUS_TEXT[update.status](update),
    orderId: order._id,
    feedbackId: null,
    at,
  };
}
