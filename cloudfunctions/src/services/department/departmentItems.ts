import {
  AppError,
  assertPeriodFitsItem,
  canSeeCatalogItem,
  canSeeDisclosure,
  catalogItemAppliesTo,
  CATALOG,
  currentDuePeriods,
  DEPARTMENT_NAMES,
  departmentOfItem,
  departmentScopeOf,
  displayRegionName,
  dueDateOf,
  findCatalogItem,
  isWithinRegion,
  itemsDueInPeriod,
  latestEndedPeriod,
  otherDepartmentError,
  parsePeriod,
  periodContaining,
  periodicRhythmOf,
  REGION_PATH_FIELD,
  regionLevelOf,
  RHYTHM_NAMES,
  TODO_STATUSES,
  type TAdminPrincipal,
  type TCatalogItem,
  type TDepartment,
  type TDepartmentItemRow,
  type TDepartmentItems,
  type TDepartmentScope,
  type TDepartmentVillageRow,
  type TDepartmentVillages,
  type TPage,
  type TPageRequest,
  type TRatingFigures,
  type TTodoEntry,
  type TTodoStatus,
} from '@sunshine/shared';
import type { TCommentDoc, TDisclosureDoc, TFilingDoc, TRatingDoc, TRegionDoc } from '../../store/documents';
import type { TFilter } from '../../store/DocumentStore';
import { findAll } from '../../store/findAll';
import { localItemsAbove } from '../disclosure/catalogs';
import { getRegion } from '../regions/regions';
import { buildTodoEntries, groupBy, todayOf, type TDueSlot } from '../schedule/schedule';
import { calendarOf, type TServiceContext } from '../serviceContext';

/**
 * A functional department's view of its own catalog items: per item and
 * period, how many villages of the region must publish it, and how many
 * did, filed a 不公开备案, are under review, are overdue or not yet due,
 * with residents' comments and ratings on those disclosures.
 *
 * Scale: the figures are counted live from the region's disclosures and
 * filings of the periods asked, the same way the township's gaps are, which
 * is fine for one county (a few hundred villages, a few thousand records per
 * period). Anything wider is refused here: city- and province-wide figures
 * come from the rollups kept with each change (the 统计分析 dashboard), not
 * from scanning a province's disclosures per request.
 */

/** `in` lists are sent in slices: CloudBase bounds the size of one query. */
const IN_SLICE = 100;
const LIVE_LEVELS = ['county', 'township', 'village'] as const;

interface TScopeInput {
  regionCode?: string;
  period?: string;
}

interface TDepartmentScopeData {
  department: TDepartment;
  region: TRegionDoc;
  villages: TRegionDoc[];
  townshipNames: Map<string, string>;
  /** The department's items that reach villages of the region. */
  items: TCatalogItem[];
  today: string;
}

function slices<T>(values: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += IN_SLICE) out.push(values.slice(i, i + IN_SLICE));
  return out;
}

async function findIn<C extends 'regions' | 'disclosureComments' | 'ratings'>(
  ctx: TServiceContext,
  collection: C,
  field: string,
  values: readonly string[],
) {
  const pages = await Promise.all(slices(values).map((slice) => findAll(ctx.store, collection, { where: [[field, 'in', slice]] })));
  return pages.flat();
}

/** The villages of a county, township or village, and the names of their townships. */
async function villagesOf(ctx: TServiceContext, region: TRegionDoc): Promise<{ villages: TRegionDoc[]; townships: TRegionDoc[] }> {
  if (region.level === 'village') {
    const township = await getRegion(ctx, region.parentCode!);
    return { villages: [region], townships: [township] };
  }
  const townships = region.level === 'township' ? [region] : await findAll(ctx.store, 'regions', { where: [['parentCode', '==', region.code]] });
  const villages = await findIn(ctx, 'regions', 'parentCode', townships.map((t) => t.code));
  return { villages: villages.sort((a, b) => a.code.localeCompare(b.code)), townships };
}

/**
 * The region asked for, inside the admin's own, at most a county wide; the
 * department's items there. Another region is OUT_OF_SCOPE; a city or
 * province without a county chosen is refused with what to do instead.
 */
async function departmentScope(ctx: TServiceContext, admin: TAdminPrincipal, input: TScopeInput): Promise<TDepartmentScopeData> {
  const department = departmentScopeOf(admin);
  if (!department) throw new AppError('FORBIDDEN', { message: '部门事项只对职能部门账号开放。' });
  const code = input.regionCode ?? admin.regionCode;
  if (!isWithinRegion(code, admin.regionCode)) {
    throw new AppError('OUT_OF_SCOPE', { message: '所选地区不在本部门的管辖范围内。', issues: [{ field: 'regionCode', message: '请选择本辖区内的地区' }] });
  }
  const level = regionLevelOf(code);
  if (!(LIVE_LEVELS as readonly (string | null)[]).includes(level)) {
    const message = '部门事项按县（区）统计，请先选择一个县（区）；全市、全省的汇总请看统计分析。';
    throw new AppError('INVALID_INPUT', { message, issues: [{ field: 'regionCode', message: '请选择一个县（区）' }] });
  }
  const region = await getRegion(ctx, code);
  const { villages, townships } = await villagesOf(ctx, region);
  // Every village of a county shares its county's and city's own items.
  const local = villages.length ? await localItemsAbove(ctx, villages[0].code) : [];
  const items = [...CATALOG, ...local].filter((item) => canSeeCatalogItem(admin, item));
  return {
    department,
    region,
    villages,
    townshipNames: new Map(townships.map((t) => [t.code, displayRegionName(t.name)])),
    items,
    today: todayOf(ctx),
  };
}

