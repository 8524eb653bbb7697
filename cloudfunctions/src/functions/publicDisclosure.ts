import { publicDisclosureActions } from '@sunshine/shared';
import { getPublishedDisclosure, listPublishedByVillage, publishedTableRows, villageHome } from '../services/disclosure/publicDisclosures';
import { publicVersionHistory } from '../services/disclosure/versions';
import { publicFilings } from '../services/schedule/filings';
import { defineFunction, publicAction } from './defineFunction';

/** What anyone who scans a village's QR code may read: published disclosures only. */
export const publicDisclosureFunction = defineFunction('publicDisclosure', {
  villageHome: publicAction(publicDisclosureActions.villageHome, (ctx, input) => villageHome(ctx, input.villageCode)),
  listByVillage: publicAction(publicDisclosureActions.listByVillage, listPublishedByVillage),
  get: publicAction(publicDisclosureActions.get, (ctx, input) => getPublishedDisclosure(ctx, input.id)),
  history: publicAction(publicDisclosureActions.history, (ctx, input) => publicVersionHistory(ctx, input.id)),
  rows: publicAction(publicDisclosureActions.rows, publishedTableRows),
  filings: publicAction(publicDisclosureActions.filings, publicFilings),
});
