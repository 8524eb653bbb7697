import {
  AppError,
  assertCanReview,
  AWAITING_REVIEW_STATUSES,
  ERROR_MESSAGES,
  isAppError,
  isSealedOnApproval,
  isWithinRegion,
  nextDisclosureStatus,
  openCommentWindow,
  type TAdminPrincipal,
  type TApproveManyResult,
  type TDisclosureView,
  type TPage,
  type ZApproveManyRequest,
  type ZRejectRequest,
  type ZReviewQueueRequest,
} from '@sunshine/shared';
import type { z } from 'zod';
import type { TFilter } from '../../store/DocumentStore';
import type { TDisclosureDoc } from '../../store/documents';
import { recordAudit } from '../audit';
import { historyEvent } from '../disclosure/disclosures';
import { toDisclosureView } from '../disclosure/disclosureViews';
import { sealPublication } from '../disclosure/sealing';
import { indexPublishedDisclosure, PENDING_PAYMENT_INDEX } from '../resident/paymentIndex';
import type { TServiceContext } from '../serviceContext';
import { supersedePrevious } from '../disclosure/versions';
import { findPage } from '../../store/findPage';

/** What waits for a township reviewer, oldest submission first, narrowed by village, category, period, status and date. */
export async function reviewQueue(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  input: z.output<typeof ZReviewQueueRequest>,
): Promise<TPage<TDisclosureView>> {
  assertCanReview(admin, admin.regionCode);
  const where: TFilter[] = [
    ['townshipCode', '==', admin.regionCode],
    input.status ? ['status', '==', input.status] : ['status', 'in', [...AWAITING_REVIEW_STATUSES]],
  ];
  if (input.villageCode) {
    if (!isWithinRegion(input.villageCode, admin.regionCode)) throw new AppError('OUT_OF_SCOPE');
    where.push(['villageCode', '==', input.villageCode]);
  }
  if (input.category) where.push(['category', '==', input.category]);
  if (input.period) where.push(['period', '==', input.period]);
  // submittedAt is an ISO instant; everything submitted during the given day sorts below the next day.
  if (input.submittedBefore) where.push(['submittedAt', '<', `${input.submittedBefore}T24`]);
  if (input.dueBefore) where.push(['dueDate', '<=', input.dueBefore]);
  return findPage(ctx.store, 'disclosures', { where, orderBy: [['submittedAt', 'asc']] }, input, toDisclosureView);
}

/**
 * A reviewer's decision, in one transaction with its audit entry. Approval
 * publishes (or opens the comment period), supersedes the version a
 * correction follows, and seals the published content into the village's
 * hash chain; either way the village is told by its unread marker.
 */
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
    const published = isSealedOnApproval(status);
    const updated: TDisclosureDoc = {
      ...doc,
      status,
      rejectReason: reason ?? null,
      publishedAt: published ? now.toISOString() : doc.publishedAt,
      commentPeriod: status === 'openForComment' && doc.commentPeriod ? openCommentWindow(doc.commentPeriod.days, now) : (doc.commentPeriod ?? null),
      // Imported rows are never deleted, so keeping the table's reference keeps the rejected list readable.
      ...(reason
        ? { rejectedContent: { title: doc.title, body: doc.body, table: doc.table, finance: doc.finance, attachments: doc.attachments ?? [], rejectedAt: now.toISOString(), reason } }
        : {}),
      unreadByVillage: true,
      updatedAt: now.toISOString(),
      history: [...doc.history, historyEvent(now, admin, decision.action, reason)],
      ...(published ? { paymentIndex: PENDING_PAYMENT_INDEX } : {}),
    };
    await tx.set('disclosures', updated);
    let sealSequence: number | undefined;
    if (published) {
      await supersedePrevious(tx, updated, now);
      sealSequence = (await sealPublication(tx, updated, now)).sequence;
    }
    await recordAudit(tx, now, admin, {
      action: `disclosure.${decision.action}`,
      targetType: 'disclosure',
      targetId: id,
      regionCode: doc.villageCode,
      ...(reason ? { detail: { reason } } : {}),
      ...(sealSequence ? { detail: { status, sealSequence, supersedes: doc.previousVersionId ?? null } } : {}),
    });
    return toDisclosureView(updated);
  });
}

/** Publishing commits first; "my payments" entries of the list are written after it, in batches (see paymentIndex). */
export async function approveDisclosure(ctx: TServiceContext, admin: TAdminPrincipal, id: string): Promise<TDisclosureView> {
  const view = await decide(ctx, admin, id, { action: 'approve' });
  await indexPublishedDisclosure(ctx, id);
  return view;
}

export const rejectDisclosure = (ctx: TServiceContext, admin: TAdminPrincipal, input: z.output<typeof ZRejectRequest>) =>
  decide(ctx, admin, input.id, { action: 'reject', reason: input.reason });

/**
 * Approves each selected item in its own transaction: one that fails (taken
 * back meanwhile, out of scope) is reported and does not stop the others.
 */
export async function approveMany(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  input: z.output<typeof ZApproveManyRequest>,
): Promise<TApproveManyResult> {
  assertCanReview(admin, admin.regionCode);
  const results: TApproveManyResult = [];
  for (const id of new Set(input.ids)) {
    try {
      const approved = await approveDisclosure(ctx, admin, id);
      results.push({ id, ok: true, title: approved.title, message: null });
    } catch (error) {
      if (!isAppError(error)) console.error('[review.approveMany] unexpected error', id, error);
      results.push({ id, ok: false, title: null, message: isAppError(error) ? error.message : ERROR_MESSAGES.INTERNAL });
    }
  }
  return results;
}
