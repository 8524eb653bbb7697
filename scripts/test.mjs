// The one test command: type-check, build every part the tests exercise
// (functions, console, H5 and weapp builds), check the weapp output with
// WeChat's own compilers, then run every jest test (unit, handler, HTTP,
// browser). Prints how long each step took and a closing count line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (command) => spawnSync(command, { cwd: root, stdio: 'inherit', shell: true, env: { ...process.env, CI: 'true' } }).status;

function ensureInstalled() {
  if (existsSync(join(root, 'node_modules', '.bin', 'jest'))) return;
  console.log('▶ 首次运行：安装依赖（npm install）');
  if (run('npm install --no-audit --no-fund') !== 0) process.exit(1);
}

/** Browser tests drive Debian's chromium; a fresh Debian machine (as root) gets it here. */
function ensureChromium() {
  if (existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('▶ 安装浏览器测试所需的 chromium 与中文字体');
    if (run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk') === 0) return;
  }
  console.error('浏览器测试需要 Debian 的 chromium：apt-get install -y chromium fonts-noto-cjk（或设置 CHROMIUM_PATH）');
  process.exit(1);
}

const steps = [
  ['类型检查', 'npm run typecheck --silent'],
  ['构建云函数', 'npm run build --silent -w @sunshine/cloudfunctions'],
  ['构建管理后台', 'npm run build --silent -w @sunshine/admin-web'],
  ['构建群众端 H5', 'npm run build:h5 --silent -w @sunshine/miniprogram'],
  ['构建群众端 weapp', 'npm run build:weapp --silent -w @sunshine/miniprogram'],
  ['用微信编译器检查 weapp', 'npm run check:weapp --silent -w @sunshine/miniprogram'],
];

ensureInstalled();
ensureChromium();
const timings = [];
for (const [name, command] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const status = run(command);
  timings.push([name, Date.now() - started]);
  if (status !== 0) {
    console.error(`✖ ${name} 失败`);
    process.exit(status ?? 1);
  }
}

// Browser tests each start a gateway and a chromium: run them one at a time
// after the rest, so a 2-core machine never has them racing each other.
const runs = [
  ['测试：单元、云函数、HTTP', '--testPathIgnorePatterns=/e2e/ --testPathIgnorePatterns=/node_modules/ --testPathIgnorePatterns=/dist/'],
  ['测试：浏览器', '--runInBand e2e'],
];
const counts = { passed: 0, failed: 0, skipped: 0 };
let status = 0;
for (const [name, args] of runs) {
  console.log(`\n▶ ${name}`);
  const report = join(mkdtempSync(join(tmpdir(), 'sunshine-jest-')), 'report.json');
  const started = Date.now();
  const runStatus = run(`npx jest --ci --json --outputFile=${report} ${args} ${process.argv.slice(2).join(' ')}`);
  timings.push([name, Date.now() - started]);
  if (runStatus !== 0) status = runStatus ?? 1;
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    counts.passed += r.numPassedTests;
    counts.failed += r.numFailedTests;
    counts.skipped += r.numPendingTests;
  } else {
    status = status || 1;
  }
}

console.log('\n用时：');
for (const [name, ms] of timings) console.log(`  ${name.padEnd(16)} ${(ms / 1000).toFixed(1)} s`);
console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(status);
