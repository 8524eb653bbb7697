import {
  AppError,
  displayRegionName,
  HOTLINE_OVERDUE_AFTER_MINUTES,
  hotlineActions,
  regionPathOf,
  regionScopeFilter,
  topicsOf,
  type TAdminPrincipal,
  type TPage,
  type TPageRequest,
  type TResidentHotlineOrder,
  type TStaffHotlineOrder,
  type TTopicCounts,
  type ZHotlineFileRequest,
} from '@sunshine/shared';
import type { z } from 'zod';
import type { TFilter } from '../../store/DocumentStore';
import type { THotlineOrderDoc, THotlineOutboxDoc } from '../../store/documents';
import { findAll } from '../../store/findAll';
import { pendingOutboxFields } from '../outbox';
import { recordAudit } from '../audit';
import { checkResidentText } from '../contentCheck';
import { once, requestScopedId, type TRequestKey } from '../idempotency';
import { toResidentHotlineOrder, toStaffHotlineOrder } from './hotlineViews';
import { getVillage } from '../regions/regions';
import { countNewRequest } from '../rateLimits';
import { residentKeyOf } from '../resident/residents';
import type { TServiceContext } from '../serviceContext';
import { findPage } from '../../store/findPage';


/** When a just-queued order is to be listed as stuck if it has not reached the hotline. */
export const overdueAtFrom = (systemNow: Date) => new Date(systemNow.getTime() + HOTLINE_OVERDUE_AFTER_MINUTES * 60_000).toISOString();

/** The outbox entry that makes the worker send the order; written with the order or its release. */
export const hotlineOutboxEntry = (orderId: string, at: string): THotlineOutboxDoc => ({
  _id: `hotline:${orderId}`,
  kind: 'hotline.file',
  orderId,
  ...pendingOutboxFields(at),
});

/**
 * A resident files a case for 12345. The text is checked first: risky text
 * is refused and nothing is stored; text for review is stored but held. The
 * order and its outbox entry land in one transaction, so the worker sends
 * exactly the orders that were saved.
 */
export async function fileHotlineOrder(
  ctx: TServiceContext,
  openid: string,
  input: z.output<typeof ZHotlineFileRequest>,
): Promise<TResidentHotlineOrder> {
  const village = await getVillage(ctx, input.villageCode);
  const residentKey = residentKeyOf(ctx, openid);
  // One order per resident and client request, so a double submit files once; the id is also 12345's idempotency key.
  const request: TRequestKey = { scope: 'hotline.file', actor: residentKey, requestId: input.requestId };
  const id = requestScopedId('hl_', request);
  await countNewRequest(ctx, request, 'hotlineOrder', { resident: residentKey, village: village.code });
  const verdict = await checkResidentText(ctx, openid, input.content);
  const now = ctx.now().toISOString();
  const queuedAt = ctx.systemNow();
  const held = verdict === 'review';
  return ctx.store.transaction((tx) => once(tx, request, input, ctx.now(), {
    replay: async (orderId) => toResidentHotlineOrder((await tx.get('hotlineOrders', orderId))!),
    run: async () => {
      const doc: THotlineOrderDoc = {
        _id: id,
        ...regionPathOf(village.code),
        residentKey,
        openid,
        villageName: displayRegionName(village.name),
        type: input.type,
        content: input.content,
        contactPhone: input.contactPhone,
        topics: topicsOf(input.content),
        status: held ? 'held' : 'queued',
        deliveryState: held ? 'held' : 'pending',
        failureCount: 0,
        lastError: null,
        nextAttemptAt: held ? null : queuedAt.toISOString(),
        overdueAt: held ? null : overdueAtFrom(queuedAt),
        hotlineOrderNo: null,
        reply: null,
        lastSequence: 0,
        timeline: [
          held
            ? { at: now, status: 'held', text: '已提交。内容需要人工审核，审核通过后转交12345热线。' }
            : { at: now, status: 'queued', text: '已提交，正在转交12345热线。' },
        ],
        createdAt: now,
        updatedAt: now,
      };
      await tx.create('hotlineOrders', doc);
      if (!held) await tx.create('outbox', hotlineOutboxEntry(id, queuedAt.toISOString()));
      for (const topic of doc.topics) {
        const countId = `${doc.villageCode}:${topic}`;
        const count = await tx.get('topicCounts', countId);
        await tx.set('topicCounts', {
          _id: countId,
          countyCode: doc.countyCode,
          villageCode: doc.villageCode,
          villageName: doc.villageName,
          topic,
          count: (count?.count ?? 0) + 1,
        });
      }
      return { targetId: id, result: toResidentHotlineOrder(doc) };
    },
  }));
}

