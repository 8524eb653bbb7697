import { AppError, displayRegionName, parentCodeOf, type TPage, type TPageRequest, type TRegion, type TVillageSummary } from '@sunshine/shared';
import type { TRegionDoc } from '../../store/documents';
import type { TServiceContext } from '../serviceContext';
import { findPage } from '../../store/findPage';

export const toRegion = ({ code, name, level, parentCode, kind }: TRegionDoc): TRegion => ({
  code,
  name,
  level,
  parentCode,
  ...(kind ? { kind } : {}),
});

export async function getRegion(ctx: TServiceContext, code: string): Promise<TRegionDoc> {
  const region = await ctx.store.get('regions', code);
  if (!region) throw new AppError('REGION_NOT_FOUND');
  return region;
}

/** Province first, the region's parent last. */
export async function ancestorsOf(ctx: TServiceContext, code: string): Promise<TRegion[]> {
  const ancestors: TRegion[] = [];
  for (let parent = parentCodeOf(code); parent; parent = parentCodeOf(parent)) {
    const region = await ctx.store.get('regions', parent);
    if (region) ancestors.unshift(toRegion(region));
  }
  return ancestors;
}

export async function getRegionWithAncestors(ctx: TServiceContext, code: string) {
  const region = await getRegion(ctx, code);
  return { region: toRegion(region), ancestors: await ancestorsOf(ctx, code) };
}

export async function listChildRegions(ctx: TServiceContext, code: string, page: TPageRequest): Promise<TPage<TRegion>> {
  await getRegion(ctx, code);
  const where = [['parentCode', '==', code]] as const;
  return findPage(ctx.store, 'regions', { where, orderBy: [['code', 'asc']] }, page, toRegion);
}

export async function getVillage(ctx: TServiceContext, code: string): Promise<TRegionDoc> {
  const region = await getRegion(ctx, code);
  if (region.level !== 'village') throw new AppError('NOT_A_VILLAGE');
  return region;
}

export async function villageSummary(ctx: TServiceContext, code: string): Promise<TVillageSummary> {
  const village = await getVillage(ctx, code);
  return {
    code: village.code,
    name: village.name,
    displayName: displayRegionName(village.name),
    kind: village.kind ?? 'village',
    ancestors: await ancestorsOf(ctx, code),
  };
}
