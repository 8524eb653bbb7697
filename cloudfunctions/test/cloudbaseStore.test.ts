import { init } from '@cloudbase/node-sdk';
import { CloudbaseStore } from '../src/store/cloudbase/CloudbaseStore';
import { COLLECTION_NAMES, type TAuditDoc } from '../src/store/documents';
import { documentStoreContract } from './contract/documentStoreContract';
import { FAKE_CREDENTIALS } from './support/fakeCloudbase';
import { openFakeCloudbaseStore } from './support/fakeCloudbaseStore';

documentStoreContract('CloudBase (wire-level fake)', openFakeCloudbaseStore);

describe('CloudbaseStore on the wire', () => {
  let opened: Awaited<ReturnType<typeof openFakeCloudbaseStore>>;
  beforeEach(async () => {
    opened = await openFakeCloudbaseStore();
  });
  afterEach(() => opened.dispose());

  const entry = (id: string, extra: Partial<TAuditDoc> = {}): TAuditDoc => ({
    _id: id,
    at: '2026-01-01',
    actorId: 'a1',
    actorRole: 'system',
    action: 'test',
    targetType: 'test',
    targetId: id,
    regionCode: '210124101200',
    ...extra,
  });

  it('creates every collection once, on first use, as CloudBase refuses operations on missing ones', async () => {
    const { store, fake } = opened;
    await Promise.all([store.get('audit', 'e1'), store.count('regions'), store.transaction((tx) => tx.set('audit', entry('e1')))]);
    await store.get('admins', 'a1');
    const created = fake.requests.filter((r) => r.action === 'database.addCollection').map((r) => r.params.collectionName);
    expect([...created].sort()).toEqual([...COLLECTION_NAMES].sort());
  });

  it('sends a transaction as single-document operations, writes last, and replaces nested objects on update', async () => {
    const { store, fake } = opened;
    await store.transaction((tx) => tx.create('audit', entry('e1', { detail: { n: 1, kept: 'no' } })));
    fake.requests.length = 0;

    await store.transaction(async (tx) => {
      await tx.update('audit', 'e1', { detail: { n: 2 } });
      await tx.create('audit', entry('e2'));
      await tx.remove('audit', 'e2');
    });

    expect(fake.requests.map((r) => [r.action, r.params.queryType ?? null, r.params.collectionName ?? null])).toEqual([
      ['database.startTransaction', null, null],
      ['database.getDocument', 'DOC', 'audit'],
      ['database.getDocument', 'DOC', 'audit'],
      ['database.modifyDocument', 'DOC', 'audit'],
      ['database.removeDocument', 'DOC', 'audit'],
      ['database.commitTransaction', null, null],
    ]);
    const transactionIds = new Set(fake.requests.slice(1).map((r) => r.params.transactionId));
    expect(transactionIds.size).toBe(1);
    expect(fake.requests[3].params).toMatchObject({ merge: false, upsert: true });
    expect(fake.database.get('audit', 'e1')).toEqual({ ...entry('e1'), detail: { n: 2 } });
    expect(fake.database.get('audit', 'e2')).toBeNull();
  });

  it('retries a transaction whose read document another transaction changed meanwhile', async () => {
    const { store, fake } = opened;
    await store.transaction((tx) => tx.create('audit', entry('e1', { action: 'first' })));
    let attempts = 0;
    await store.transaction(async (tx) => {
      attempts += 1;
      const before = (await tx.get('audit', 'e1'))!;
      if (attempts === 1) await store.transaction((other) => other.update('audit', 'e1', { action: 'by-other' }));
      await tx.update('audit', 'e1', { action: `after-${before.action}` });
    });
    expect(attempts).toBe(2);
    expect((await store.get('audit', 'e1'))?.action).toBe('after-by-other');
    expect(fake.requests.filter((r) => r.action === 'database.abortTransaction')).toHaveLength(1);
  });

  it('reads a full page of 1000 documents and pages past it', async () => {
    const { store, fake } = opened;
    fake.database.createCollection('audit');
    const seeding = fake.database.begin();
    for (let i = 0; i < 1005; i++) {
      const id = `e${String(i).padStart(4, '0')}`;
      fake.database.writeIn(seeding, 'audit', id, { ...entry(id) });
    }
    fake.database.commit(seeding);

    const page = await store.find('audit', { orderBy: [['at', 'asc']], limit: 1000 });
    const rest = await store.find('audit', { orderBy: [['at', 'asc']], offset: 1000, limit: 1000 });
    expect(page).toHaveLength(1000);
    expect(rest.map((d) => d._id)).toEqual(['e1000', 'e1001', 'e1002', 'e1003', 'e1004']);
    expect(fake.requests.find((r) => r.action === 'database.getDocument')?.params).toMatchObject({ limit: 1000 });
  });

  it('is refused by the fake unless the SDK signed the request with the right key', async () => {
    const app = init({ env: 'sunshine-test', serviceUrl: opened.fake.url, secretId: FAKE_CREDENTIALS.secretId, secretKey: 'not-the-key' });
    await expect(new CloudbaseStore(app.database()).get('audit', 'e1')).rejects.toMatchObject({ code: 'AUTH_FAILED' });
  });
});
