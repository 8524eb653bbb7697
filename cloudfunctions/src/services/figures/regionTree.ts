import { ancestorCode, descendantCodeRange, type TRegionLevel, type TVillageKind } from '@sunshine/shared';
import type { TFilter } from '../../store/DocumentStore';
import type { TRegionDoc } from '../../store/documents';
import { findAll } from '../../store/findAll';
import type { TServiceContext } from '../serviceContext';

/** Villages by kind: the catalog differs for a 村 and a 社区, so due items are counted per kind. */
export type TVillageKinds = Record<TVillageKind, number>;

/** A province's regions above the villages, and how many villages of each kind each township has. */
export interface TRegionTree {
  regions: ReadonlyMap<string, TRegionDoc>;
  villagesByTownship: ReadonlyMap<string, TVillageKinds>;
}

const inside = (code: string): TFilter[] => {
  const [first, last] = descendantCodeRange(code);
  return [
    ['code', '>=', first],
    ['code', '<=', last],
  ];
};

/**
 * Trees by province, kept by the process: 16,727 villages are grouped by
 * township once, not per request. A tree stays while the province's village
 * count is what it was built with (one indexed count per request), so an
 * import of regions by this or another process is seen at the next request.
 */
const trees = new Map<string, { villages: number; tree: TRegionTree }>();

export async function regionTreeOf(ctx: TServiceContext, provinceCode: string): Promise<TRegionTree> {
  const villages = await ctx.store.count('regions', [['level', '==', 'village'], ...inside(provinceCode)]);
  const cached = trees.get(provinceCode);
  if (cached && cached.villages === villages) return cached.tree;
  const [above, groups] = await Promise.all([
    findAll(ctx.store, 'regions', { where: [['level', 'in', ['province', 'city', 'county', 'township']], ...inside(provinceCode)] }),
    ctx.store.aggregate('regions', { where: [['level', '==', 'village'], ...inside(provinceCode)], groupBy: ['parentCode', 'kind'], sum: [] }),
  ]);
  const villagesByTownship = new Map<string, TVillageKinds>();
  for (const { group, count } of groups) {
    const township = String(group.parentCode);
    const kinds = villagesByTownship.get(township) ?? { village: 0, community: 0 };
    kinds[group.kind === 'community' ? 'community' : 'village'] += count;
    villagesByTownship.set(township, kinds);
  }
  const tree: TRegionTree = { regions: new Map(above.map((r) => [r.code, r])), villagesByTownship };
  trees.set(provinceCode, { villages, tree });
  return tree;
}

/** The villages of a township or county, with their names and kinds (a few hundred at most). */
export function villagesWithin(ctx: TServiceContext, code: string): Promise<TRegionDoc[]> {
  return findAll(ctx.store, 'regions', { where: [['level', '==', 'village'], ...inside(code)], orderBy: [['code', 'asc']] });
}

/** The townships of the tree inside `code`. */
export function townshipsWithin(tree: TRegionTree, code: string): string[] {
  const [first, last] = descendantCodeRange(code);
  return [...tree.villagesByTownship.keys()].filter((t) => t >= first && t <= last);
}

/** Villages by county and kind inside a region above the villages, for due items (whose catalog is the county's). */
export function villagesByCountyWithin(tree: TRegionTree, code: string): Map<string, TVillageKinds> {
  const byCounty = new Map<string, TVillageKinds>();
  for (const township of townshipsWithin(tree, code)) {
    const county = ancestorCode(township, 'county');
    const kinds = byCounty.get(county) ?? { village: 0, community: 0 };
    const own = tree.villagesByTownship.get(township)!;
    kinds.village += own.village;
    kinds.community += own.community;
    byCounty.set(county, kinds);
  }
  return byCounty;
}

/** Regions of one level inside `code`, in code order. */
export function regionsWithin(tree: TRegionTree, code: string, level: TRegionLevel): TRegionDoc[] {
  const [first, last] = descendantCodeRange(code);
  return [...tree.regions.values()].filter((r) => r.level === level && r.code >= first && r.code <= last).sort((a, b) => a.code.localeCompare(b.code));
}
