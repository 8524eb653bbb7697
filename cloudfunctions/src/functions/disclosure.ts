import { disclosureActions } from '@sunshine/shared';
import {
  createDisclosure,
  getDisclosureForAdmin,
  listDisclosuresForAdmin,
  submitDisclosure,
  updateDisclosure,
} from '../services/disclosures';
import { adminAction, defineFunction } from './defineFunction';

/** Village entry, and the read side every admin tier uses for its own region. */
export const disclosureFunction = defineFunction('disclosure', {
  create: adminAction(disclosureActions.create, createDisclosure),
  update: adminAction(disclosureActions.update, updateDisclosure),
  submit: adminAction(disclosureActions.submit, (ctx, admin, input) => submitDisclosure(ctx, admin, input.id)),
  get: adminAction(disclosureActions.get, (ctx, admin, input) => getDisclosureForAdmin(ctx, admin, input.id)),
  list: adminAction(disclosureActions.list, listDisclosuresForAdmin),
});
