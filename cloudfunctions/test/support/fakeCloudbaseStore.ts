import { init } from '@cloudbase/node-sdk';
import { CloudbaseStore } from '../../src/store/cloudbase/CloudbaseStore';
import { FAKE_CREDENTIALS, FAKE_FUNCTION_ENV, startFakeCloudbase, type TFakeCloudbase } from './fakeCloudbase';

/**
 * A CloudbaseStore on the real SDK, talking to a fresh fake CloudBase from
 * inside a (simulated) cloud function. The SDK is always given keys: without
 * them it leaves an unhandled rejection behind.
 */
export async function openFakeCloudbaseStore(): Promise<{ store: CloudbaseStore; fake: TFakeCloudbase; dispose(): Promise<void> }> {
  Object.assign(process.env, FAKE_FUNCTION_ENV);
  const fake = await startFakeCloudbase();
  const app = init({ env: 'sunshine-test', serviceUrl: fake.url, ...FAKE_CREDENTIALS });
  const store = new CloudbaseStore(app.database());
  return {
    store,
    fake,
    async dispose() {
      await store.close();
      await fake.close();
    },
  };
}
