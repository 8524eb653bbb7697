import { DEFAULT_WORKING_CALENDAR } from '@sunshine/shared';
import { LocalFileStorage } from '../src/files/LocalFileStorage';
import { createServiceContext } from '../src/services/serviceContext';
import type { DocumentStore } from '../src/store/DocumentStore';
import { rebuildFigureRollups } from '../src/store/rollups/rebuildFigureRollups';
import { FigureRollupStore } from '../src/store/rollups/withFigureRollups';
import { localIdentity } from '../src/runtime/identity';
import { openFakeCloudbaseStore } from './support/fakeCloudbaseStore';
import { seedFiguresWorld, type TWorldRuntime } from './support/figuresWorld';
import { openTestRuntime, testConfig } from './support/testRuntime';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The rollups the store keeps as the services work are the rollups a
 * rebuild from the records gives: same documents, same counters, none
 * missing and none extra.
 */
async function allRollups(store: DocumentStore) {
  const docs = [];
  for (let last = ''; ; ) {
    const page = await store.find('figureRollups', { where: last ? [['_id', '>', last]] : [], orderBy: [['_id', 'asc']], limit: 1000 });
    docs.push(...page.filter((d) => d.level !== 'rules'));
    if (page.length < 1000) return docs;
    last = page[page.length - 1]._id;
  }
}

async function expectKeptEqualsRebuilt(runtime: TWorldRuntime, seed: number, steps: number) {
  const world = await seedFiguresWorld(runtime, seed, steps);
  expect(world.done).toBeGreaterThan(steps * 0.7);
  const store = runtime.services.store as FigureRollupStore;
  const kept = await allRollups(store);
  expect(kept.length).toBeGreaterThan(50);
  await rebuildFigureRollups(store.inner, DEFAULT_WORKING_CALENDAR);
  expect(await allRollups(store)).toEqual(kept);
}

it('keeps on SQLite the rollups a rebuild gives, after months of work through the services', async () => {
  const runtime = openTestRuntime();
  try {
    await expectKeptEqualsRebuilt(runtime, 7, 300);
  } finally {
    await runtime.close();
  }
}, 120_000);

it('keeps on CloudBase the rollups a rebuild gives', async () => {
  const opened = await openFakeCloudbaseStore();
  const dir = mkdtempSync(join(tmpdir(), 'sunshine-rollups-'));
  let offsetMs = 0;
  const services = createServiceContext(opened.store, testConfig(), new LocalFileStorage(dir), () => new Date(Date.now() + offsetMs));
  const runtime: TWorldRuntime = { services, identity: localIdentity, advanceMinutes: (m) => (offsetMs += m * 60_000) };
  try {
    await expectKeptEqualsRebuilt(runtime, 23, 120);
  } finally {
    await opened.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
