import {
  REGION_PATH_FIELD,
  namePrefixRange,
  parentCodeOf,
  regionCodeRange,
  type TPage,
  type TPageRequest,
  type TRegion,
  type TRegionBrowse,
  type TRegionCounts,
  type TRegionEntry,
} from '@sunshine/shared';
import type { TFilter } from '../../store/DocumentStore';
import type { TRegionDoc } from '../../store/documents';
import { ancestorsOf, getRegion, toRegion } from './regions';
import type { TServiceContext } from '../serviceContext';
import { findPage } from '../../store/findPage';

/** Disclosures a resident can read: published ones and drafts open for comment. */
const PUBLIC_STATUSES = ['published', 'openForComment'];

/**
 * Counted on every read rather than kept in counters: publishing would have
 * to update five counters in its transaction, and a count over an indexed
 * equality is cheap enough for one page of children.
 */
export async function countsBelow(ctx: TServiceContext, region: TRegion): Promise<TRegionCounts> {
  const { from, to } = regionCodeRange(region.code, region.level);
  const [villageCount, publishedCount] = await Promise.all([
    region.level === 'village'
      ? 1
      : ctx.store.count('regions', [['level', '==', 'village'], ['code', '>=', from], ['code', '<', to]]),
    ctx.store.count('disclosures', [[REGION_PATH_FIELD[region.level], '==', region.code], ['status', 'in', PUBLIC_STATUSES]]),
  ]);
  return { villageCount, publishedCount };
}

/** Reads each ancestor once per request, however many entries share it. */
function ancestorNames(ctx: TServiceContext) {
  const names = new Map<string, Promise<string>>();
  const nameOf = (code: string) => {
    if (!names.has(code)) names.set(code, ctx.store.get('regions', code).then((r) => r?.name ?? ''));
    return names.get(code)!;
  };
  return async (code: string): Promise<string> => {
    const codes: string[] = [];
    for (let parent = parentCodeOf(code); parent; parent = parentCodeOf(parent)) codes.unshift(parent);
    return (await Promise.all(codes.map(nameOf))).filter(Boolean).join(' ');
  };
}

/** Shows regions as entries; one reader per request, so each ancestor is read once. */
function entryReader(ctx: TServiceContext): (doc: TRegionDoc) => Promise<TRegionEntry> {
  const placeOf = ancestorNames(ctx);
  return async (doc) => {
    const region = toRegion(doc);
    const [place, counts] = await Promise.all([placeOf(region.code), countsBelow(ctx, region)]);
    return { ...region, place, counts };
  };
}

const pageOf = (ctx: TServiceContext, where: readonly TFilter[], orderBy: 'code' | 'name', page: TPageRequest): Promise<TPage<TRegionEntry>> =>
  findPage(ctx.store, 'regions', { where, orderBy: [[orderBy, 'asc']] }, page, entryReader(ctx));

/** One level of the region tree; without a code, the provinces. */
export async function browseRegion(ctx: TServiceContext, code: string | undefined, page: TPageRequest): Promise<TRegionBrowse> {
  if (!code) {
    return { region: null, ancestors: [], children: await pageOf(ctx, [['parentCode', '==', null]], 'code', page) };
  }
  const doc = await getRegion(ctx, code);
  const [region, ancestors, children] = await Promise.all([
    entryReader(ctx)(doc),
    ancestorsOf(ctx, code),
    pageOf(ctx, [['parentCode', '==', code]], 'code', page),
  ]);
  return { region, ancestors, children };
}

/** Regions whose name starts with `q`, inside `within` when given. */
export async function searchRegions(ctx: TServiceContext, q: string, within: string | undefined, page: TPageRequest): Promise<TPage<TRegionEntry>> {
  const name = namePrefixRange(q);
  const where: TFilter[] = [['name', '>=', name.from], ['name', '<', name.to]];
  if (within) {
    const scope = await getRegion(ctx, within);
    const codes = regionCodeRange(scope.code, scope.level);
    where.push(['code', '>=', codes.from], ['code', '<', codes.to]);
  }
  return pageOf(ctx, where, 'name', page);
}
