import type { regionContract, TRefTo } from '@sunshine/shared';
import { callAction } from './cloud';

const PAGE_SIZE = 20;
const BROWSE: TRefTo<typeof regionContract.browse> = { fn: 'region', action: 'browse' };
const SEARCH: TRefTo<typeof regionContract.search> = { fn: 'region', action: 'search' };

export function browseRegion(code: string | undefined, page: number) {
  return callAction(BROWSE, { ...(code ? { code } : {}), page, pageSize: PAGE_SIZE });
}

export function searchRegions(q: string, within: string | undefined, page: number) {
  return callAction(SEARCH, { q, ...(within ? { within } : {}), page, pageSize: PAGE_SIZE });
}