function scopeView(scope: TDepartmentScopeData): TDepartmentScope {
  return {
    department: scope.department,
    departmentName: DEPARTMENT_NAMES[scope.department],
    regionCode: scope.region.code,
    regionName: displayRegionName(scope.region.name),
    villages: scope.villages.length,
    today: scope.today,
  };
}

/** A period must have begun: figures for one that has not are refused, not shown as all missing. */
function assertPeriodBegun(period: string, today: string): void {
  const { rhythm } = parsePeriod(period);
  if (period > periodContaining(rhythm, today)) {
    throw new AppError('INVALID_INPUT', { message: `${period} 还没有开始，请选择已经开始的期间。`, issues: [{ field: 'period', message: '所选期间还没有开始' }] });
  }
}

/** The department's item by id, or a refusal naming whose it is. */
function departmentItem(admin: TAdminPrincipal, scope: TDepartmentScopeData, id: string): TCatalogItem {
  const own = scope.items.find((item) => item.id === id);
  if (own) return own;
  const other = findCatalogItem(id);
  if (other) throw otherDepartmentError(admin, departmentOfItem(other));
  throw new AppError('CATALOG_ITEM_NOT_FOUND', { issues: [{ field: 'catalogItemId', message: '本部门的公开目录中没有这个事项' }] });
}

/** The slot of one item: the period asked (which must fit its rhythm), else its latest period due. */
function slotOf(item: TCatalogItem, period: string | undefined, today: string): TDueSlot {
  const rhythm = periodicRhythmOf(item);
  if (!rhythm) {
    const message = `“${item.title}”是${RHYTHM_NAMES[item.rhythm.kind]}事项，不按期间统计应公开情况。`;
    throw new AppError('INVALID_INPUT', { message, issues: [{ field: 'catalogItemId', message: '请选择按月、季度、半年或年度公开的事项' }] });
  }
  if (period) assertPeriodFitsItem(item, period);
  return { item, period: period ?? latestEndedPeriod(rhythm, today) };
}

/** The department's periodic items due in the period asked, or each at its latest period due; in catalog order. */
function slotsOf(scope: TDepartmentScopeData, period: string | undefined): TDueSlot[] {
  if (period) return itemsDueInPeriod(scope.items, period).map((item) => ({ item, period }));
  return currentDuePeriods(scope.items, scope.today);
}

interface TSlotRecords {
  /** Per village, its entry for each slot it must fill. */
  entries: Map<string, TTodoEntry[]>;
  disclosures: TDisclosureDoc[];
  comments: TCommentDoc[];
  ratings: TRatingDoc[];
}

const slotKey = (catalogItemId: string, period: string) => `${catalogItemId}\u0000${period}`;

/** Everything the figures of these slots are counted from, for the villages of the scope. */
async function slotRecords(ctx: TServiceContext, admin: TAdminPrincipal, scope: TDepartmentScopeData, slots: readonly TDueSlot[]): Promise<TSlotRecords> {
  if (slots.length === 0 || scope.villages.length === 0) return { entries: new Map(), disclosures: [], comments: [], ratings: [] };
  const where: TFilter[] = [
    [REGION_PATH_FIELD[scope.region.level], '==', scope.region.code],
    ['period', 'in', [...new Set(slots.map((s) => s.period))]],
    ['catalogItemId', 'in', [...new Set(slots.map((s) => s.item.id))]],
  ];
  const [found, filings] = await Promise.all([findAll(ctx.store, 'disclosures', { where }), findAll(ctx.store, 'filings', { where })]);
  // A slot is an item and a period; an item asked with another period's records is not counted for this one.
  const wanted = new Set(slots.map((s) => slotKey(s.item.id, s.period)));
  const disclosures = found.filter((d) => wanted.has(slotKey(d.catalogItemId, d.period ?? '')) && canSeeDisclosure(admin, d));
  const ofSlots = filings.filter((f: TFilingDoc) => wanted.has(slotKey(f.catalogItemId, f.period)));
  const disclosuresOf = groupBy(disclosures, (d) => d.villageCode);
  const filingsOf = groupBy(ofSlots, (f) => f.villageCode);
  const entries = new Map(
    scope.villages.map((village) => {
      const applicable = slots.filter((s) => catalogItemAppliesTo(s.item, village.kind ?? 'village'));
      return [village.code, buildTodoEntries(ctx, applicable, disclosuresOf.get(village.code) ?? [], filingsOf.get(village.code) ?? [], scope.today)];
    }),
  );
  const ids = disclosures.map((d) => d._id);
  const [comments, ratings] = await Promise.all([findIn(ctx, 'disclosureComments', 'disclosureId', ids), findIn(ctx, 'ratings', 'disclosureId', ids)]);
  return { entries, disclosures, comments, ratings };
}

