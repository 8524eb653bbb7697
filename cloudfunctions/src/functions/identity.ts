import { identityContract } from '@sunshine/shared';
import { bindIdentity, bindingStatus, decideBinding, pendingBindings, rosterStatus, unbindAndDelete, uploadRoster } from '../services/resident/identity';
import { defineFunction } from './defineFunction';

/** 群众身份审核及权限绑定: the resident binds, the village admin keeps the roster and decides. */
export const identityFunction = defineFunction(identityContract, {
  status: (ctx, openid) => bindingStatus(ctx, openid),
  bind: bindIdentity,
  unbindAndDelete: (ctx, openid) => unbindAndDelete(ctx, openid),
  rosterStatus: (ctx, admin) => rosterStatus(ctx, admin),
  uploadRoster: (ctx, admin, input) => uploadRoster(ctx, admin, input.csv),
  pendingBindings: (ctx, admin, input) => pendingBindings(ctx, admin, input),
  decide: (ctx, admin, input) => decideBinding(ctx, admin, input),
});
