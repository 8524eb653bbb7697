import { createHash } from 'node:crypto';
import {
  AppError,
  assertCanEditVillage,
  assertCanSeeDisclosure,
  catalogItemAppliesTo,
  displayRegionName,
  findCatalogItem,
  isWithinRegion,
  nextDisclosureStatus,
  regionPathOf,
  regionScopeFilter,
  type TAdminPrincipal,
  type TDisclosureEvent,
  type TDisclosureView,
  type TPage,
} from '@sunshine/shared';
import type { z } from 'zod';
import type { ZCreateDisclosureRequest, ZListDisclosuresRequest, ZUpdateDisclosureRequest } from '@sunshine/shared';
import type { TFilter, Transaction } from '../store/DocumentStore';
import type { TDisclosureDoc } from '../store/documents';
import { recordAudit } from './audit';
import { buildDisclosureTable } from './disclosureTable';
import { toDisclosureView } from './disclosureViews';
import { getVillage } from './regions';
import type { TServiceContext } from './serviceContext';

type TCreateInput = z.output<typeof ZCreateDisclosureRequest>;
type TUpdateInput = z.output<typeof ZUpdateDisclosureRequest>;
type TListInput = z.output<typeof ZListDisclosuresRequest>;

/** The same admin and request key always name the same disclosure: a double submit creates one. */
export function disclosureIdFor(adminId: string, requestId: string): string {
  return 'd' + createHash('sha256').update(`${adminId}\u0000${requestId}`).digest('base64url').slice(0, 23);
}

function catalogItemFor(id: string) {
  const item = findCatalogItem(id);
  if (!item) throw new AppError('CATALOG_ITEM_NOT_FOUND', { issues: [{ field: 'catalogItemId', message: '公开目录中没有这个事项' }] });
  return item;
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
  const item = catalogItemFor(input.catalogItemId);
  if (!catalogItemAppliesTo(item, village.kind ?? 'village')) throw new AppError('CATALOG_ITEM_NOT_APPLICABLE');
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
    title: input.title,
    body: input.body,
    table,
    status: 'draft',
    rejectReason: null,
    createdBy: admin.id,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    submittedAt: null,
    publishedAt: null,
    history: [historyEvent(now, admin, 'create')],
  };
  return ctx.store.transaction(async (tx) => {
    const existing = await tx.get('disclosures', id);
    if (existing) return toDisclosureView(existing);
    await tx.create('disclosures', doc);
    await recordAudit(tx, now, admin, {
      action: 'disclosure.create',
      targetType: 'disclosure',
      targetId: id,
      regionCode: doc.villageCode,
      detail: { catalogItemId: item.id, rows: table?.rows.length ?? 0 },
    });
    return toDisclosureView(doc);
  });
}

/** Loads a disclosure inside a transaction for a village admin's change. */
async function loadForVillageChange(tx: Transaction, admin: TAdminPrincipal, id: string): Promise<TDisclosureDoc> {
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
    const table = buildDisclosureTable(catalogItemFor(doc.catalogItemId), input.rows, doc.table, ctx.vault);
    const updated: TDisclosureDoc = {
      ...doc,
      title: input.title,
      body: input.body,
      table,
      status,
      updatedAt: now.toISOString(),
      history: [...doc.history, historyEvent(now, admin, 'edit')],
    };
    await tx.set('disclosures', updated);
    await recordAudit(tx, now, admin, { action: 'disclosure.edit', targetType: 'disclosure', targetId: doc._id, regionCode: doc.villageCode });
    return toDisclosureView(updated);
  });
}

export async function submitDisclosure(ctx: TServiceContext, admin: TAdminPrincipal, id: string): Promise<TDisclosureView> {
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const doc = await loadForVillageChange(tx, admin, id);
    const updated: TDisclosureDoc = {
      ...doc,
      status: nextDisclosureStatus(doc.status, 'submit'),
      submittedAt: now.toISOString(),
      updatedAt: now.toISOString(),
      history: [...doc.history, historyEvent(now, admin, 'submit')],
    };
    await tx.set('disclosures', updated);
    await recordAudit(tx, now, admin, { action: 'disclosure.submit', targetType: 'disclosure', targetId: id, regionCode: doc.villageCode });
    return toDisclosureView(updated);
  });
}

export async function getDisclosureForAdmin(ctx: TServiceContext, admin: TAdminPrincipal, id: string): Promise<TDisclosureView> {
  const doc = await ctx.store.get('disclosures', id);
  if (!doc) throw new AppError('NOT_FOUND');
  assertCanSeeDisclosure(admin, doc);
  return toDisclosureView(doc);
}

/** An admin's disclosures: their region only, drafts only for the village itself, newest change first. */
export async function listDisclosuresForAdmin(ctx: TServiceContext, admin: TAdminPrincipal, input: TListInput): Promise<TPage<TDisclosureView>> {
  const scope = regionScopeFilter(admin);
  const where: TFilter[] = [[scope.field, '==', scope.value]];
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
  const [docs, total] = await Promise.all([
    ctx.store.find('disclosures', {
      where,
      orderBy: [['updatedAt', 'desc']],
      offset: (input.page - 1) * input.pageSize,
      limit: input.pageSize,
    }),
    ctx.store.count('disclosures', where),
  ]);
  return { items: docs.map(toDisclosureView), total, page: input.page, pageSize: input.pageSize };
}
