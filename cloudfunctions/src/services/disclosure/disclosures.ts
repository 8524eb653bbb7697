import { createHash } from 'node:crypto';
import {
  AppError,
  assertCanEditVillage,
  assertCanSeeDisclosure,
  departmentOfItem,
  dueDateOf,
  displayRegionName,
  FINANCE_FIGURES_ITEM_ID,
  isWithinRegion,
  nextDisclosureStatus,
  regionPathOf,
  regionScopeFilter,
  type TAdminPrincipal,
  type TDisclosureEvent,
  type TDisclosureView,
  type TFinanceFigures,
  type TPage,
  type TTableRowView,
} from '@sunshine/shared';
import type { z } from 'zod';
import type { ZCreateDisclosureRequest, ZListDisclosuresRequest, ZUpdateDisclosureRequest } from '@sunshine/shared';
import type { TFilter, Transaction } from '../../store/DocumentStore';
import type { TDisclosureDoc } from '../../store/documents';
import { recordAudit } from '../audit';
import { catalogItemOf, departmentItemsOf, resolveCatalogItem } from './catalogs';
import { buildDisclosureTable, rowView } from './disclosureTable';
import { toDisclosureView } from './disclosureViews';
import { getVillage } from '../regions/regions';
import { once } from '../idempotency';
import { tableRowsPage } from './tableRows';
import { calendarOf, type TServiceContext } from '../serviceContext';
import { findPage } from '../../store/findPage';

type TCreateInput = z.output<typeof ZCreateDisclosureRequest>;
type TUpdateInput = z.output<typeof ZUpdateDisclosureRequest>;
type TListInput = z.output<typeof ZListDisclosuresRequest>;

/**
 * The same admin and request key always name the same disclosure: a double
 * submit creates one. (The id's format predates `requestScopedId` and is kept,
 * so the seed's fixed keys still name the disclosures they made.)
 */
export function disclosureIdFor(adminId: string, requestId: string): string {
  return 'd' + createHash('sha256').update(`${adminId}\u0000${requestId}`).digest('base64url').slice(0, 23);
}

export function historyEvent(
  at: Date,
  admin: TAdminPrincipal,
  action: TDisclosureEvent['action'],
  reason?: string,
): TDisclosureEvent {
  return { at: at.toISOString(), by: admin.id, byName: admin.displayName, action, ...(reason ? { reason } : {}) };
}

export async function createDisclosure(ctx: TServiceContext, admin: TAdminPrincipal, input: TCreateInput): Promise<TDisclosureView> {
  assertCanEditVillage(admin, input.villageCode);
  const village = await getVillage(ctx, input.villageCode);
  const item = await resolveCatalogItem(ctx.store, village, input.catalogItemId);
  const dueDate = input.period ? dueDateOf(item, input.period, calendarOf(ctx)).dueDate : undefined;
  assertFinanceFitsItem(item.id, input.finance);
  const table = buildDisclosureTable(item, input.rows, null, ctx.vault);
  const id = disclosureIdFor(admin.id, input.requestId);
  const now = ctx.now();
  const doc: TDisclosureDoc = {
    _id: id,
    ...regionPathOf(village.code),
    villageName: displayRegionName(village.name),
    catalogItemId: item.id,
    catalogItemTitle: item.title,
    category: item.category,
    department: departmentOfItem(item),
    title: input.title,
    body: input.body,
    table,
    status: 'draft',
    rejectReason: null,
    ...(input.period ? { period: input.period, dueDate } : {}),
    ...(input.finance ? { finance: input.finance } : {}),
    version: 1,
    lineageId: id,
    previousVersionId: null,
    nextVersionId: null,
    correctionReason: null,
    commentPeriod: null,
    attachments: [],
    createdBy: admin.id,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    submittedAt: null,
    publishedAt: null,
    history: [historyEvent(now, admin, 'create')],
  };
  return ctx.store.transaction((tx) => once(tx, { scope: 'disclosure.create', actor: admin.id, requestId: input.requestId }, input, now, {
    replay: async (disclosureId) => toDisclosureView((await tx.get('disclosures', disclosureId))!),
    run: async () => {
      const existing = await tx.get('disclosures', id);
      if (existing) return { targetId: id, result: toDisclosureView(existing) };
      if (doc.period) await claimPeriodSlot(tx, doc, now);
      await tx.create('disclosures', doc);
      await recordAudit(tx, now, admin, {
        action: 'disclosure.create',
        targetType: 'disclosure',
        targetId: id,
        regionCode: doc.villageCode,
        detail: { catalogItemId: item.id, rows: table?.rows.length ?? 0 },
      });
      return { targetId: id, result: toDisclosureView(doc) };
    },
  }));
}

