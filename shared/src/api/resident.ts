import { z } from '../zodLocale';

export const residentActions = {
  /** Who the platform thinks the caller is; the identity comes from the WeChat context only. */
  profile: z.object({}),
} as const;

export interface TResidentProfile {
  /** A stable pseudonym of the caller's openid: enough to tell accounts apart, useless outside. */
  residentKey: string;
  isBound: boolean;
}
