import { publicDisclosureContract } from '@sunshine/shared';
import { getPublishedDisclosure, listPublishedByVillage, publishedTableRows, villageHome } from '../services/disclosure/publicDisclosures';
import { publicVersionHistory } from '../services/disclosure/versions';
import { publicFilings } from '../services/schedule/filings';
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
