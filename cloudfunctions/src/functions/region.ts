import { regionContract } from '@sunshine/shared';
import { browseRegion, searchRegions } from '../services/regions/regionBrowse';
import { getRegionWithAncestors, listChildRegions } from '../services/regions/regions';
import { defineFunction } from './defineFunction';

export const regionFunction = defineFunction(regionContract, {
  get: (ctx, input) => getRegionWithAncestors(ctx, input.code),
  children: (ctx, input) => listChildRegions(ctx, input.code, input),
  browse: (ctx, input) => browseRegion(ctx, input.code, input),
  search: (ctx, input) => searchRegions(ctx, input.q, input.within, input),
});
