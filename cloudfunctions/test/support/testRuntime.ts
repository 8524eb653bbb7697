import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalFileStorage } from '../../src/files/LocalFileStorage';
import { configFromEnv } from '../../src/runtime/config';
import { localIdentity } from '../../src/runtime/identity';
import type { TRuntime } from '../../src/runtime/runtime';
import { createServiceContext } from '../../src/services/serviceContext';
import { importRegions, provinceRegions } from '../../src/services/regions/regionImport';
import { readChinaDivision } from '../../src/local/chinaDivision';
import { SqliteStore } from '../../src/store/sqlite/SqliteStore';
import type { DocumentStore } from '../../src/store/DocumentStore';

export interface TTestRuntime extends TRuntime {
  dataDir: string;
  /** The services' store: SQLite, keeping the figure rollups. */
  store: DocumentStore;
  /** Moves the runtime's clock; services read time only through it. */
  advanceMinutes(minutes: number): void;
  close(): Promise<void>;
}

export function testConfig() {
  const key = () => randomBytes(32).toString('base64');
  return configFromEnv({ SUNSHINE_SESSION_SECRET: key(), SUNSHINE_ID_ENCRYPTION_KEY: key(), SUNSHINE_ID_HASH_KEY: key() });
}

/** A real SQLite store in a fresh temporary directory. */
export function openTestRuntime(): TTestRuntime {
  const dataDir = mkdtempSync(join(tmpdir(), 'sunshine-test-'));
  const store = SqliteStore.open(dataDir);
  let offsetMs = 0;
  const services = createServiceContext(store, testConfig(), new LocalFileStorage(dataDir), () => new Date(Date.now() + offsetMs));
  return {
    services,
    identity: localIdentity,
    checkOutputs: true,
    dataDir,
    store: services.store,
    advanceMinutes(minutes) {
      offsetMs += minutes * 60_000;
    },
    async close() {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let divisionCache: ReturnType<typeof readChinaDivision> | null = null;

/** Loads the real division codes under `prefix` (e.g. 法库县 210124) and their ancestors. */
export async function loadRegions(runtime: TRuntime, prefix: string): Promise<number> {
  divisionCache ??= readChinaDivision();
  const all = provinceRegions(divisionCache, prefix.slice(0, 2));
  const wanted = all.filter((r) => r.code.startsWith(prefix) || prefix.startsWith(r.code.replace(/0+$/, '')));
  await importRegions(runtime.services.store, wanted);
  return wanted.length;
}
