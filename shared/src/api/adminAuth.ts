import { z } from '../zodLocale';
import { ZAdminView, ZUsername } from '../admin';
import { ANY_ADMIN, defineContract, PUBLIC } from './contract';

export const ZSignInRequest = z.object({
  username: ZUsername,
  password: z.string().min(1, { error: '请输入密码' }).max(200),
});
export type TSignInRequest = z.infer<typeof ZSignInRequest>;

export const ZSignInResponse = z.object({
  token: z.string(),
  expiresAt: z.string(),
  admin: ZAdminView,
});
export type TSignInResponse = z.infer<typeof ZSignInResponse>;

export const adminAuthActions = {
  signIn: ZSignInRequest,
  me: z.object({}),
  signOut: z.object({}),
} as const;

const ZAdminViewOut = ZAdminView.strict();

export const adminAuthContract = defineContract('adminAuth', {
  signIn: { input: adminAuthActions.signIn, output: ZSignInResponse.extend({ admin: ZAdminViewOut }).strict(), callers: PUBLIC },
  me: { input: adminAuthActions.me, output: ZAdminViewOut, callers: ANY_ADMIN },
  signOut: { input: adminAuthActions.signOut, output: z.strictObject({}), callers: ANY_ADMIN },
});
