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
import { SqliteStore } from '../src/store/sqlite/SqliteStore';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { FAKE_CREDENTIALS, FAKE_FUNCTION_ENV } from './support/fakeCloudbase';
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

it('rebuilds CloudBase\'s rollups from its records with `npm run rollups:rebuild`', async () => {
  const script = join(__dirname, '..', 'dist-local', 'rollups-rebuild.js');
  if (!existsSync(script)) throw new Error('cloudfunctions/dist-local is missing: run `npm run build -w @sunshine/cloudfunctions` first');
  const { store, fake, dispose } = await openFakeCloudbaseStore();
  try {
    // Records written before rollups existed: straight into the store, past the rollup layer.
    await store.transaction(async (tx) => {
      await tx.set('surveys', { _id: 's1', residentKey: 'r1', villageCode: '210124101200', month: '2026-10', rating: 'satisfied', comment: null, createdAt: '2026-10-03T02:00:00.000Z' });
      await tx.set('surveys', { _id: 's2', residentKey: 'r2', villageCode: '210124101201', month: '2026-10', rating: 'dissatisfied', comment: null, createdAt: '2026-10-04T02:00:00.000Z' });
    });
    const { stdout } = await promisify(execFile)(process.execPath, [script], {
      env: { ...process.env, ...FAKE_FUNCTION_ENV, SUNSHINE_CLOUDBASE_ENV: 'sunshine-test', TENCENTCLOUD_SECRETID: FAKE_CREDENTIALS.secretId, TENCENTCLOUD_SECRETKEY: FAKE_CREDENTIALS.secretKey, SUNSHINE_CLOUDBASE_SERVICE_URL: fake.url },
    });
    expect(stdout).toContain('读取 2 条记录');
    expect((await store.get('figureRollups', 'township:210124101000:2026-Q4'))).toMatchObject({ counters: { surveys: 2, surveySatisfied: 1 }, countyCode: '210124000000' });
    expect((await store.get('figureRollups', 'village:210124101201:2026-10'))).toMatchObject({ counters: { surveys: 1 } });
    expect(await store.get('figureRollups', 'rules')).toMatchObject({ level: 'rules', version: expect.any(Number) });
  } finally {
    await dispose();
  }
}, 60_000);

it('builds the rollups of a SQLite data directory at its first start with these rules', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sunshine-rollups-'));
  try {
    // A data directory from before the dashboard: records, no rollups.
    const before = SqliteStore.open(dir);
    await before.transaction((tx) => tx.set('surveys', { _id: 's1', residentKey: 'r1', villageCode: '210124101200', month: '2026-10', rating: 'satisfied', comment: null, createdAt: '2026-10-03T02:00:00.000Z' }));
    await before.close();
    const services = createServiceContext(SqliteStore.open(dir), testConfig(), new LocalFileStorage(dir));
    const groups = await services.store.aggregate('figureRollups', { where: [['level', '==', 'township'], ['period', '==', '2026-10']], groupBy: ['townshipCode'], sum: ['counters.surveys'] });
    expect(groups).toEqual([{ group: { townshipCode: '210124101000' }, count: 1, sums: { 'counters.surveys': 1 } }]);
    await services.store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
