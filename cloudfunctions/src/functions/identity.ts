import { identityActions, identityAdminActions } from '@sunshine/shared';
import { bindIdentity, bindingStatus, decideBinding, pendingBindings, rosterStatus, unbindAndDelete, uploadRoster } from '../services/resident/identity';
import { adminAction, defineFunction, residentAction } from './defineFunction';

/** 群众身份审核及权限绑定: the resident binds, the village admin keeps the roster and decides. */
export const identityFunction = defineFunction('identity', {
  status: residentAction(identityActions.status, (ctx, openid) => bindingStatus(ctx, openid)),
  bind: residentAction(identityActions.bind, (ctx, openid, input) => bindIdentity(ctx, openid, input)),
  unbindAndDelete: residentAction(identityActions.unbindAndDelete, (ctx, openid) => unbindAndDelete(ctx, openid)),
  rosterStatus: adminAction(identityAdminActions.rosterStatus, (ctx, admin) => rosterStatus(ctx, admin)),
  uploadRoster: adminAction(identityAdminActions.uploadRoster, (ctx, admin, input) => uploadRoster(ctx, admin, input.csv)),
  pendingBindings: adminAction(identityAdminActions.pendingBindings, (ctx, admin, input) => pendingBindings(ctx, admin, input)),
  decide: adminAction(identityAdminActions.decide, (ctx, admin, input) => decideBinding(ctx, admin, input)),
});
