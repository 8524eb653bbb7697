import { disclosureContract } from '@sunshine/shared';
import {
  createDisclosure,
  disclosureRowsForAdmin,
  getDisclosureForAdmin,
  listDisclosuresForAdmin,
  markSeenByVillage,
  submitDisclosure,
  updateDisclosure,
  villageUnreadCount,
} from '../services/disclosure/disclosures';
import { adminVersionHistory, startCorrection } from '../services/disclosure/versions';
import { defineFunction } from './defineFunction';

/** Village entry, and the read side every admin tier uses for its own region. */
export const disclosureFunction = defineFunction(disclosureContract, {
  create: createDisclosure,
  update: updateDisclosure,
  submit: (ctx, admin, input) => submitDisclosure(ctx, admin, input.id, input.commentDays),
  get: (ctx, admin, input) => getDisclosureForAdmin(ctx, admin, input.id),
  list: listDisclosuresForAdmin,
  startCorrection,
  versions: (ctx, admin, input) => adminVersionHistory(ctx, admin, input.id),
  rows: disclosureRowsForAdmin,
  markSeen: (ctx, admin, input) => markSeenByVillage(ctx, admin, input.id),
  unreadCount: (ctx, admin) => villageUnreadCount(ctx, admin),
});
