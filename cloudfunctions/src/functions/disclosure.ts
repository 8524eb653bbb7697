import { disclosureActions } from '@sunshine/shared';
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
import { adminAction, defineFunction } from './defineFunction';

/** Village entry, and the read side every admin tier uses for its own region. */
export const disclosureFunction = defineFunction('disclosure', {
  create: adminAction(disclosureActions.create, createDisclosure),
  update: adminAction(disclosureActions.update, updateDisclosure),
  submit: adminAction(disclosureActions.submit, (ctx, admin, input) => submitDisclosure(ctx, admin, input.id, input.commentDays)),
  get: adminAction(disclosureActions.get, (ctx, admin, input) => getDisclosureForAdmin(ctx, admin, input.id)),
  list: adminAction(disclosureActions.list, listDisclosuresForAdmin),
  startCorrection: adminAction(disclosureActions.startCorrection, startCorrection),
  versions: adminAction(disclosureActions.versions, (ctx, admin, input) => adminVersionHistory(ctx, admin, input.id)),
  rows: adminAction(disclosureActions.rows, disclosureRowsForAdmin),
  markSeen: adminAction(disclosureActions.markSeen, (ctx, admin, input) => markSeenByVillage(ctx, admin, input.id)),
  unreadCount: adminAction(disclosureActions.unreadCount, (ctx, admin) => villageUnreadCount(ctx, admin)),
});
