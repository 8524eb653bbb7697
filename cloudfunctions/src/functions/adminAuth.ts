import { adminAuthContract } from '@sunshine/shared';
import { signIn, signOut } from '../services/admin/adminAuth';
import { defineFunction } from './defineFunction';

export const adminAuthFunction = defineFunction(adminAuthContract, {
  signIn,
  me: async (_ctx, admin) => admin,
  signOut: async (ctx, admin, _input, token) => {
    await signOut(ctx, admin, token);
    return {};
  },
});
