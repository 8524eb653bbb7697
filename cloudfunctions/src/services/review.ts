import {
  AppError,
  assertCanReview,
  isWithinRegion,
  nextDisclosureStatus,
  type TAdminPrincipal,
  type TDisclosureView,
  type TPage,
  type ZRejectRequest,
  type ZReviewQueueRequest,
} from '@sunshine/shared';
import type { z } from 'zod';
import type { TFilter } from '../store/DocumentStore';
import type { TDisclosureDoc } from '../store/documents';
import { recordAudit } from './audit';
import { historyEvent } from './disclosures';
import { toDisclosureView } from './disclosureViews';
import type { TServiceContext } from './serviceContext';

/** What waits for a township reviewer, oldest submission first. */
export async function reviewQueue(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  input: z.output<typeof ZReviewQueueRequest>,
): Promise<TPage<TDisclosureView>> {
  assertCanReview(admin, admin.regionCode);
  const where: TFilter[] = [
    ['townshipCode', '==', admin.regionCode],
    ['status', 'in', ['submitted', 'resubmitted']],
  ];
  if (input.villageCode) {
    if (!isWithinRegion(input.villageCode, admin.regionCode)) throw new AppError('OUT_OF_SCOPE');
    where.push(['villageCode', '==', input.villageCode]);
  }
  const [docs, total] = await Promise.all([
    ctx.store.find('disclosures', { where, orderBy: [['submittedAt', 'asc']], offset: (input.page - 1) * input.pageSize, limit: input.pageSize }),
    ctx.store.count('disclosures', where),
  ]);
  return { items: docs.map(toDisclosureView), total, page: input.page, pageSize: input.pageSize };
}

async function decide(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  id: string,
  decision: { action: 'approve' } | { action: 'reject'; reason: string },
): Promise<TDisclosureView> {
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const doc = await tx.get('disclosures', id);
    if (!doc) throw new AppError('NOT_FOUND');
    assertCanReview(admin, doc.townshipCode);
    const status = nextDisclosureStatus(doc.status, decision.action);
    const reason = decision.action === 'reject' ? decision.reason : undefined;
    const updated: TDisclosureDoc = {
      ...doc,
      status,
      rejectReason: reason ?? null,
      publishedAt: status === 'published' ? now.toISOString() : doc.publishedAt,
      updatedAt: now.toISOString(),
      history: [...doc.history, historyEvent(now, admin, decision.action, reason)],
    };
    await tx.set('disclosures', updated);
    await recordAudit(tx, now, admin, {
      action: `disclosure.${decision.action}`,
      targetType: 'disclosure',
      targetId: id,
      regionCode: doc.villageCode,
      ...(reason ? { detail: { reason } } : {}),
    });
    return toDisclosureView(updated);
  });
}

export const approveDisclosure = (ctx: TServiceContext, admin: TAdminPrincipal, id: string) => decide(ctx, admin, id, { action: 'approve' });

export const rejectDisclosure = (ctx: TServiceContext, admin: TAdminPrincipal, input: z.output<typeof ZRejectRequest>) =>
  decide(ctx, admin, input.id, { action: 'reject', reason: input.reason });
