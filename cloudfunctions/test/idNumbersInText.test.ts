import { importedRowProblems } from '@sunshine/shared';
import { CLOUD_FUNCTIONS } from '../src/functions';
import { demoIdNumber } from '../src/local/demoData';
import { withDemoAdmins } from './support/demo';
import { callHttp, dataOf } from './support/invoke';
import { allowanceList } from './support/publishing';
import { openTestRuntime, type TTestRuntime } from './support/testRuntime';

/** Issue 9: an ID number typed into free text would be published as typed; it is refused, naming the field. */
const { disclosure } = CLOUD_FUNCTIONS;
const ID = demoIdNumber('19480312', 22);
const OLD_ID = '210124480312022';

let runtime: TTestRuntime;
let villageToken: string;

beforeAll(async () => {
  runtime = openTestRuntime();
  villageToken = await (await withDemoAdmins(runtime))('dagujiazi');
});
afterAll(() => runtime.close());

const create = (input: object) => callHttp(runtime, disclosure, 'create', { ...allowanceList(), ...input }, villageToken);

describe('ID numbers in free text', () => {
  it.each([
    ['title', { title: `张桂兰 ${ID} 低保名单` }, '标题中含有身份证号，请删除或只填写在身份证号列。'],
    ['body', { body: `经核实，张桂兰（身份证号 ${ID.toLowerCase()}）符合条件。` }, '正文中含有身份证号，请删除或只填写在身份证号列。'],
    ['body, old 15-digit form', { body: `原证号${OLD_ID}` }, '正文中含有身份证号，请删除或只填写在身份证号列。'],
  ])('refuses one in the %s, storing nothing', async (field, input, message) => {
    const before = await runtime.store.count('disclosures');
    const result = await create(input);
    expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
    expect(!result.ok && result.error.issues).toEqual([{ field: field.split(',')[0], message }]);
    expect(await runtime.store.count('disclosures')).toBe(before);
  });

  it('refuses one in a name cell of a list row, on create and on update', async () => {
    const row = { cells: { name: `张桂兰${ID}`, idNumber: ID, amount: '1380.00' } };
    const created = await create({ rows: [row] });
    expect(!created.ok && created.error.issues).toEqual([{ field: 'rows.0.name', message: '第 1 行：姓名中含有身份证号，请删除或只填写在身份证号列。' }]);
    const draft = dataOf(await create({}));
    const updated = await callHttp(runtime, disclosure, 'update', { ...allowanceList([row]), id: draft.id }, villageToken);
    expect(!updated.ok && updated.error.issues?.[0].message).toContain('姓名中含有身份证号');
    expect(JSON.stringify(await runtime.store.get('disclosures', draft.id))).not.toContain(ID);
  });

  it('refuses one in a cell of an imported list, by the same rule', () => {
    const columns = [{ key: 'name', label: '姓名', type: 'text' as const }, { key: 'idNumber', label: '身份证号', type: 'idNumber' as const }];
    expect(importedRowProblems(columns, 2, [`张桂兰 ${ID}`, ID])).toEqual([{ row: 2, column: '姓名', message: '第 2 行“姓名”：姓名中含有身份证号，请删除或只填写在身份证号列。' }]);
  });

  it('lets numbers that are not ID numbers through', async () => {
    const result = await create({ body: '补助 1380.00 元，联系电话 13812345678，账号 6222021101051949123100201。' });
    expect(result.ok).toBe(true);
  });
});