/** Income and expense figures belong to 财务收支情况 only: elsewhere they would be shown as something they are not. */
function assertFinanceFitsItem(catalogItemId: string, finance: TFinanceFigures | undefined): void {
  if (finance && catalogItemId !== FINANCE_FIGURES_ITEM_ID) {
    throw new AppError('INVALID_INPUT', { issues: [{ field: 'finance', message: '只有“财务收支情况”可以填写本期收入和支出' }] });
  }
}

/** A village discloses an item once per period; corrections are versions of that one lineage. */
async function claimPeriodSlot(tx: Transaction, doc: TDisclosureDoc, now: Date): Promise<void> {
  const slotId = `${doc.villageCode}:${doc.catalogItemId}:${doc.period}`;
  const slot = await tx.get('disclosureSlots', slotId);
  if (slot && slot.lineageId !== doc.lineageId) {
    throw new AppError('PERIOD_ALREADY_DISCLOSED', { issues: [{ field: 'period', message: `本期（${doc.period}）已有公开记录` }] });
  }
  if (!slot) {
    await tx.create('disclosureSlots', {
      _id: slotId,
      villageCode: doc.villageCode,
      catalogItemId: doc.catalogItemId,
      period: doc.period!,
      lineageId: doc.lineageId!,
      createdAt: now.toISOString(),
    });
  }
}

/** Loads a disclosure inside a transaction for a village admin's change. */
export async function loadForVillageChange(tx: Transaction, admin: TAdminPrincipal, id: string): Promise<TDisclosureDoc> {
  const doc = await tx.get('disclosures', id);
  if (!doc) throw new AppError('NOT_FOUND');
  assertCanEditVillage(admin, doc.villageCode);
  return doc;
}

export async function updateDisclosure(ctx: TServiceContext, admin: TAdminPrincipal, input: TUpdateInput): Promise<TDisclosureView> {
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const doc = await loadForVillageChange(tx, admin, input.id);
    const status = nextDisclosureStatus(doc.status, 'edit');
    assertFinanceFitsItem(doc.catalogItemId, input.finance);
    // An imported list is replaced by importing again; an edit without rows keeps it.
    const keepsImport = doc.table?.imported !== undefined && input.rows.length === 0;
    const table = keepsImport ? doc.table : buildDisclosureTable(await catalogItemOf(tx, doc.villageCode, doc.catalogItemId), input.rows, doc.table, ctx.vault);
    const updated: TDisclosureDoc = {
      ...doc,
      title: input.title,
      body: input.body,
      table,
      // Like the title and body, the figures are replaced whole: an edit without them clears them.
      finance: input.finance,
      status,
      updatedAt: now.toISOString(),
      history: [...doc.history, historyEvent(now, admin, 'edit')],
    };
    await tx.set('disclosures', updated);
    await recordAudit(tx, now, admin, { action: 'disclosure.edit', targetType: 'disclosure', targetId: doc._id, regionCode: doc.villageCode });
    return toDisclosureView(updated);
  });
}

/**
 * Sends a draft to the township: for final review, or with `commentDays` as
 * a draft for comment (征求意见稿). The final version after a comment period
 * follows the comment version, so it cannot go out for comment again.
 */
