import type { DocumentStore, TAggregateGroup, TFilter } from '../../src/store/DocumentStore';
import type { TAuditDoc } from '../../src/store/documents';

/**
 * The behaviour every DocumentStore must show. Run it against each
 * implementation; the domain relies on nothing else.
 */
export function documentStoreContract(name: string, open: () => Promise<{ store: DocumentStore; dispose(): Promise<void> }>) {
  describe(`DocumentStore contract: ${name}`, () => {
    let store: DocumentStore;
    let dispose: () => Promise<void>;

    beforeEach(async () => {
      ({ store, dispose } = await open());
    });
    afterEach(() => dispose());

    const entry = (id: string, at: string, extra: Partial<TAuditDoc> = {}): TAuditDoc => ({
      _id: id,
      at,
      actorId: 'a1',
      actorRole: 'village_admin',
      action: 'test',
      targetType: 'test',
      targetId: id,
      regionCode: '210124101200',
      ...extra,
    });

    it('creates, reads, updates and removes one document', async () => {
      await store.transaction((tx) => tx.create('audit', entry('e1', '2026-01-01')));
      expect(await store.get('audit', 'e1')).toEqual(entry('e1', '2026-01-01'));
      await store.transaction((tx) => tx.update('audit', 'e1', { action: 'changed' }));
      expect((await store.get('audit', 'e1'))?.action).toBe('changed');
      expect((await store.get('audit', 'e1'))?.targetId).toBe('e1');
      await store.transaction((tx) => tx.remove('audit', 'e1'));
      expect(await store.get('audit', 'e1')).toBeNull();
    });

    it('refuses to create an id twice and to update a missing document', async () => {
      await store.transaction((tx) => tx.create('audit', entry('e1', '2026-01-01')));
      await expect(store.transaction((tx) => tx.create('audit', entry('e1', '2026-02-02')))).rejects.toMatchObject({ code: 'DUPLICATE_REQUEST' });
      expect((await store.get('audit', 'e1'))?.at).toBe('2026-01-01');
      await expect(store.transaction((tx) => tx.update('audit', 'nope', { action: 'x' }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('writes all of a transaction or none of it', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.create('audit', entry('e1', '2026-01-01'));
          await tx.create('audit', entry('e2', '2026-01-02'));
          throw new Error('crash in the middle');
        }),
      ).rejects.toThrow('crash in the middle');
      expect(await store.count('audit')).toBe(0);
    });

    it('reads its own writes inside a transaction', async () => {
      await store.transaction(async (tx) => {
        await tx.set('audit', entry('e1', '2026-01-01'));
        expect((await tx.get('audit', 'e1'))?.at).toBe('2026-01-01');
        await tx.remove('audit', 'e1');
        expect(await tx.get('audit', 'e1')).toBeNull();
      });
      expect(await store.get('audit', 'e1')).toBeNull();
    });

    it('serialises concurrent read-modify-write transactions', async () => {
      await store.transaction((tx) => tx.create('audit', entry('counter', '0', { detail: { n: 0 } })));
      await Promise.all(
        Array.from({ length: 20 }, () =>
          store.transaction(async (tx) => {
            const doc = (await tx.get('audit', 'counter'))!;
            await new Promise((r) => setImmediate(r));
            await tx.update('audit', 'counter', { detail: { n: (doc.detail!.n as number) + 1 } });
          }),
        ),
      );
      expect((await store.get('audit', 'counter'))?.detail).toEqual({ n: 20 });
    });

    it('filters, orders and pages one collection', async () => {
      await store.transaction(async (tx) => {
        for (let i = 0; i < 30; i++) {
          await tx.create('audit', entry(`e${String(i).padStart(2, '0')}`, `2026-01-${String((i % 10) + 1).padStart(2, '0')}`, { actorId: i % 3 === 0 ? 'x' : 'y' }));
        }
      });
      const where = [['actorId', '==', 'y']] as const;
      expect(await store.count('audit', where)).toBe(20);
      const first = await store.find('audit', { where, orderBy: [['at', 'desc']], limit: 8 });
      const second = await store.find('audit', { where, orderBy: [['at', 'desc']], offset: 8, limit: 8 });
      const third = await store.find('audit', { where, orderBy: [['at', 'desc']], offset: 16, limit: 8 });
      const ids = [...first, ...second, ...third].map((d) => d._id);
      expect(ids).toHaveLength(20);
      expect(new Set(ids).size).toBe(20);
      const ats = [...first, ...second, ...third].map((d) => d.at);
      expect(ats).toEqual([...ats].sort().reverse());
      expect(await store.count('audit', [['actorId', 'in', ['x']]])).toBe(10);
      expect(await store.count('audit', [['actorId', '!=', 'x']])).toBe(20);
      expect(await store.count('audit', [['at', '>=', '2026-01-09']])).toBe(6);
      expect(await store.count('audit', [['at', '<', '2026-01-02']])).toBe(3);
      expect(await store.count('audit', [['detail', '==', null]])).toBe(30);
      expect(await store.count('audit', [['actorId', 'in', []]])).toBe(0);
    });

    it('treats a missing field as null, in filters and in order', async () => {
      await store.transaction(async (tx) => {
        await tx.create('audit', entry('e1', '2026-01-01', { detail: { n: 1 } }));
        await tx.create('audit', entry('e2', '2026-01-02', { detail: { n: 2 } }));
        await tx.create('audit', entry('e3', '2026-01-03'));
      });
      const ids = async (where: TFilter[]) => (await store.find('audit', { where, orderBy: [['_id', 'asc']], limit: 10 })).map((d) => d._id);
      expect(await ids([['detail.n', '==', null]])).toEqual(['e3']);
      expect(await ids([['detail.n', '!=', null]])).toEqual(['e1', 'e2']);
      expect(await ids([['detail.n', '!=', 1]])).toEqual(['e2']);
      expect(await ids([['detail.n', '<', 2]])).toEqual(['e1']);
      expect(await ids([['detail.n', 'in', [1, 2]]])).toEqual(['e1', 'e2']);
      expect(await ids([['detail.n', '>', 1], ['detail.n', '<=', 2]])).toEqual(['e2']);
      const ordered = async (direction: 'asc' | 'desc') => (await store.find('audit', { orderBy: [['detail.n', direction]], limit: 10 })).map((d) => d._id);
      expect(await ordered('asc')).toEqual(['e3', 'e1', 'e2']);
      expect(await ordered('desc')).toEqual(['e2', 'e1', 'e3']);
    });

    describe('aggregate', () => {
      const sorted = (groups: TAggregateGroup[]) => [...groups].sort((a, b) => JSON.stringify(a.group).localeCompare(JSON.stringify(b.group)));

      beforeEach(async () => {
        await store.transaction(async (tx) => {
          await tx.create('audit', entry('a1', '2026-01-01', { actorId: 'x', regionCode: 'r1', detail: { counters: { published: 2, messages: 1 } } }));
          await tx.create('audit', entry('a2', '2026-01-02', { actorId: 'x', regionCode: 'r1', detail: { counters: { published: 3 } } }));
          await tx.create('audit', entry('a3', '2026-01-03', { actorId: 'x', regionCode: 'r2', detail: { counters: { messages: 4 } } }));
          await tx.create('audit', entry('a4', '2026-01-04', { actorId: 'y', regionCode: 'r1', detail: { counters: { published: 1.5 } } }));
          await tx.create('audit', entry('a5', '2026-01-05', { actorId: 'y', regionCode: 'r1' }));
        });
      });

      it('counts and sums nested fields per group of several fields, a missing field adding 0', async () => {
        const groups = await store.aggregate('audit', { groupBy: ['actorId', 'regionCode'], sum: ['detail.counters.published', 'detail.counters.messages'] });
        expect(sorted(groups)).toEqual([
          { group: { actorId: 'x', regionCode: 'r1' }, count: 2, sums: { 'detail.counters.published': 5, 'detail.counters.messages': 1 } },
          { group: { actorId: 'x', regionCode: 'r2' }, count: 1, sums: { 'detail.counters.published': 0, 'detail.counters.messages': 4 } },
          { group: { actorId: 'y', regionCode: 'r1' }, count: 2, sums: { 'detail.counters.published': 1.5, 'detail.counters.messages': 0 } },
        ]);
      });

      it('groups only what the filters match, and everything as one group without group fields', async () => {
        const filtered = await store.aggregate('audit', { where: [['regionCode', '==', 'r1'], ['at', '>=', '2026-01-02']], groupBy: ['actorId'], sum: ['detail.counters.published'] });
        expect(sorted(filtered)).toEqual([
          { group: { actorId: 'x' }, count: 1, sums: { 'detail.counters.published': 3 } },
          { group: { actorId: 'y' }, count: 2, sums: { 'detail.counters.published': 1.5 } },
        ]);
        expect(await store.aggregate('audit', { where: [['actorId', 'in', ['x', 'y']]], groupBy: [], sum: ['detail.counters.messages'] })).toEqual([
          { group: {}, count: 5, sums: { 'detail.counters.messages': 5 } },
        ]);
      });

      it('answers no groups when nothing matches', async () => {
        expect(await store.aggregate('audit', { where: [['actorId', '==', 'nobody']], groupBy: ['regionCode'], sum: ['detail.counters.published'] })).toEqual([]);
        expect(await store.aggregate('audit', { where: [['actorId', '==', 'nobody']], groupBy: [], sum: [] })).toEqual([]);
        expect(await store.aggregate('sessions', { groupBy: ['adminId'], sum: [] })).toEqual([]);
      });

      it('reads a missing group field as null, one group with null ones', async () => {
        await store.transaction((tx) => tx.create('audit', entry('a6', '2026-01-06', { actorId: 'z', regionCode: 'r3', detail: { kind: null } })));
        const groups = await store.aggregate('audit', { where: [['actorId', 'in', ['y', 'z']]], groupBy: ['detail.kind'], sum: [] });
        expect(groups).toEqual([{ group: { 'detail.kind': null }, count: 3, sums: {} }]);
      });

      it('answers every group, beyond one page of 1000', async () => {
        // In batches: CloudBase expires a transaction held open for long, and 1,100 writes on a busy machine can outlast it.
        for (let start = 0; start < 1100; start += 100) {
          await store.transaction(async (tx) => {
            for (let i = start; i < start + 100; i++) await tx.create('audit', entry(`p${i}`, '2026-02-01', { actorId: 'many', targetId: `t${i % 1050}`, detail: { n: 1 } }));
          });
        }
        const groups = await store.aggregate('audit', { where: [['actorId', '==', 'many']], groupBy: ['targetId'], sum: ['detail.n'] });
        expect(groups).toHaveLength(1050);
        expect(groups.reduce((total, g) => total + g.sums['detail.n'], 0)).toBe(1100);
        expect(groups.filter((g) => g.count === 2)).toHaveLength(50);
      });

      it('refuses field paths that are not plain names', async () => {
        await expect(store.aggregate('audit', { groupBy: ["at') --"], sum: [] })).rejects.toThrow(/field path/);
        await expect(store.aggregate('audit', { groupBy: [], sum: ['x) FROM c_admins --'] })).rejects.toThrow(/field path/);
      });
    });

    it('answers at most 1000 documents a query, as CloudBase does', async () => {
      await expect(store.find('audit', { limit: 1001 })).rejects.toThrow(/limit/);
    });

    it('refuses field paths that are not plain names', async () => {
      await expect(store.find('audit', { where: [["at') OR 1=1 --", '==', 'x']], limit: 1 })).rejects.toThrow(/field path/);
    });
  });
}
