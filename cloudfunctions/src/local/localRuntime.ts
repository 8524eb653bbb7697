import { resolve } from 'node:path';
import { LocalFileStorage } from '../files/LocalFileStorage';
import { localConfig } from '../runtime/config';
import { localIdentity } from '../runtime/identity';
import type { TRuntime } from '../runtime/runtime';
import { createServiceContext } from '../services/serviceContext';
import { SqliteStore } from '../store/sqlite/SqliteStore';

export const defaultDataDir = () => resolve(process.env.SUNSHINE_DATA_DIR ?? '.data');

/** The runtime of a developer's machine: SQLite in the data directory, the gateway as WeChat. */
export function openLocalRuntime(dataDir: string = defaultDataDir(), options: { bulkLoad?: boolean } = {}): TRuntime {
  const store = SqliteStore.open(dataDir, options);
  return { services: createServiceContext(store, localConfig(dataDir), new LocalFileStorage(dataDir)), identity: localIdentity, checkOutputs: true };
}
