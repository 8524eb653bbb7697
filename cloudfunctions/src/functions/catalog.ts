import { CATALOG, catalogActions, catalogItemAppliesTo } from '@sunshine/shared';
import { defineFunction, publicAction } from './defineFunction';

export const catalogFunction = defineFunction('catalog', {
  list: publicAction(catalogActions.list, async (_ctx, input) =>
    input.appliesTo ? CATALOG.filter((item) => catalogItemAppliesTo(item, input.appliesTo!)) : CATALOG,
  ),
});
