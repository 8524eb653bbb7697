import {
  AppError,
  CATEGORIES,
  CATEGORY_NAMES,
  FINANCE_FIGURES_ITEM_ID,
  financeSummary,
  isPubliclyVisible,
  periodLabel,
  type TCategory,
  type TPage,
  type TPublishedDisclosure,
  type TTableRowView,
  type TVillageHome,
  type ZVillageDisclosuresRequest,
} from '@sunshine/shared';
import type { z } from 'zod';
import type { TFilter } from '../../store/DocumentStore';
import { publicRowView } from './disclosureTable';
import { masksNames, toPublishedDisclosure, toPublishedListItem } from './disclosureViews';
import { firstRowsPage, tableRowsPage } from './tableRows';
import { currentPublicVersion } from './versions';
import { villageSummary } from '../regions/regions';
import type { TServiceContext } from '../serviceContext';
import { findPage } from '../../store/findPage';

const LATEST_PER_CATEGORY = 5;
/** Communities carry the two urban modules besides the three affairs. */
const VILLAGE_CATEGORIES: TCategory[] = ['party', 'village', 'finance'];

const publishedIn = (villageCode: string, category?: TCategory): TFilter[] => [
  ['villageCode', '==', villageCode],
  // Drafts open for comment are read like published items; superseded versions only through the history.
  ['status', 'in', ['published', 'openForComment']],
  ...(category ? [['category', '==', category] as const] : []),
];

export async function villageHome(ctx: TServiceContext, villageCode: string): Promise<TVillageHome> {
  const village = await villageSummary(ctx, villageCode);
  const categories = village.kind === 'community' ? [...CATEGORIES] : VILLAGE_CATEGORIES;
  return {
    village,
    categories: await Promise.all(
      categories.map(async (category) => {
        const where = publishedIn(villageCode, category);
        const latest = await findPage(ctx.store, 'disclosures', { where, orderBy: [['publishedAt', 'desc']] }, { page: 1, pageSize: LATEST_PER_CATEGORY }, toPublishedListItem);
        return { category, name: CATEGORY_NAMES[category], total: latest.total, latest: latest.items };
      }),
    ),
    ...(await villageFinances(ctx, villageCode)),
  };
}

/** Enough recent quarters to find two with figures among ones published without them. */
const FINANCE_LOOKBACK = 20;

/**
 * The summary compares the two newest current published finance disclosures
 * with figures (superseded versions are history, not figures); every quarter
 * found is listed too, so an older one is not lost once two newer exist.
 */
async function villageFinances(ctx: TServiceContext, villageCode: string): Promise<Pick<TVillageHome, 'finances' | 'financeQuarters'>> {
  const docs = await ctx.store.find('disclosures', {
    where: [
      ['villageCode', '==', villageCode],
      ['catalogItemId', '==', FINANCE_FIGURES_ITEM_ID],
      ['status', '==', 'published'],
    ],
    orderBy: [['period', 'desc']],
    limit: FINANCE_LOOKBACK,
  });
  const quarters = docs.flatMap((d) => (d.finance && d.period ? [{ period: d.period, periodLabel: periodLabel(d.period), ...d.finance, disclosureId: d._id }] : []));
  return { finances: financeSummary(quarters.map(({ disclosureId: _, ...figures }) => figures)), financeQuarters: quarters };
}

export async function listPublishedByVillage(
  ctx: TServiceContext,
  input: z.output<typeof ZVillageDisclosuresRequest>,
): Promise<TPage<TPublishedDisclosure>> {
  await villageSummary(ctx, input.villageCode);
  const where = publishedIn(input.villageCode, input.category);
  return findPage(ctx.store, 'disclosures', { where, orderBy: [['publishedAt', 'desc']] }, input, toPublishedListItem);
}

/**
 * Only what was published exists for residents; drafts and rejected entries
 * are NOT_FOUND. A superseded version's link leads to the current version.
 */
export async function getPublishedDisclosure(ctx: TServiceContext, id: string): Promise<TPublishedDisclosure> {
  const doc = await currentPublicVersion(ctx, id);
  if (!doc) throw new AppError('NOT_FOUND');
  const view = toPublishedDisclosure(doc);
  if (!view.table || !doc.table?.imported) return view;
  // An imported list comes with its first page, so a detail page shows rows before it pages.
  const maskNames = masksNames(doc);
  return { ...view, table: { ...view.table, rows: (await firstRowsPage(ctx, doc.table)).map((row) => publicRowView(row, maskNames)) } };
}

/** A page of a published table (this version's, even when superseded): masked ID numbers, names masked where the item says so. */
export async function publishedTableRows(
  ctx: TServiceContext,
  input: { id: string; page: number; pageSize: number },
): Promise<TPage<TTableRowView>> {
  const doc = await ctx.store.get('disclosures', input.id);
  if (!doc || !isPubliclyVisible(doc.status)) throw new AppError('NOT_FOUND');
  const maskNames = masksNames(doc);
  return tableRowsPage(ctx, doc.table, input, (row) => publicRowView(row, maskNames));
}
