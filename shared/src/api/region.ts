import { z } from '../zodLocale';
import { ZPage, ZPageRequest } from '../paging';
import { ZRegion, ZRegionCode } from '../region';
import { REGION_SEARCH_MAX_LENGTH } from '../regionSearch';
import { defineContract, PUBLIC } from './contract';

export const regionActions = {
  /** A region with its ancestors, for headings and breadcrumbs. */
  get: z.object({ code: ZRegionCode }),
  children: ZPageRequest.extend({ code: ZRegionCode }),
  /** One level of the tree for residents: the region (none = the provinces) and its children, each with counts below it. */
  browse: ZPageRequest.extend({ code: ZRegionCode.optional() }),
  /** Regions whose name starts with `q`, optionally only inside `within`. */
  search: ZPageRequest.extend({
    q: z.string().trim().min(1, '请输入要找的地名').max(REGION_SEARCH_MAX_LENGTH, `地名最多 ${REGION_SEARCH_MAX_LENGTH} 个字`),
    within: ZRegionCode.optional(),
  }),
} as const;

/** What lies below a region: villages (村/社区) and records currently public in them. */
export const ZRegionCounts = z.object({ villageCount: z.number().int(), publishedCount: z.number().int() });
export type TRegionCounts = z.infer<typeof ZRegionCounts>;

export const ZRegionEntry = ZRegion.extend({
  /** The enclosing units' names, province first: 辽宁省 沈阳市 法库县 大孤家子镇. */
  place: z.string(),
  counts: ZRegionCounts,
});
export type TRegionEntry = z.infer<typeof ZRegionEntry>;

const ZRegionOut = ZRegion.strict();
const ZRegionEntryOut = ZRegionEntry.extend({ counts: ZRegionCounts.strict() }).strict();

export const ZRegionBrowse = z.strictObject({
  /** null at the top of the tree. */
  region: ZRegionEntryOut.nullable(),
  ancestors: z.array(ZRegionOut),
  children: ZPage(ZRegionEntryOut),
});
export type TRegionBrowse = z.infer<typeof ZRegionBrowse>;

export const regionContract = defineContract('region', {
  get: { input: regionActions.get, output: z.strictObject({ region: ZRegionOut, ancestors: z.array(ZRegionOut) }), callers: PUBLIC },
  children: { input: regionActions.children, output: ZPage(ZRegionOut), callers: PUBLIC },
  browse: { input: regionActions.browse, output: ZRegionBrowse, callers: PUBLIC },
  search: { input: regionActions.search, output: ZPage(ZRegionEntryOut), callers: PUBLIC },
});
