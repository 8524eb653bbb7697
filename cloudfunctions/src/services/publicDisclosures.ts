import {
  AppError,
  CATEGORIES,
  CATEGORY_NAMES,
  type TCategory,
  type TPage,
  type TPublishedDisclosure,
  type TVillageHome,
  type ZVillageDisclosuresRequest,
} from '@sunshine/shared';
import type { z } from 'zod';
import type { TFilter } from '../store/DocumentStore';
import { toPublishedDisclosure } from './disclosureViews';
import { villageSummary } from './regions';
import type { TServiceContext } from './serviceContext';

const LATEST_PER_CATEGORY = 5;
/** Communities carry the two urban modules besides the three affairs. */
const VILLAGE_CATEGORIES: TCategory[] = ['party', 'village', 'finance'];

const publishedIn = (villageCode: string, category?: TCategory): TFilter[] => [
  ['villageCode', '==', villageCode],
  ['status', '==', 'published'],
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
        const [latest, total] = await Promise.all([
          ctx.store.find('disclosures', { where, orderBy: [['publishedAt', 'desc']], limit: LATEST_PER_CATEGORY }),
          ctx.store.count('disclosures', where),
        ]);
        return { category, name: CATEGORY_NAMES[category], total, latest: latest.map(toPublishedDisclosure) };
      }),
    ),
  };
}

export async function listPublishedByVillage(
  ctx: TServiceContext,
  input: z.output<typeof ZVillageDisclosuresRequest>,
): Promise<TPage<TPublishedDisclosure>> {
  await villageSummary(ctx, input.villageCode);
  const where = publishedIn(input.villageCode, input.category);
  const [docs, total] = await Promise.all([
    ctx.store.find('disclosures', { where, orderBy: [['publishedAt', 'desc']], offset: (input.page - 1) * input.pageSize, limit: input.pageSize }),
    ctx.store.count('disclosures', where),
  ]);
  return { items: docs.map(toPublishedDisclosure), total, page: input.page, pageSize: input.pageSize };
}

/** Only what was published exists for residents; drafts and rejected entries are NOT_FOUND. */
export async function getPublishedDisclosure(ctx: TServiceContext, id: string): Promise<TPublishedDisclosure> {
  const doc = await ctx.store.get('disclosures', id);
  if (!doc || doc.status !== 'published') throw new AppError('NOT_FOUND');
  return toPublishedDisclosure(doc);
}
