import {
  AppError,
  CATALOG,
  canSeeCatalogItem,
  catalogItemAppliesTo,
  departmentOfItem,
  departmentScopeOf,
  displayRegionName,
  findCatalogItem,
  regionLevelOf,
  regionPathOf,
  type TAdminPrincipal,
  type TCatalogItem,
  type TLocalCatalogItemView,
  type TPage,
  type TPageRequest,
  type ZLocalCatalogItemRequest,
} from '@sunshine/shared';
import type { z } from 'zod';
import type { Transaction } from '../../store/DocumentStore';
import type { TLocalCatalogItemDoc, TRegionDoc } from '../../store/documents';
import { findAll } from '../../store/findAll';
import { recordAudit } from '../audit';
import { getVillage } from '../regions/regions';
import type { TServiceContext } from '../serviceContext';
import { findPage } from '../../store/findPage';

/**
 * The catalog a village works from: the province's items (in code, versioned
 * as CATALOG_VERSION) and the items its county and city added (in the
 * database), filtered by whether the village is a 村 or a 社区.
 */
const LOCAL_PREFIX = 'local-';
const OWNER_DIGITS = { county_supervisor: 6, city_supervisor: 4 } as const;

/** The regions whose own items a village inherits: its city and its county. */
function catalogOwnersOf(villageCode: string): string[] {
  const path = regionPathOf(villageCode);
  return [path.cityCode, path.countyCode];
}

const toCatalogItem = ({ _id, ownerRegionCode: _o, ownerRegionName: _n, createdBy: _b, createdAt: _c, ...item }: TLocalCatalogItemDoc): TCatalogItem => ({
  id: _id,
  ...item,
  department: departmentOfItem(item),
});

const toLocalView = (doc: TLocalCatalogItemDoc): TLocalCatalogItemView => ({
  ...toCatalogItem(doc),
  ownerRegionCode: doc.ownerRegionCode,
  ownerRegionName: doc.ownerRegionName,
  createdAt: doc.createdAt,
});

export async function catalogForVillage(ctx: TServiceContext, villageCode: string): Promise<TCatalogItem[]> {
  const village = await getVillage(ctx, villageCode);
  return catalogForVillageDoc(ctx, village);
}

export async function catalogForVillageDoc(ctx: TServiceContext, village: TRegionDoc): Promise<TCatalogItem[]> {
  return mergeCatalog(await localItemsAbove(ctx, village.code), village);
}

/** The items the county and city of `villageCode` added; the same for every village of a township. */
export async function localItemsAbove(ctx: TServiceContext, villageCode: string): Promise<TCatalogItem[]> {
  const docs = await findAll(ctx.store, 'localCatalogItems', {
    where: [['ownerRegionCode', 'in', catalogOwnersOf(villageCode)]],
    orderBy: [['createdAt', 'asc']],
  });
  return docs.map(toCatalogItem);
}

/**
 * Every county's and city's own items that reach villages of `regionCode`:
 * those of its city and county when it lies within one county, else those of
 * every city and county inside it (a province has about a hundred).
 */
export async function localItemsWithin(ctx: TServiceContext, regionCode: string): Promise<TCatalogItem[]> {
  const level = regionLevelOf(regionCode);
  let owners: string[];
  if (level === 'province') {
    const cities = (await findAll(ctx.store, 'regions', { where: [['parentCode', '==', regionCode]] })).map((r) => r.code);
    const counties = cities.length ? await findAll(ctx.store, 'regions', { where: [['parentCode', 'in', cities]] }) : [];
    owners = [...cities, ...counties.map((r) => r.code)];
  } else if (level === 'city') {
    owners = [regionCode, ...(await findAll(ctx.store, 'regions', { where: [['parentCode', '==', regionCode]] })).map((r) => r.code)];
  } else {
    owners = catalogOwnersOf(regionCode);
  }
  const docs = await findAll(ctx.store, 'localCatalogItems', { where: [['ownerRegionCode', 'in', owners]], orderBy: [['createdAt', 'asc']] });
  return docs.map(toCatalogItem);
}

/**
 * A department admin's items across its region, province and local alike;
 * null for every other admin, who sees all items. A query narrowed to these
 * ids finds older records too, which carry no department of their own.
 */
