import {
  AppError,
  assertCanEditVillage,
  assertCanFollowWithNewVersion,
  assertCanSeeDisclosure,
  canSeeDisclosure,
  isPubliclyVisible,
  PUBLIC_STATUSES,
  type TAdminPrincipal,
  type TDisclosureVersion,
  type TDisclosureView,
  type ZStartCorrectionRequest,
} from '@sunshine/shared';
import type { z } from 'zod';
import type { TFilter, Transaction } from '../../store/DocumentStore';
import type { TDisclosureDoc } from '../../store/documents';
import { recordAudit } from '../audit';
import { historyEvent } from './disclosures';
import { lineageOf, toDisclosureView, toVersionEntry, versionOf } from './disclosureViews';
import type { TServiceContext } from '../serviceContext';

/**
 * Published content is never edited. A correction (or the final version
 * after a comment period) is a new draft version that copies the content,
 * carries its reason and points back at the version it will replace. It is
 * reviewed like any other; its approval supersedes the old version.
 */
export const nextVersionIdOf = (d: TDisclosureDoc) => `${lineageOf(d)}-v${versionOf(d) + 1}`;

export async function startCorrection(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  input: z.output<typeof ZStartCorrectionRequest>,
): Promise<TDisclosureView> {
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const doc = await tx.get('disclosures', input.id);
    if (!doc) throw new AppError('NOT_FOUND');
    assertCanEditVillage(admin, doc.villageCode);
    // One follow-up at a time: starting again opens the one already started.
    if (doc.nextVersionId) {
      const pending = await tx.get('disclosures', doc.nextVersionId);
      if (pending) return toDisclosureView(pending);
    }
    assertCanFollowWithNewVersion(doc.status, doc.commentPeriod ?? null, now);
    const id = nextVersionIdOf(doc);
    const correction: TDisclosureDoc = {
      ...doc,
      _id: id,
      status: 'draft',
      rejectReason: null,
      version: versionOf(doc) + 1,
      lineageId: lineageOf(doc),
      previousVersionId: doc._id,
      nextVersionId: null,
      correctionReason: input.reason,
      supersededAt: null,
      commentPeriod: null,
      unreadByVillage: false,
      createdBy: admin.id,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      submittedAt: null,
      publishedAt: null,
      history: [historyEvent(now, admin, 'startCorrection', input.reason)],
    };
    await tx.create('disclosures', correction);
    await tx.update('disclosures', doc._id, { nextVersionId: id });
    await recordAudit(tx, now, admin, {
      action: 'disclosure.startCorrection',
      targetType: 'disclosure',
      targetId: id,
      regionCode: doc.villageCode,
      detail: { previousVersionId: doc._id, version: correction.version, reason: input.reason },
    });
    return toDisclosureView(correction);
  });
}

/** Inside the approval of a new version: the version it follows becomes superseded, kept as it was. */
export async function supersedePrevious(tx: Transaction, approved: TDisclosureDoc, at: Date): Promise<void> {
  if (!approved.previousVersionId) return;
  const previous = await tx.get('disclosures', approved.previousVersionId);
  if (!previous) throw new AppError('NOT_FOUND', { message: '被更正的原版本不存在，请联系管理员。' });
  if (previous.status !== 'published' && previous.status !== 'openForComment') {
    throw new AppError('INVALID_TRANSITION', { message: '被更正的原版本已不是当前版本，请刷新后查看。' });
  }
  await tx.update('disclosures', previous._id, { status: 'superseded', supersededAt: at.toISOString() });
}

async function lineageDocs(ctx: TServiceContext, doc: TDisclosureDoc, statuses?: readonly string[]): Promise<TDisclosureDoc[]> {
  if (!doc.lineageId) return [doc];
  const where: TFilter[] = [['lineageId', '==', doc.lineageId]];
  if (statuses) where.push(['status', 'in', [...statuses]]);
  return ctx.store.find('disclosures', { where, orderBy: [['version', 'asc']], limit: 1000 });
}

/** What residents see of a disclosure's history: every version they could read, oldest first. */
export async function publicVersionHistory(ctx: TServiceContext, id: string): Promise<TDisclosureVersion[]> {
  const doc = await ctx.store.get('disclosures', id);
  if (!doc || !isPubliclyVisible(doc.status)) throw new AppError('NOT_FOUND');
  return (await lineageDocs(ctx, doc, PUBLIC_STATUSES)).map(toVersionEntry);
}

/** Every version an admin may see, including a correction still in the works. */
export async function adminVersionHistory(ctx: TServiceContext, admin: TAdminPrincipal, id: string): Promise<TDisclosureVersion[]> {
  const doc = await ctx.store.get('disclosures', id);
  if (!doc) throw new AppError('NOT_FOUND');
  assertCanSeeDisclosure(admin, doc);
  return (await lineageDocs(ctx, doc)).filter((d) => canSeeDisclosure(admin, d)).map(toVersionEntry);
}

/** The version residents should read now: following an old link leads to the current one. */
export async function currentPublicVersion(ctx: TServiceContext, id: string): Promise<TDisclosureDoc | null> {
  let doc = await ctx.store.get('disclosures', id);
  for (let hops = 0; doc && doc.status === 'superseded' && doc.nextVersionId && hops < 1000; hops++) {
    doc = await ctx.store.get('disclosures', doc.nextVersionId);
  }
  return doc && isPubliclyVisible(doc.status) && doc.status !== 'superseded' ? doc : null;
}
