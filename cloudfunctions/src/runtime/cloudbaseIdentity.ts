import { getCloudbaseContext } from '@cloudbase/node-sdk';
import type { IdentitySource } from './identity';

/**
 * In CloudBase the platform puts the caller's WeChat openid into the
 * function's context (WX_OPENID); the SDK knows every place it may be.
 */
export const cloudbaseIdentity: IdentitySource = {
  openidOf(context) {
    try {
      return getCloudbaseContext(context as Parameters<typeof getCloudbaseContext>[0]).WX_OPENID || null;
    } catch {
      // A context the SDK cannot read carries no identity.
      return null;
    }
  },
};
