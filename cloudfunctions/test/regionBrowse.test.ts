import { CLOUD_FUNCTIONS } from '../src/functions';
import { withDemoAdmins } from './support/demo';
import { callHttp, dataOf } from './support/invoke';
import { publish } from './support/publishing';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

const { region } = CLOUD_FUNCTIONS;
const FAKU = '210124000000';
const DAGUJIAZI_TOWN = '210124101000';
const DAGUJIAZI = '210124101200';

let runtime: TTestRuntime;
beforeAll(async () => {
  runtime = openTestRuntime();
  const signIn = await withDemoAdmins(runtime);
  await publish(runtime, await signIn('dagujiazi'), await signIn('dagujiazi_zhen'));
});
afterAll(() => runtime.close());

describe('browsing the region tree', () => {
  it('starts at the provinces and counts what lies below each', async () => {
    const top = dataOf(await callHttp(runtime, region, 'browse', {}));
    expect(top.region).toBeNull();
    expect(top.children.items.map((r: { name: string }) => r.name)).toEqual(['辽宁省']);
    const liaoning = top.children.items[0];
    expect(liaoning.counts.publishedCount).toBe(1);
    expect(liaoning.counts.villageCount).toBeGreaterThan(200);
  });

  it('gives a county its townships, each with its own village and record counts', async () => {
    const faku = dataOf(await callHttp(runtime, region, 'browse', { code: FAKU, pageSize: 100 }));
    expect(faku.region.name).toBe('法库县');
    expect(faku.ancestors.map((r: { name: string }) => r.name)).toEqual(['辽宁省', '沈阳市']);
    const towns = faku.children.items as { code: string; level: string; place: string; counts: { villageCount: number; publishedCount: number } }[];
    expect(towns.every((t) => t.level === 'township')).toBe(true);
    expect(towns.reduce((n, t) => n + t.counts.villageCount, 0)).toBe(faku.region.counts.villageCount);
    const town = towns.find((t) => t.code === DAGUJIAZI_TOWN)!;
    expect(town.place).toBe('辽宁省 沈阳市 法库县');
    expect(town.counts.publishedCount).toBe(1);
    expect(towns.filter((t) => t.code !== DAGUJIAZI_TOWN).every((t) => t.counts.publishedCount === 0)).toBe(true);
  });

  it('pages the children', async () => {
    const first = dataOf(await callHttp(runtime, region, 'browse', { code: FAKU, page: 1, pageSize: 5 }));
    const second = dataOf(await callHttp(runtime, region, 'browse', { code: FAKU, page: 2, pageSize: 5 }));
    expect(first.children.items).toHaveLength(5);
    expect(second.children.items[0].code > first.children.items[4].code).toBe(true);
    expect(first.children.total).toBe(second.children.total);
  });

  it('counts a village as one village with its own records', async () => {
    const town = dataOf(await callHttp(runtime, region, 'browse', { code: DAGUJIAZI_TOWN, pageSize: 100 }));
    const village = town.children.items.find((v: { code: string }) => v.code === DAGUJIAZI);
    expect(village.counts).toEqual({ villageCount: 1, publishedCount: 1 });
  });

  it('refuses an unknown region with a Chinese message', async () => {
    const result = await callHttp(runtime, region, 'browse', { code: '210124999000' });
    expect(!result.ok && result.error.code).toBe('REGION_NOT_FOUND');
  });
});

describe('searching by name', () => {
  it('finds villages and townships by the start of their name', async () => {
    const found = dataOf(await callHttp(runtime, region, 'search', { q: '大孤家子' }));
    const names = found.items.map((r: { name: string }) => r.name);
    expect(names).toEqual(expect.arrayContaining(['大孤家子镇', '大孤家子村委会']));
    expect(names.every((n: string) => n.startsWith('大孤家子'))).toBe(true);
    const village = found.items.find((r: { code: string }) => r.code === DAGUJIAZI);
    expect(village.place).toBe('辽宁省 沈阳市 法库县 大孤家子镇');
  });

  it('narrows to a region with `within`', async () => {
    const all = dataOf(await callHttp(runtime, region, 'search', { q: '拉马', pageSize: 100 }));
    const inTown = dataOf(await callHttp(runtime, region, 'search', { q: '拉马', within: DAGUJIAZI_TOWN, pageSize: 100 }));
    expect(inTown.items.length).toBeGreaterThan(0);
    expect(inTown.items.every((r: { code: string }) => r.code.startsWith('210124101'))).toBe(true);
    expect(all.total).toBeGreaterThanOrEqual(inTown.total);
    const elsewhere = dataOf(await callHttp(runtime, region, 'search', { q: '拉马', within: '210124102000' }));
    expect(elsewhere.items.every((r: { code: string }) => r.code.startsWith('210124102'))).toBe(true);
  });

  it('answers nothing, not everything, for a name that is not there', async () => {
    const none = dataOf(await callHttp(runtime, region, 'search', { q: '不存在的村子' }));
    expect(none).toMatchObject({ items: [], total: 0 });
  });

  it('refuses an empty or over-long query', async () => {
    for (const q of ['  ', '很'.repeat(21)]) {
      const result = await callHttp(runtime, region, 'search', { q });
      expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
      expect(!result.ok && result.error.issues?.[0].field).toBe('q');
    }
  });
});
