import { ancestorCode, descendantCodeRange, type TRegionLevel, type TVillageKind } from '@sunshine/shared';
import type { TFilter } from '../../store/DocumentStore';
import type { TRegionDoc } from '../../store/documents';
import { findAll } from '../../store/findAll';
import type { TServiceContext } from '../serviceContext';

/** Villages by kind: the catalog differs for a 村 and a 社区, so due items are counted per kind. */
export type TVillageKinds = Record<TVillageKind, number>;

/** A province's regions above the villages, and how many villages of each kind each township and county has. */
export interface TRegionTree {
  regions: ReadonlyMap<string, TRegionDoc>;
  /** Regions by level, in code order. */
  byLevel: ReadonlyMap<TRegionLevel, readonly TRegionDoc[]>;
  villagesByTownship: ReadonlyMap<string, TVillageKinds>;
  villagesByCounty: ReadonlyMap<string, TVillageKinds>;
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
  const villagesByCounty = new Map<string, TVillageKinds>();
  for (const { group, count } of groups) {
    const kind = group.kind === 'community' ? 'community' : 'village';
    for (const [byRegion, code] of [[villagesByTownship, String(group.parentCode)], [villagesByCounty, ancestorCode(String(group.parentCode), 'county')]] as const) {
      const kinds = byRegion.get(code) ?? { village: 0, community: 0 };
      kinds[kind] += count;
      byRegion.set(code, kinds);
    }
  }
  const sorted = [...above].sort((a, b) => a.code.localeCompare(b.code));
  const byLevel = new Map<TRegionLevel, TRegionDoc[]>();
  for (const r of sorted) byLevel.set(r.level, [...(byLevel.get(r.level) ?? []), r]);
  const tree: TRegionTree = { regions: new Map(above.map((r) => [r.code, r])), byLevel, villagesByTownship, villagesByCounty };
  trees.set(provinceCode, { villages, tree });
  return tree;
}

/** The villages of a township or county, with their names and kinds (a few hundred at most). */
export function villagesWithin(ctx: TServiceContext, code: string): Promise<TRegionDoc[]> {
  return findAll(ctx.store, 'regions', { where: [['level', '==', 'village'], ...inside(code)], orderBy: [['code', 'asc']] });
}

/** Villages by county and kind inside a region above the villages, for due items (whose catalog is the county's). */
export function villagesByCountyWithin(tree: TRegionTree, region: TRegionDoc): Map<string, TVillageKinds> {
  if (region.level === 'township') {
    const own = tree.villagesByTownship.get(region.code);
    return new Map(own ? [[ancestorCode(region.code, 'county'), own]] : []);
  }
  const [first, last] = descendantCodeRange(region.code);
  return new Map([...tree.villagesByCounty].filter(([county]) => county >= first && county <= last));
}

/** Regions of one level inside `code`, in code order. */
export function regionsWithin(tree: TRegionTree, code: string, level: TRegionLevel): readonly TRegionDoc[] {
  const [first, last] = descendantCodeRange(code);
  return (tree.byLevel.get(level) ?? []).filter((r) => r.code >= first && r.code <= last);
}
