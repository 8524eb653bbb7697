import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * `npm run bench` at the tiny scale, for a second per path: it generates,
 * measures every path against its baseline and prints the table. Only that
 * it runs and what it prints is checked; figures are never asserted.
 */
const ROOT = join(__dirname, '..', '..');
const BENCH = join(ROOT, 'cloudfunctions', 'dist-local', 'bench.js');
let dataDir: string;

beforeAll(() => {
  if (!existsSync(BENCH)) throw new Error('cloudfunctions/dist-local is missing: run `npm run build -w @sunshine/cloudfunctions` first');
  dataDir = mkdtempSync(join(tmpdir(), 'sunshine-bench-test-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const run = () => promisify(execFile)(process.execPath, [BENCH, '--scale', 'tiny', '--data-dir', dataDir, '--duration', '1', '--skip-import'], { maxBuffer: 16 * 1024 * 1024 });

it('generates tiny data once, then prints a row with a baseline ratio for every read path', async () => {
  const first = await run();
  expect(first.stdout).toContain('生成完毕');
  for (const path of ['villageHome', 'get', 'listByVillage', 'payments.mine', 'review.queue', 'supervision.cases']) {
    expect(first.stdout).toMatch(new RegExp(`${path.replace('.', '\\.')} *\\|[^\\n]*\\| +\\d+% \\| [\\d.]+x \\|`));
  }
  expect(first.stdout).not.toContain('网关失败');
  for (const level of ['县 county', '省 province']) expect(first.stdout).toMatch(new RegExp(`${level} +\\| \\d{4}-\\d{2} +\\|[^\\n]*\\| +[\\d.]+x \\| +[\\d.]+x \\|`));
  expect(JSON.parse(readFileSync(join(dataDir, 'bench-marker.json'), 'utf8'))).toMatchObject({ scale: 'tiny', villagesDone: 2, finishedAt: expect.any(String) });

  const second = await run();
  expect(second.stdout).toContain('跳过生成');
  expect(second.stdout).toMatch(/villageHome *\|/);
}, 120_000);
