import {
  AppError,
  assertCanEditVillage,
  assertCanReview,
  displayRegionName,
  dueDateOf,
  filingIdFor,
  hasPeriodEnded,
  nextFilingStatus,
  periodicRhythmOf,
  periodLabel,
  regionPathOf,
  type TAdminPrincipal,
  type TFilingView,
  type TPage,
  type TPublicFiling,
  type ZFileRequest,
  filingActions,
} from '@sunshine/shared';
import type { z } from 'zod';
import type { TFilingDoc } from '../../store/documents';
import { recordAudit } from '../audit';
import { resolveCatalogItem } from '../disclosure/catalogs';
import { getVillage } from '../regions/regions';
import { hasDisclosureFor, todayOf } from './schedule';
import { calendarOf, type TServiceContext } from '../serviceContext';
import { findPage } from '../../store/findPage';

/**
 * 不公开备案: a village files why it will not publish a due item for a
 * period; its township approves or rejects. Approved filings fulfil the
 * item and are shown to residents.
 */
const toFilingView = (doc: TFilingDoc): TFilingView => ({
  id: doc._id,
  villageCode: doc.villageCode,
  villageName: doc.villageName,
  catalogItemId: doc.catalogItemId,
  catalogItemTitle: doc.catalogItemTitle,
  category: doc.category,
  period: doc.period,
  periodLabel: periodLabel(doc.period),
  dueDate: doc.dueDate,
  reason: doc.reason,
  status: doc.status,
  rejectReason: doc.rejectReason,
  filedAt: doc.filedAt,
  decidedAt: doc.decidedAt,
  history: doc.history.map(({ at, byName, action, reason }) => ({ at, byName, action, reason })),
});

const toPublicFiling = (doc: TFilingDoc): TPublicFiling => ({
  id: doc._id,
  catalogItemTitle: doc.catalogItemTitle,
  category: doc.category,
  period: doc.period,
  periodLabel: periodLabel(doc.period),
  reason: doc.reason,
  approvedAt: doc.decidedAt ?? doc.updatedAt,
});

export async function fileNonDisclosure(ctx: TServiceContext, admin: TAdminPrincipal, input: z.output<typeof ZFileRequest>): Promise<TFilingView> {
  assertCanEditVillage(admin, input.villageCode);
  const village = await getVillage(ctx, input.villageCode);
  const item = await resolveCatalogItem(ctx.store, village, input.catalogItemId);
  if (!periodicRhythmOf(item)) {
    throw new AppError('ITEM_NOT_DUE', { message: `“${item.title}”随事公开，不按期间备案；没有发生的事项无需备案。` });
  }
  const due = dueDateOf(item, input.period, calendarOf(ctx));
  const today = todayOf(ctx);
  if (!hasPeriodEnded(input.period, today)) {
    throw new AppError('ITEM_NOT_DUE', { message: `${due.periodLabel}还没有结束，“${item.title}”本期尚未到公开时间，无需备案。` });
  }
  if (await hasDisclosureFor(ctx, village.code, item.id, input.period)) {
    throw new AppError('ITEM_NOT_DUE', { message: `“${item.title}”${due.periodLabel}已经公开或正在审核，无需备案。` });
  }
  const id = filingIdFor(village.code, item.id, input.period);
  const now = ctx.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    const existing = await tx.get('filings', id);
    const status = nextFilingStatus(existing?.status ?? null, 'file');
    const event = { at: now, by: admin.id, byName: admin.displayName, action: 'file' as const, reason: input.reason };
    const doc: TFilingDoc = {
      _id: id,
      ...regionPathOf(village.code),
      villageName: displayRegionName(village.name),
      catalogItemId: item.id,
      catalogItemTitle: item.title,
      category: item.category,
      period: input.period,
      dueDate: due.dueDate,
      reason: input.reason,
      status,
      rejectReason: null,
      filedBy: admin.id,
      filedAt: now,
      decidedAt: null,
      updatedAt: now,
      history: [...(existing?.history ?? []), event],
    };
    await tx.set('filings', doc);
    await recordAudit(tx, ctx.now(), admin, {
      action: 'filing.file',
      targetType: 'filing',
      targetId: id,
      regionCode: village.code,
      detail: { catalogItemId: item.id, period: input.period },
    });
    return toFilingView(doc);
  });
}

export async function filingQueue(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  input: z.output<(typeof filingActions)['queue']>,
): Promise<TPage<TFilingView>> {
  assertCanReview(admin, admin.regionCode);
  const where = [
    ['townshipCode', '==', admin.regionCode],
    ['status', '==', input.status],
  ] as const;
  return findPage(ctx.store, 'filings', { where, orderBy: [['filedAt', 'asc']] }, input, toFilingView);
}

export async function decideFiling(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  id: string,
  decision: { action: 'approve' } | { action: 'reject'; reason: string },
): Promise<TFilingView> {
  const now = ctx.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    const doc = await tx.get('filings', id);
    if (!doc) throw new AppError('NOT_FOUND');
    assertCanReview(admin, doc.townshipCode);
    const status = nextFilingStatus(doc.status, decision.action);
    const reason = decision.action === 'reject' ? decision.reason : '';
    const updated: TFilingDoc = {
      ...doc,
      status,
      rejectReason: decision.action === 'reject' ? reason : null,
      decidedAt: now,
      updatedAt: now,
      history: [...doc.history, { at: now, by: admin.id, byName: admin.displayName, action: decision.action, reason }],
    };
    await tx.set('filings', updated);
    await recordAudit(tx, ctx.now(), admin, {
      action: `filing.${decision.action}`,
      targetType: 'filing',
      targetId: id,
      regionCode: doc.villageCode,
      ...(reason ? { detail: { reason } } : {}),
    });
    return toFilingView(updated);
  });
}

/** Residents' view: the village's approved filings, newest decision first. */
export async function publicFilings(
  ctx: TServiceContext,
  input: { villageCode: string; page: number; pageSize: number },
): Promise<TPage<TPublicFiling>> {
  await getVillage(ctx, input.villageCode);
  const where = [
    ['villageCode', '==', input.villageCode],
    ['status', '==', 'approved'],
  ] as const;
  return findPage(ctx.store, 'filings', { where, orderBy: [['decidedAt', 'desc']] }, input, toPublicFiling);
}
