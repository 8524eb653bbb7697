import { CLOUD_FUNCTIONS } from '../src/functions';
import { demoIdNumber } from '../src/local/demoData';
import { withDemoAdmins } from './support/demo';
import { callHttp, dataOf } from './support/invoke';
import { allowanceList, publish, VILLAGE } from './support/publishing';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

/**
 * Lists show titles and dates; the rows of a list's table belong to its
 * detail page. Carrying every row of every item made the village home and
 * category lists many times larger than their screens (issue 14).
 */
const { publicDisclosure } = CLOUD_FUNCTIONS;
let runtime: TTestRuntime;
let id: string;
const rows = Array.from({ length: 3 }, (_, i) => ({ cells: { name: `村民${i}`, idNumber: demoIdNumber('19600101', i), amount: '1380.00' } }));

beforeAll(async () => {
  runtime = openTestRuntime();
  const signIn = await withDemoAdmins(runtime);
  id = (await publish(runtime, await signIn('dagujiazi'), await signIn('dagujiazi_zhen'), allowanceList(rows))).id;
});
afterAll(() => runtime.close());

it('the village home and the category list carry each table’s columns and size, not its rows; the detail carries the rows', async () => {
  const home = dataOf(await callHttp(runtime, publicDisclosure, 'villageHome', { villageCode: VILLAGE }));
  const latest = home.categories.flatMap((c: { latest: { id: string }[] }) => c.latest).find((d: { id: string }) => d.id === id);
  expect(latest.table).toMatchObject({ total: 3, rows: [] });
  expect(latest.table.columns.length).toBeGreaterThan(0);

  const list = dataOf(await callHttp(runtime, publicDisclosure, 'listByVillage', { villageCode: VILLAGE, category: latest.category, page: 1, pageSize: 20 }));
  expect(list.items.find((d: { id: string }) => d.id === id).table).toMatchObject({ total: 3, rows: [] });

  const detail = dataOf(await callHttp(runtime, publicDisclosure, 'get', { id }));
  expect(detail.table.rows).toHaveLength(3);
  expect(JSON.stringify(detail.table.rows)).not.toContain(rows[0].cells.idNumber);
});