/** The caller's own orders, newest first; matched by the pseudonym of the context's openid only. */
export async function myHotlineOrders(ctx: TServiceContext, openid: string, page: TPageRequest): Promise<TPage<TResidentHotlineOrder>> {
  const where: TFilter[] = [['residentKey', '==', residentKeyOf(ctx, openid)]];
  return findPage(ctx.store, 'hotlineOrders', { where, orderBy: [['createdAt', 'desc']] }, page, toResidentHotlineOrder);
}

/** The supervisor's region as a filter on orders. */
function supervisorScope(admin: TAdminPrincipal): TFilter {
  const scope = regionScopeFilter(admin);
  return [scope.field, '==', scope.value];
}

async function staffPage(ctx: TServiceContext, where: TFilter[], page: TPageRequest): Promise<TPage<TStaffHotlineOrder>> {
  return findPage(ctx.store, 'hotlineOrders', { where, orderBy: [['createdAt', 'asc']] }, page, toStaffHotlineOrder);
}

/**
 * Orders not yet with the hotline that should be by now, in the supervisor's
 * region, oldest first: queued too long ago, or failed again and again
 * (`recordFailure` then brings `overdueAt` forward).
 */
export function stuckHotlineOrders(ctx: TServiceContext, admin: TAdminPrincipal, page: TPageRequest) {
  return staffPage(
    ctx,
    [supervisorScope(admin), ['deliveryState', 'in', ['pending', 'retrying']], ['overdueAt', '<=', ctx.systemNow().toISOString()]],
    page,
  );
}

/** Orders the content check held for a person, oldest first. */
export function heldHotlineOrders(ctx: TServiceContext, admin: TAdminPrincipal, page: TPageRequest) {
  return staffPage(ctx, [supervisorScope(admin), ['deliveryState', '==', 'held']], page);
}

/** A person decides on a held order: released orders are queued for 12345 in the same transaction. */
export async function releaseHotlineOrder(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  input: z.output<(typeof hotlineActions)['release']>,
): Promise<TStaffHotlineOrder> {
  const scope = regionScopeFilter(admin);
  const now = ctx.now().toISOString();
  const queuedAt = ctx.systemNow();
  return ctx.store.transaction(async (tx) => {
    const order = await tx.get('hotlineOrders', input.id);
    if (!order) throw new AppError('NOT_FOUND');
    if (order[scope.field] !== scope.value) throw new AppError('OUT_OF_SCOPE');
    if (order.deliveryState !== 'held') throw new AppError('INVALID_TRANSITION', { message: '这个工单已经处理过了，请刷新后查看。' });
    const release = input.decision === 'release';
    const updated: THotlineOrderDoc = {
      ...order,
      status: release ? 'queued' : 'rejected',
      deliveryState: release ? 'pending' : 'withdrawn',
      nextAttemptAt: release ? queuedAt.toISOString() : null,
      overdueAt: release ? overdueAtFrom(queuedAt) : null,
      updatedAt: now,
      timeline: [
        ...order.timeline,
        release
          ? { at: now, status: 'queued', text: '人工审核通过，正在转交12345热线。' }
          : { at: now, status: 'rejected', text: '经人工审核，内容不宜转交12345热线。如有需要，请修改后重新提交。' },
      ],
    };
    await tx.set('hotlineOrders', updated);
    if (release) await tx.create('outbox', hotlineOutboxEntry(order._id, queuedAt.toISOString()));
    await recordAudit(tx, ctx.now(), admin, {
      action: `hotline.${input.decision}`,
      targetType: 'hotlineOrder',
      targetId: order._id,
      regionCode: order.villageCode,
    });
    return toStaffHotlineOrder(updated);
  });
}

/** Orders by topic and by village in the supervisor's county. */
export async function hotlineTopicCounts(ctx: TServiceContext, admin: TAdminPrincipal): Promise<TTopicCounts> {
  const counts = await findAll(ctx.store, 'topicCounts', { where: [['countyCode', '==', admin.regionCode]], orderBy: [['villageCode', 'asc']] });
  const byTopic = new Map<string, number>();
  const byVillage = new Map<string, TTopicCounts['byVillage'][number]>();
  for (const c of counts) {
    byTopic.set(c.topic, (byTopic.get(c.topic) ?? 0) + c.count);
    const village = byVillage.get(c.villageCode) ?? { villageCode: c.villageCode, villageName: c.villageName, total: 0, topics: {} };
    village.topics[c.topic] = c.count;
    village.total += c.count;
    byVillage.set(c.villageCode, village);
  }
  return {
    countyCode: admin.regionCode,
    byTopic: [...byTopic].map(([topic, count]) => ({ topic, count })).sort((a, b) => b.count - a.count),
    byVillage: [...byVillage.values()].sort((a, b) => b.total - a.total),
  };
}
