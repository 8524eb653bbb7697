import { z } from '../zodLocale';
import { defineContract, RESIDENT } from './contract';

export const residentActions = {
  /** Who the platform thinks the caller is; the identity comes from the WeChat context only. */
  profile: z.object({}),
} as const;

export const ZResidentProfile = z.strictObject({
  /** A stable pseudonym of the caller's openid: enough to tell accounts apart, useless outside. */
  residentKey: z.string(),
  isBound: z.boolean(),
});
export type TResidentProfile = z.infer<typeof ZResidentProfile>;

export const residentContract = defineContract('resident', {
  profile: { input: residentActions.profile, output: ZResidentProfile, callers: RESIDENT },
});
