import { regionActions } from '@sunshine/shared';
import { getRegionWithAncestors, listChildRegions } from '../services/regions';
import { defineFunction, publicAction } from './defineFunction';

export const regionFunction = defineFunction('region', {
  get: publicAction(regionActions.get, (ctx, input) => getRegionWithAncestors(ctx, input.code)),
  children: publicAction(regionActions.children, (ctx, input) => listChildRegions(ctx, input.code, input)),
});
