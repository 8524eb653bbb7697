import { adminAuthActions } from '@sunshine/shared';
import { signIn, signOut } from '../services/admin/adminAuth';
import { adminAction, defineFunction, publicAction } from './defineFunction';

export const adminAuthFunction = defineFunction('adminAuth', {
  signIn: publicAction(adminAuthActions.signIn, signIn),
  me: adminAction(adminAuthActions.me, async (_ctx, admin) => admin),
  signOut: adminAction(adminAuthActions.signOut, async (ctx, admin, _input, token) => {
    await signOut(ctx, admin, token);
    return {};
  }),
});