export async function departmentItemsOf(ctx: TServiceContext, admin: TAdminPrincipal): Promise<TCatalogItem[] | null> {
  if (departmentScopeOf(admin) === null) return null;
  return [...CATALOG, ...(await localItemsWithin(ctx, admin.regionCode))].filter((item) => canSeeCatalogItem(admin, item));
}

/** The province's items and the local ones, those that apply to this 村 or 社区. */
export function mergeCatalog(local: readonly TCatalogItem[], village: Pick<TRegionDoc, 'kind'>): TCatalogItem[] {
  const kind = village.kind ?? 'village';
  return [...CATALOG, ...local].filter((item) => catalogItemAppliesTo(item, kind));
}

/**
 * The item a village may file under: a province item, or an item of its own
 * county or city. Anything else is CATALOG_ITEM_NOT_FOUND, so one county's
 * items never leak into another's villages. `reader` is the store or the
 * transaction the caller is in.
 */
export async function resolveCatalogItem(
  reader: Pick<Transaction, 'get'>,
  village: Pick<TRegionDoc, 'code' | 'kind'>,
  id: string,
): Promise<TCatalogItem> {
  const item = await catalogItemOf(reader, village.code, id);
  if (!catalogItemAppliesTo(item, village.kind ?? 'village')) throw new AppError('CATALOG_ITEM_NOT_APPLICABLE');
  return item;
}

/** The item by id as the village sees its catalog, without asking whether it applies (for records already filed). */
export async function catalogItemOf(reader: Pick<Transaction, 'get'>, villageCode: string, id: string): Promise<TCatalogItem> {
  const province = findCatalogItem(id);
  if (province) return province;
  const doc = id.startsWith(LOCAL_PREFIX) ? await reader.get('localCatalogItems', id) : null;
  if (doc && catalogOwnersOf(villageCode).includes(doc.ownerRegionCode)) return toCatalogItem(doc);
  throw new AppError('CATALOG_ITEM_NOT_FOUND', { issues: [{ field: 'catalogItemId', message: '公开目录中没有这个事项' }] });
}

/** The contract admits county and city supervisors only; their items are owned by their region's code prefix. */
function assertCanOwnCatalog(admin: TAdminPrincipal): number {
  return OWNER_DIGITS[admin.role as keyof typeof OWNER_DIGITS];
}

export async function listLocalCatalogItems(ctx: TServiceContext, admin: TAdminPrincipal, page: TPageRequest): Promise<TPage<TLocalCatalogItemView>> {
  assertCanOwnCatalog(admin);
  const where = [['ownerRegionCode', '==', admin.regionCode]] as const;
  return findPage(ctx.store, 'localCatalogItems', { where, orderBy: [['createdAt', 'asc']] }, page, toLocalView);
}

export async function createLocalCatalogItem(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  input: z.output<typeof ZLocalCatalogItemRequest>,
): Promise<TLocalCatalogItemView> {
  const digits = assertCanOwnCatalog(admin);
  const { slug, tableColumns, department, ...fields } = input;
  const now = ctx.now();
  const regionName = displayRegionName(admin.regionName);
  const doc: TLocalCatalogItemDoc = {
    ...fields,
    department: department ?? departmentOfItem(fields),
    ...(tableColumns?.length ? { tableColumns } : {}),
    _id: `${LOCAL_PREFIX}${admin.regionCode.slice(0, digits)}-${slug}`,
    source: `${regionName}自定公开目录`,
    ownerRegionCode: admin.regionCode,
    ownerRegionName: regionName,
    createdBy: admin.id,
    createdAt: now.toISOString(),
  };
  return ctx.store.transaction(async (tx) => {
    if (await tx.get('localCatalogItems', doc._id)) {
      throw new AppError('CATALOG_ITEM_EXISTS', { issues: [{ field: 'slug', message: '本地目录中已有这个编号' }] });
    }
    await tx.create('localCatalogItems', doc);
    await recordAudit(tx, now, admin, {
      action: 'catalog.localCreate',
      targetType: 'catalogItem',
      targetId: doc._id,
      regionCode: admin.regionCode,
      detail: { title: doc.title },
    });
    return toLocalView(doc);
  });
}
