import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// The real weapp build, rendered by WeChat's exparser (miniprogram-simulate) in a child process.
const miniprogram = path.resolve(__dirname, '..');
const root = path.join(miniprogram, 'dist', 'weapp');
const VILLAGE = '210124101200';

interface TRun {
  textBefore: string;
  textAfter: string;
  calls: [string, unknown][];
}

function run(page: string, query: Record<string, string>, answers: Record<string, unknown>, tapText: string): TRun {
  const spec = JSON.stringify({ root, page, query, answers, tapText });
  const result = spawnSync(process.execPath, [path.join(__dirname, 'support', 'simulateWeapp.cjs'), spec], { encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0) throw new Error(`simulation failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!);
}

const published = {
  id: 'd-1',
  villageCode: VILLAGE,
  villageName: '大孤家子村',
  catalogItemId: 'village-subsistence-allowance',
  catalogItemTitle: '最低生活保障',
  category: 'village',
  title: '2026 年第一季度低保名单',
  body: '如有异议请于 7 日内反映。',
  table: null,
  publishedAt: '2026-04-02T02:00:00.000Z',
  version: 1,
  correctionReason: null,
  commentPeriod: null,
  attachments: [],
};

beforeAll(() => {
  if (!fs.existsSync(path.join(root, 'app.json'))) throw new Error('run "npm run build:weapp -w @sunshine/miniprogram" first');
});

describe('the weapp build under exparser', () => {
  it('renders the village home from the cloud answer and opens identity binding on a tap', () => {
    const home = {
      village: { code: VILLAGE, name: '大孤家子村村委会', displayName: '大孤家子村', kind: 'village', ancestors: [{ code: '210000000000', name: '辽宁省', level: 'province', parentCode: null }] },
      categories: [{ category: 'village', name: '村务', total: 1, latest: [published] }],
    };
    const result = run('pages/village/index', { code: VILLAGE }, { 'publicDisclosure.villageHome': home }, '绑定身份');
    expect(result.calls[0]).toEqual(['publicDisclosure.villageHome', { villageCode: VILLAGE }]);
    expect(result.textBefore).toContain('大孤家子村');
    expect(result.textBefore).toContain('2026 年第一季度低保名单');
    expect(result.calls).toContainEqual(['navigateTo', `/pages/identity/index?code=${VILLAGE}`]);
  });

  it('renders a disclosure and sends a rating on a tap', () => {
    const result = run('pages/disclosure/index', { id: 'd-1' }, { 'publicDisclosure.get': published, 'feedback.myRating': { disclosureId: 'd-1', rating: null }, 'feedback.rate': { disclosureId: 'd-1', rating: 'satisfied' } }, '满意');
    expect(result.textBefore).toContain('2026 年第一季度低保名单');
    expect(result.textBefore).toContain('如有异议请于 7 日内反映。');
    expect(result.calls).toContainEqual(['feedback.rate', { disclosureId: 'd-1', rating: 'satisfied', requestId: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/) }]);
    expect(result.textAfter).toContain('已评价：满意');
  });

  it('renders my payments and opens the list on a tap', () => {
    const payment = { disclosureId: 'd-1', villageCode: VILLAGE, villageName: '大孤家子村', title: published.title, catalogItemTitle: '最低生活保障', period: '2026-Q1', publishedAt: published.publishedAt, amount: '1380.00', cells: [{ label: '金额（元）', value: '1380.00' }] };
    const result = run('pages/payments/index', {}, { 'payments.mine': { items: [payment], total: 1, page: 1, pageSize: 20 } }, '1380.00 元');
    expect(result.textBefore).toContain('共 1 条');
    expect(result.textBefore).toContain('1380.00 元');
    expect(result.calls).toContainEqual(['navigateTo', '/pages/disclosure/index?id=d-1']);
  });
});