export async function submitDisclosure(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  id: string,
  commentDays?: number,
): Promise<TDisclosureView> {
  const now = ctx.now();
  const action = commentDays === undefined ? 'submit' : 'submitForComment';
  return ctx.store.transaction(async (tx) => {
    const doc = await loadForVillageChange(tx, admin, id);
    if (action === 'submitForComment' && doc.previousVersionId) {
      throw new AppError('INVALID_TRANSITION', { message: '更正或征求意见后的正式版本不能再次征求意见，请直接提交审核。' });
    }
    const updated: TDisclosureDoc = {
      ...doc,
      status: nextDisclosureStatus(doc.status, action),
      commentPeriod: commentDays === undefined ? null : { days: commentDays, opensAt: null, closesAt: null },
      submittedAt: now.toISOString(),
      updatedAt: now.toISOString(),
      history: [...doc.history, historyEvent(now, admin, action, commentDays === undefined ? undefined : `征求意见 ${commentDays} 天`)],
    };
    await tx.set('disclosures', updated);
    await recordAudit(tx, now, admin, {
      action: `disclosure.${action}`,
      targetType: 'disclosure',
      targetId: id,
      regionCode: doc.villageCode,
      ...(commentDays === undefined ? {} : { detail: { commentDays } }),
    });
    return toDisclosureView(updated);
  });
}

export async function getDisclosureForAdmin(ctx: TServiceContext, admin: TAdminPrincipal, id: string): Promise<TDisclosureView> {
  const doc = await ctx.store.get('disclosures', id);
  if (!doc) throw new AppError('NOT_FOUND');
  assertCanSeeDisclosure(admin, doc);
  return toDisclosureView(doc);
}

/** An admin's disclosures: their region only (a department's own items only), drafts only for the village itself, newest change first. */
export async function listDisclosuresForAdmin(ctx: TServiceContext, admin: TAdminPrincipal, input: TListInput): Promise<TPage<TDisclosureView>> {
  const scope = regionScopeFilter(admin);
  const where: TFilter[] = [[scope.field, '==', scope.value]];
  const departmentItems = await departmentItemsOf(ctx, admin);
  if (departmentItems) where.push(['catalogItemId', 'in', departmentItems.map((item) => item.id)]);
  if (input.villageCode) {
    if (!isWithinRegion(input.villageCode, admin.regionCode)) throw new AppError('OUT_OF_SCOPE');
    where.push(['villageCode', '==', input.villageCode]);
  }
  if (input.status) {
    if (input.status === 'draft' && admin.role !== 'village_admin') return { items: [], total: 0, page: input.page, pageSize: input.pageSize };
    where.push(['status', '==', input.status]);
  } else if (admin.role !== 'village_admin') {
    where.push(['status', '!=', 'draft']);
  }
  return findPage(ctx.store, 'disclosures', { where, orderBy: [['updatedAt', 'desc']] }, input, toDisclosureView);
}

/** The village has opened a reviewer's decision: the unread marker goes away. */
export async function markSeenByVillage(ctx: TServiceContext, admin: TAdminPrincipal, id: string): Promise<{ unread: number }> {
  await ctx.store.transaction(async (tx) => {
    const doc = await tx.get('disclosures', id);
    if (!doc) throw new AppError('NOT_FOUND');
    assertCanEditVillage(admin, doc.villageCode);
    if (doc.unreadByVillage) await tx.update('disclosures', id, { unreadByVillage: false });
  });
  return villageUnreadCount(ctx, admin);
}

/** How many reviewer decisions the village has not opened: the number on its menu. */
export async function villageUnreadCount(ctx: TServiceContext, admin: TAdminPrincipal): Promise<{ unread: number }> {
  if (admin.role !== 'village_admin') return { unread: 0 };
  return { unread: await ctx.store.count('disclosures', [['villageCode', '==', admin.regionCode], ['unreadByVillage', '==', true]]) };
}

/** A page of a disclosure's table, for any admin who may see the disclosure (masked ID numbers only). */
export async function disclosureRowsForAdmin(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  input: { id: string; page: number; pageSize: number },
): Promise<TPage<TTableRowView>> {
  const doc = await ctx.store.get('disclosures', input.id);
  if (!doc) throw new AppError('NOT_FOUND');
  assertCanSeeDisclosure(admin, doc);
  return tableRowsPage(ctx, doc.table, input, rowView);
}