function ratingFigures(ratings: readonly TRatingDoc[]): TRatingFigures {
  const satisfied = ratings.filter((r) => r.rating === 'satisfied').length;
  return { count: ratings.length, satisfied, satisfiedShare: ratings.length ? satisfied / ratings.length : null };
}

/** Comments and ratings of the disclosures chosen by `pick`, by the disclosure's id. */
function feedbackOf(records: TSlotRecords, pick: (d: TDisclosureDoc) => boolean) {
  const ids = new Set(records.disclosures.filter(pick).map((d) => d._id));
  return {
    comments: records.comments.filter((c) => ids.has(c.disclosureId)).length,
    ratings: ratingFigures(records.ratings.filter((r) => ids.has(r.disclosureId))),
  };
}

function itemRow(ctx: TServiceContext, slot: TDueSlot, records: TSlotRecords): TDepartmentItemRow {
  const due = dueDateOf(slot.item, slot.period, calendarOf(ctx));
  const statuses = [...records.entries.values()].flatMap((list) => list.filter((e) => e.catalogItemId === slot.item.id && e.period === slot.period).map((e) => e.status));
  const count = (status: TTodoStatus) => statuses.filter((s) => s === status).length;
  return {
    catalogItemId: slot.item.id,
    catalogItemTitle: slot.item.title,
    category: slot.item.category,
    domain: slot.item.domain,
    rhythm: periodicRhythmOf(slot.item)!,
    period: slot.period,
    periodLabel: due.periodLabel,
    dueDate: due.dueDate,
    due: statuses.length,
    published: count('published'),
    filed: count('filed'),
    pending: count('pending'),
    overdue: count('overdue'),
    missing: count('missing'),
    ...feedbackOf(records, (d) => d.catalogItemId === slot.item.id && d.period === slot.period),
  };
}

function pageOf<T>(all: readonly T[], page: TPageRequest): { slice: T[]; meta: Omit<TPage<T>, 'items'> } {
  const start = (page.page - 1) * page.pageSize;
  return { slice: all.slice(start, start + page.pageSize), meta: { total: all.length, page: page.page, pageSize: page.pageSize } };
}

/** The department's items in the region, one row per item and period, a page of them in catalog order. */
export async function departmentItems(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  input: TScopeInput & TPageRequest & { catalogItemId?: string },
): Promise<TDepartmentItems> {
  const scope = await departmentScope(ctx, admin, input);
  if (input.period) assertPeriodBegun(input.period, scope.today);
  const slots = input.catalogItemId ? [slotOf(departmentItem(admin, scope, input.catalogItemId), input.period, scope.today)] : slotsOf(scope, input.period);
  // Only the page's items are counted: the rest of the catalog costs no reads.
  const { slice, meta } = pageOf(slots, input);
  const records = await slotRecords(ctx, admin, scope, slice);
  return { scope: scopeView(scope), items: { items: slice.map((slot) => itemRow(ctx, slot, records)), ...meta } };
}

/** The villages behind one item's figures, overdue first, each with its disclosure to open. */
export async function departmentItemVillages(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  input: TScopeInput & TPageRequest & { catalogItemId: string; status?: TTodoStatus },
): Promise<TDepartmentVillages> {
  const scope = await departmentScope(ctx, admin, input);
  if (input.period) assertPeriodBegun(input.period, scope.today);
  const slot = slotOf(departmentItem(admin, scope, input.catalogItemId), input.period, scope.today);
  const records = await slotRecords(ctx, admin, scope, [slot]);
  const publishedAtOf = new Map(records.disclosures.map((d) => [d._id, d.publishedAt]));
  const rows: TDepartmentVillageRow[] = scope.villages.flatMap((village) => {
    const entry = records.entries.get(village.code)?.[0];
    if (!entry) return [];
    return [
      {
        villageCode: village.code,
        villageName: displayRegionName(village.name),
        townshipName: scope.townshipNames.get(village.parentCode ?? '') ?? '',
        status: entry.status,
        disclosureId: entry.disclosureId,
        publishedAt: entry.disclosureId ? (publishedAtOf.get(entry.disclosureId) ?? null) : null,
        filing: entry.filing ? { id: entry.filing.id, status: entry.filing.status } : null,
        ...feedbackOf(records, (d) => d.villageCode === village.code),
      },
    ];
  });
  const shown = rows
    .filter((r) => !input.status || r.status === input.status)
    .sort((a, b) => TODO_STATUSES.indexOf(a.status) - TODO_STATUSES.indexOf(b.status) || a.villageCode.localeCompare(b.villageCode));
  const { slice, meta } = pageOf(shown, input);
  return { scope: scopeView(scope), item: itemRow(ctx, slot, records), villages: { items: slice, ...meta } };
}
