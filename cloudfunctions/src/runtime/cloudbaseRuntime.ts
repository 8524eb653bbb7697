import { init, SYMBOL_CURRENT_ENV } from '@cloudbase/node-sdk';
import type { FileStorage } from '../files/FileStorage';
import { createServiceContext } from '../services/serviceContext';
import { CloudbaseStore } from '../store/cloudbase/CloudbaseStore';
import { cloudbaseIdentity } from './cloudbaseIdentity';
import { configFromEnv } from './config';
import type { TRuntime } from './runtime';

let runtime: TRuntime | undefined;

/** The runtime of a deployed function, built on its first call and kept for the life of the instance. */
export function cloudbaseRuntime(): TRuntime {
  runtime ??= openCloudbaseRuntime(process.env);
  return runtime;
}

/**
 * CloudBase's database of the function's own environment, signed with the
 * temporary keys CloudBase gives every function. SUNSHINE_CLOUDBASE_SERVICE_URL
 * is for tests only: it points the SDK at a stand-in for CloudBase's API.
 */
function openCloudbaseRuntime(env: NodeJS.ProcessEnv): TRuntime {
  const config = configFromEnv(env);
  assertCredentials(env);
  const serviceUrl = env.SUNSHINE_CLOUDBASE_SERVICE_URL;
  const app = init({ env: SYMBOL_CURRENT_ENV, ...(serviceUrl ? { serviceUrl } : {}) });
  return { services: createServiceContext(new CloudbaseStore(app.database()), config, cloudStorageMissing), identity: cloudbaseIdentity };
}

/**
 * CloudBase's cloud storage has no adapter yet (its file IDs name a bucket
 * the configuration does not carry): uploads and downloads fail loudly
 * rather than pretend to keep a file.
 */
const refuseFiles = async (): Promise<never> => {
  throw new Error('file storage is not available on CloudBase yet');
};
const cloudStorageMissing: FileStorage = { put: refuseFiles, get: refuseFiles, remove: refuseFiles };

/** Without keys the SDK signs nothing and leaves an unhandled rejection that ends the process; fail here with names instead. */
function assertCredentials(env: NodeJS.ProcessEnv): void {
  if (!env.CLOUDBASE_APIKEY && !(env.TENCENTCLOUD_SECRETID && env.TENCENTCLOUD_SECRETKEY)) {
    throw new Error('CloudBase credentials are missing: TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (set by the function runtime)');
  }
}
