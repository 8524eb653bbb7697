import { regionActions } from '@sunshine/shared';
import { browseRegion, searchRegions } from '../services/regions/regionBrowse';
import { getRegionWithAncestors, listChildRegions } from '../services/regions/regions';
import { defineFunction, publicAction } from './defineFunction';

export const regionFunction = defineFunction('region', {
  get: publicAction(regionActions.get, (ctx, input) => getRegionWithAncestors(ctx, input.code)),
  children: publicAction(regionActions.children, (ctx, input) => listChildRegions(ctx, input.code, input)),
  browse: publicAction(regionActions.browse, (ctx, input) => browseRegion(ctx, input.code, input)),
  search: publicAction(regionActions.search, (ctx, input) => searchRegions(ctx, input.q, input.within, input)),
});
