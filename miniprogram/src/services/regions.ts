import type { TPage, TRegionBrowse, TRegionEntry } from '@sunshine/shared';
import { callFunction } from './cloud';

const PAGE_SIZE = 20;

export function browseRegion(code: string | undefined, page: number): Promise<TRegionBrowse> {
  return callFunction('region', 'browse', { ...(code ? { code } : {}), page, pageSize: PAGE_SIZE });
}

export function searchRegions(q: string, within: string | undefined, page: number): Promise<TPage<TRegionEntry>> {
  return callFunction('region', 'search', { q, ...(within ? { within } : {}), page, pageSize: PAGE_SIZE });
}
