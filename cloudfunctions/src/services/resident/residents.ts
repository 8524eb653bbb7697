import { createHmac } from 'node:crypto';
import type { TResidentProfile } from '@sunshine/shared';
import type { TServiceContext } from '../serviceContext';

/** A pseudonym of the openid, so answers never carry the openid itself. */
export function residentKeyOf(ctx: TServiceContext, openid: string): string {
  return createHmac('sha256', Buffer.from(ctx.config.SUNSHINE_ID_HASH_KEY, 'base64')).update(`openid:${openid}`).digest('base64url').slice(0, 16);
}

export async function residentProfile(ctx: TServiceContext, openid: string): Promise<TResidentProfile> {
  const residentKey = residentKeyOf(ctx, openid);
  const binding = await ctx.store.get('residents', residentKey);
  return { residentKey, isBound: binding?.bindingStatus === 'verified' };
}
