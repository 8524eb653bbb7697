import {
  AppError,
  assertCanReview,
  canSeeCatalogItem,
  canSeeDisclosure,
  chinaDateOf,
  currentDuePeriods,
  displayRegionName,
  dueDateOf,
  isAwaitingReview,
  isTodoFulfilled,
  isWithinRegion,
  todoStatus,
  TODO_STATUSES,
  type TAdminPrincipal,
  type TCatalogItem,
  type TPage,
  type TPageRequest,
  type TTodoEntry,
  type TVillageGaps,
  type TVillageTodo,
} from '@sunshine/shared';
import type { TDisclosureDoc, TFilingDoc, TRegionDoc } from '../../store/documents';
import { findAll } from '../../store/findAll';
import { catalogForVillageDoc, localItemsAbove, mergeCatalog } from '../disclosure/catalogs';
import { getRegion, getVillage } from '../regions/regions';
import { calendarOf, type TServiceContext } from '../serviceContext';

/**
 * What is due, from the catalog, the calendar and what the village has
 * published or filed: the village's to-do list and the township's gaps.
 */
export const todayOf = (ctx: TServiceContext): string => chinaDateOf(ctx.now());

const keyOf = (catalogItemId: string, period: string) => `${catalogItemId}\u0000${period}`;

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** The disclosure a to-do entry links to: the published one, else the one in review, else the latest draft. */
function leadingDisclosure(docs: readonly TDisclosureDoc[]): TDisclosureDoc | null {
  const rank = ({ status }: TDisclosureDoc) => (status === 'published' ? 0 : isAwaitingReview(status) ? 1 : status === 'superseded' ? 3 : 2);
  return [...docs].sort((a, b) => rank(a) - rank(b) || b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;
}

/** Overdue first, then missing, pending, filed, published; earliest deadline first within each. */
function byUrgency(a: TTodoEntry, b: TTodoEntry): number {
  return TODO_STATUSES.indexOf(a.status) - TODO_STATUSES.indexOf(b.status) || a.dueDate.localeCompare(b.dueDate);
}

/** One catalog item due for one period. */
export interface TDueSlot {
  item: TCatalogItem;
  period: string;
}

/** A village's entries for the slots due (its catalog's current ones: `currentDuePeriods`), from the disclosures and filings of those periods. */
export function buildTodoEntries(
  ctx: TServiceContext,
  dues: readonly TDueSlot[],
  disclosures: readonly TDisclosureDoc[],
  filings: readonly TFilingDoc[],
  today: string,
): TTodoEntry[] {
  const disclosuresByKey = groupBy(disclosures, (d) => keyOf(d.catalogItemId, d.period ?? ''));
  const filingByKey = new Map(filings.map((f) => [keyOf(f.catalogItemId, f.period), f]));
  return dues
    .map(({ item, period }) => {
      const due = dueDateOf(item, period, calendarOf(ctx));
      const docs = disclosuresByKey.get(keyOf(item.id, period)) ?? [];
      const filing = filingByKey.get(keyOf(item.id, period)) ?? null;
      return {
        catalogItemId: item.id,
        catalogItemTitle: item.title,
        category: item.category,
        period,
        periodLabel: due.periodLabel,
        dueDate: due.dueDate,
        explanation: due.explanation,
        status: todoStatus({ disclosureStatuses: docs.map((d) => d.status), filingStatus: filing?.status ?? null, dueDate: due.dueDate, today }),
        disclosureId: leadingDisclosure(docs)?._id ?? null,
        filing: filing ? { id: filing._id, status: filing.status, rejectReason: filing.rejectReason } : null,
      };
    })
    .sort(byUrgency);
}

function duePeriodsOf(catalog: readonly TCatalogItem[], today: string): string[] {
  return [...new Set(currentDuePeriods(catalog, today).map((d) => d.period))];
}

/** The to-do of one village: a village admin's own, or one in a reviewer's or supervisor's region (a department's items only). */
export async function villageTodo(ctx: TServiceContext, admin: TAdminPrincipal, villageCode: string | undefined): Promise<TVillageTodo> {
  const code = villageCode ?? admin.regionCode;
  const allowed = admin.role === 'village_admin' ? code === admin.regionCode : isWithinRegion(code, admin.regionCode);
  if (!allowed) throw new AppError('OUT_OF_SCOPE');
  const village = await getVillage(ctx, code);
  const today = todayOf(ctx);
  const catalog = (await catalogForVillageDoc(ctx, village)).filter((item) => canSeeCatalogItem(admin, item));
  const periods = duePeriodsOf(catalog, today);
  const [disclosures, filings] = await Promise.all([
    findAll(ctx.store, 'disclosures', { where: [['villageCode', '==', code], ['period', 'in', periods]] }),
    findAll(ctx.store, 'filings', { where: [['villageCode', '==', code], ['period', 'in', periods]] }),
  ]);
  // Above the village, drafts are the village's own business: they count as not yet entered.
  const visible = disclosures.filter((d) => canSeeDisclosure(admin, d));
  return {
    villageCode: code,
    villageName: displayRegionName(village.name),
    today,
    entries: buildTodoEntries(ctx, currentDuePeriods(catalog, today), visible, filings, today),
  };
}

const gapCounts = (gaps: readonly TTodoEntry[]) => ({
  overdue: gaps.filter((g) => g.status === 'overdue').length,
  missing: gaps.filter((g) => g.status === 'missing').length,
});

/**
 * A township reviewer's villages with what each has not fulfilled, the
 * villages with most overdue items first. A township has tens of villages,
 * so all are computed and then paged.
 */
export async function townshipGaps(ctx: TServiceContext, admin: TAdminPrincipal, page: TPageRequest): Promise<TPage<TVillageGaps>> {
  assertCanReview(admin, admin.regionCode);
  const township = await getRegion(ctx, admin.regionCode);
  const today = todayOf(ctx);
  const villages: TRegionDoc[] = await findAll(ctx.store, 'regions', { where: [['parentCode', '==', township.code]], orderBy: [['code', 'asc']] });
  if (villages.length === 0) return { items: [], total: 0, page: page.page, pageSize: page.pageSize };
  // Every village of a township shares its county and city, so their own items are read once.
  const local = await localItemsAbove(ctx, villages[0].code);
  const catalogs = villages.map((v) => mergeCatalog(local, v));
  const periods = [...new Set(catalogs.flatMap((c) => duePeriodsOf(c, today)))];
  const [disclosures, filings] = await Promise.all([
    findAll(ctx.store, 'disclosures', { where: [['townshipCode', '==', township.code], ['period', 'in', periods]] }),
    findAll(ctx.store, 'filings', { where: [['townshipCode', '==', township.code], ['period', 'in', periods]] }),
  ]);
  const disclosuresOf = groupBy(
    disclosures.filter((d) => canSeeDisclosure(admin, d)),
    (d) => d.villageCode,
  );
  const filingsOf = groupBy(filings, (f) => f.villageCode);
  const rows = villages.map((village, i): TVillageGaps => {
    const entries = buildTodoEntries(ctx, currentDuePeriods(catalogs[i], today), disclosuresOf.get(village.code) ?? [], filingsOf.get(village.code) ?? [], today);
    const gaps = entries.filter((e) => !isTodoFulfilled(e.status) && e.status !== 'pending');
    return { villageCode: village.code, villageName: displayRegionName(village.name), ...gapCounts(gaps), gaps };
  });
  rows.sort((a, b) => b.overdue - a.overdue || b.missing - a.missing || a.villageCode.localeCompare(b.villageCode));
  const start = (page.page - 1) * page.pageSize;
  return { items: rows.slice(start, start + page.pageSize), total: rows.length, page: page.page, pageSize: page.pageSize };
}

/** Whether the village already has a published or in-review disclosure of this item and period. */
export async function hasDisclosureFor(ctx: TServiceContext, villageCode: string, catalogItemId: string, period: string): Promise<boolean> {
  const docs = await findAll(ctx.store, 'disclosures', {
    where: [['villageCode', '==', villageCode], ['period', '==', period], ['catalogItemId', '==', catalogItemId]],
  });
  return docs.some((d) => d.status !== 'draft' && d.status !== 'rejected');
}
