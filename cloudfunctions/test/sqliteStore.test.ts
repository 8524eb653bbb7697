import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/SqliteStore';
import { documentStoreContract } from './contract/documentStoreContract';

const tempDir = () => mkdtempSync(join(tmpdir(), 'sunshine-store-'));

documentStoreContract('SQLite', async () => {
  const dir = tempDir();
  const store = SqliteStore.open(dir);
  return {
    store,
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SqliteStore', () => {
  it('keeps what was committed across a restart, and migrates once', async () => {
    const dir = tempDir();
    const first = SqliteStore.open(dir);
    await first.transaction((tx) =>
      tx.create('audit', { _id: 'e1', at: '2026-01-01', actorId: 'a', actorRole: 'system', action: 'x', targetType: 't', targetId: '1', regionCode: '210124101200' }),
    );
    await first.close();
    const second = SqliteStore.open(dir);
    expect((await second.get('audit', 'e1'))?.action).toBe('x');
    await second.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lands the transactions inside inOneCommit together for other connections, and none of them when it throws', async () => {
    const dir = tempDir();
    const loader = SqliteStore.open(dir, { bulkLoad: true });
    const reader = SqliteStore.open(dir);
    const doc = (id: string) => ({ _id: id, at: '2026-01-01', actorId: 'x', actorRole: 'system' as const, action: 'bulk', targetType: 't', targetId: id, regionCode: '210124101200' });
    await expect(
      loader.inOneCommit(async () => {
        await loader.transaction((tx) => tx.create('audit', doc('a')));
        await loader.transaction((tx) => tx.create('audit', doc('b')));
        throw new Error('cut off');
      }),
    ).rejects.toThrow('cut off');
    expect(await reader.get('audit', 'a')).toBeNull();
    await loader.inOneCommit(async () => {
      await loader.transaction((tx) => tx.create('audit', doc('a')));
      expect(await reader.get('audit', 'a')).toBeNull();
      await loader.transaction(async (tx) => tx.update('audit', 'a', { action: `${(await tx.get('audit', 'a'))!.action}-seen` }));
    });
    expect((await reader.get('audit', 'a'))?.action).toBe('bulk-seen');
    await loader.close();
    await reader.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('retries a transaction whose reads were changed by another connection', async () => {
    const dir = tempDir();
    const a = SqliteStore.open(dir);
    const b = SqliteStore.open(dir);
    const doc = (action: string) => ({ _id: 'e1', at: '2026-01-01', actorId: 'x', actorRole: 'system' as const, action, targetType: 't', targetId: '1', regionCode: '210124101200' });
    let attempts = 0;
    await a.transaction(async (tx) => {
      attempts += 1;
      const before = await tx.get('audit', 'e1');
      if (attempts === 1) await b.transaction((other) => other.set('audit', doc('written-by-b')));
      await tx.set('audit', doc(before ? `a-after-${before.action}` : 'a-without-b'));
    });
    expect(attempts).toBe(2);
    expect((await b.get('audit', 'e1'))?.action).toBe('a-after-written-by-b');
    await a.close();
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
