import { publicDisclosureContract } from '@sunshine/shared';
import { getPublishedDisclosure, listPublishedByVillage, publishedTableRows, villageHome } from '../services/publicDisclosures';
import { publicVersionHistory } from '../services/versions';
import { publicFilings } from '../services/filings';
import { defineFunction } from './defineFunction';

/** What anyone who scans a village's QR code may read: published disclosures only. */
export const publicDisclosureFunction = defineFunction(publicDisclosureContract, {
  villageHome: (ctx, input) => villageHome(ctx, input.villageCode),
  listByVillage: listPublishedByVillage,
  get: (ctx, input) => getPublishedDisclosure(ctx, input.id),
  history: (ctx, input) => publicVersionHistory(ctx, input.id),
  rows: publishedTableRows,
  filings: publicFilings,
});
