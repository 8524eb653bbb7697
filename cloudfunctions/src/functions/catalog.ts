import { CATALOG, catalogActions, catalogItemAppliesTo } from '@sunshine/shared';
import { catalogForVillage, createLocalCatalogItem, listLocalCatalogItems } from '../services/disclosure/catalogs';
import { adminAction, defineFunction, publicAction } from './defineFunction';

export const catalogFunction = defineFunction('catalog', {
  /** The province's catalog only; a village's own catalog is `forVillage`. */
  list: publicAction(catalogActions.list, async (_ctx, input) =>
    input.appliesTo ? CATALOG.filter((item) => catalogItemAppliesTo(item, input.appliesTo!)) : CATALOG,
  ),
  forVillage: publicAction(catalogActions.forVillage, (ctx, input) => catalogForVillage(ctx, input.villageCode)),
  localList: adminAction(catalogActions.localList, listLocalCatalogItems),
  localCreate: adminAction(catalogActions.localCreate, createLocalCatalogItem),
});
