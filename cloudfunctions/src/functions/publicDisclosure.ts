import { publicDisclosureActions } from '@sunshine/shared';
import { getPublishedDisclosure, listPublishedByVillage, villageHome } from '../services/publicDisclosures';
import { defineFunction, publicAction } from './defineFunction';

/** What anyone who scans a village's QR code may read: published disclosures only. */
export const publicDisclosureFunction = defineFunction('publicDisclosure', {
  villageHome: publicAction(publicDisclosureActions.villageHome, (ctx, input) => villageHome(ctx, input.villageCode)),
  listByVillage: publicAction(publicDisclosureActions.listByVillage, listPublishedByVillage),
  get: publicAction(publicDisclosureActions.get, (ctx, input) => getPublishedDisclosure(ctx, input.id)),
});
