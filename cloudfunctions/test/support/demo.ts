import { adminAuthContract } from '@sunshine/shared';
import { createAdmin } from '../../src/services/admin/adminAuth';
import { DEMO_ADMINS, DEMO_PASSWORD } from '../../src/local/demoData';
import { callHttp, dataOf } from './invoke';
import { loadRegions, type TTestRuntime } from './testRuntime';

/** 法库县's real regions and the demo admins; returns a signer-in. */
export async function withDemoAdmins(runtime: TTestRuntime) {
  await loadRegions(runtime, '210124');
  for (const admin of DEMO_ADMINS) await createAdmin(runtime.services, { ...admin, password: DEMO_PASSWORD });
  return async function signIn(username: string): Promise<string> {
    const result = await callHttp(runtime, adminAuthContract.signIn, { username, password: DEMO_PASSWORD });
    return dataOf(result).token;
  };
}
