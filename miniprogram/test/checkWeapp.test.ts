import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Runs against the real weapp build, which the test command makes first.
const miniprogram = path.resolve(__dirname, '..');
const built = path.join(miniprogram, 'dist', 'weapp');
let copy: string;

function check(dir: string) {
  const result = spawnSync(process.execPath, [path.join(miniprogram, 'scripts', 'check-weapp.mjs'), dir], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(() => {
  if (!fs.existsSync(path.join(built, 'app.json'))) throw new Error('run "npm run build:weapp -w @sunshine/miniprogram" first');
});

beforeEach(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-copy-'));
  fs.cpSync(built, copy, { recursive: true });
});

afterEach(() => fs.rmSync(copy, { recursive: true, force: true }));

describe('check:weapp on a broken copy of the build', () => {
  it('fails on an unclosed template tag and names file, line and column', () => {
    fs.writeFileSync(path.join(copy, 'pages/index/index.wxml'), '<view><text>{{name</view>');
    const { status, output } = check(copy);
    expect(status).toBe(1);
    expect(output).toContain('pages/index/index.wxml:1:');
  });

  it('fails on a broken style sheet', () => {
    fs.appendFileSync(path.join(copy, 'pages/index/index.wxss'), '\n.broken {{ color: red; }');
    const { status, output } = check(copy);
    expect(status).toBe(1);
    expect(output).toContain('pages/index/index.wxss(');
  });

  it('fails when zod reaches the package, naming the file', () => {
    // The line zod's core registers its base class with, as a minified bundle keeps it.
    fs.appendFileSync(path.join(copy, 'vendors.js'), '\nvar Ue=H("$ZodType",function(e,t){});\n');
    const { status, output } = check(copy);
    expect(status).toBe(1);
    expect(output).toContain('zod is in the weapp package (vendors.js)');
  });

  it('fails when app.json lists a page that does not exist', () => {
    const appJson = path.join(copy, 'app.json');
    const app = JSON.parse(fs.readFileSync(appJson, 'utf8'));
    fs.writeFileSync(appJson, JSON.stringify({ ...app, pages: [...app.pages, 'pages/missing/index'] }));
    const { status, output } = check(copy);
    expect(status).toBe(1);
    expect(output).toContain('pages/missing/index');
  });
});
