import { CATALOG, catalogContract, catalogItemAppliesTo } from '@sunshine/shared';
import { catalogForVillage, createLocalCatalogItem, listLocalCatalogItems } from '../services/disclosure/catalogs';
import { defineFunction } from './defineFunction';

export const catalogFunction = defineFunction(catalogContract, {
  /** The province's catalog only; a village's own catalog is `forVillage`. */
  list: async (_ctx, input) => (input.appliesTo ? CATALOG.filter((item) => catalogItemAppliesTo(item, input.appliesTo!)) : [...CATALOG]),
  forVillage: (ctx, input) => catalogForVillage(ctx, input.villageCode),
  localList: listLocalCatalogItems,
  localCreate: createLocalCatalogItem,
});
