#!/usr/bin/env node
// Checks the weapp build with WeChat's own compilers, offline, the way
// WeChat DevTools would before an upload:
//   1. wcc compiles every .wxml/.wxs, wcsc every .wxss (template and style syntax);
//   2. miniprogram-ci compiles the project (app.json, page paths, JS syntax, ES5 pass);
//   3. the compiled bytes of each package stay under WeChat's 2 MB limit;
//   4. no zod in the JS: ES5-compiled it adds ~0.9 MB (the app takes values
//      from @sunshine/shared/model, which is free of it).
// Usage: node scripts/check-weapp.mjs [weapp output dir, default dist/weapp]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const projectDir = path.resolve(process.argv[2] ?? path.join(here, '..', 'dist', 'weapp'));
const PACKAGE_LIMIT = 2 * 1024 * 1024;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function fail(message) {
  console.error(`check:weapp FAILED – ${message}`);
  process.exit(1);
}

function listFiles(dir, ext) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.startsWith('node_modules/'))
    .sort();
}

function readJsonBeside(file) {
  const jsonPath = path.join(projectDir, file.replace(/\.\w+$/, '.json'));
  return fs.existsSync(jsonPath) ? JSON.parse(fs.readFileSync(jsonPath, 'utf8')) : null;
}

/** The package ships wcc/wcsc without the execute bit. */
function compilerBinary(name) {
  const dirs = { linux: 'linux', darwin: 'mac', win32: 'windows' };
  const platform = dirs[process.platform] ?? fail(`no WeChat compiler for ${process.platform}`);
  const binary = path.join(
    path.dirname(require.resolve('miniprogram-compiler/package.json')),
    'bin',
    platform,
    process.platform === 'win32' ? `${name}.exe` : name,
  );
  try {
    fs.chmodSync(binary, 0o755);
  } catch {
    // A read-only install may already be executable; spawning reports it if not.
  }
  return binary;
}

function runCompiler(name, args) {
  const result = spawnSync(compilerBinary(name), args, { cwd: projectDir, maxBuffer: 256 * 1024 * 1024 });
  if (result.error) fail(`${name} could not run: ${result.error.message}`);
  if (result.status !== 0) {
    // wcc reports on stderr, wcsc on stdout; both as file:line:col or file(line:col).
    const report = `${result.stderr}`.trim() || `${result.stdout}`.trim().slice(-4000);
    fail(`${name} exited with ${result.status}:\n${report}`);
  }
}

/** Same arguments as miniprogram-compiler's own wrapper (src/wcc.js). */
function checkWxml() {
  const wxml = listFiles(projectDir, '.wxml');
  const wxs = listFiles(projectDir, '.wxs');
  const components = wxml.flatMap((file) => {
    const using = Object.keys(readJsonBeside(file)?.usingComponents ?? {});
    return using.length ? [[file, using.length, ...using].join(' ')] : [];
  });
  runCompiler('wcc', ['-d', '-cc', [components.length, ...components].join(' '), ...wxml, ...wxs, '-gn', '$gwx']);
  return wxml.length + wxs.length;
}

/** Same arguments as src/wcsc.js: page and component styles (those with a .json) first. */
function checkWxss() {
  const wxss = listFiles(projectDir, '.wxss');
  const withJson = wxss.filter((file) => readJsonBeside(file));
  const plain = wxss.filter((file) => !readJsonBeside(file));
  runCompiler('wcsc', ['-db', '-pc', String(withJson.length), ...withJson, ...plain]);
  return wxss.length;
}

/** Every zod schema class is registered under a name like "$ZodType", which minifiers keep. */
function checkNoZod() {
  const withZod = listFiles(projectDir, '.js').filter((file) => fs.readFileSync(path.join(projectDir, file), 'utf8').includes('"$ZodType"'));
  if (withZod.length) fail(`zod is in the weapp package (${withZod.join(', ')}); import values from @sunshine/shared/model, types only from elsewhere`);
}

async function compileWithCi() {
  // miniprogram-ci logs its progress, and its failed lookups of WeChat's
  // servers as "[error]"; show that chatter only when the compile fails.
  const chatter = [];
  const consoleMethods = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  for (const name of Object.keys(consoleMethods)) console[name] = (...args) => chatter.push(format(...args));
  // The compiler leaves an empty hex-named folder in the working directory.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'check-weapp-'));
  const cwd = process.cwd();
  process.chdir(scratch);
  try {
    const ci = require('miniprogram-ci');
    const project = new ci.Project({
      appid: 'wx0000000000000000',
      type: 'miniProgram',
      projectPath: projectDir,
      privateKey: 'dummy',
      // Our own attr keeps the CI offline: the default asks WeChat's servers.
      attr: async () => ({ ...ci.DefaultProjectAttr }),
    });
    return await ci.getCompiledResult({ project, setting: { minifyWXML: true, minifyWXSS: true, es6: true } });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return new Error(`miniprogram-ci: ${message}\n--- its log ---\n${chatter.join('\n')}`);
  } finally {
    Object.assign(console, consoleMethods);
    process.chdir(cwd);
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function packageSizes(compiled) {
  const appJson = JSON.parse(fs.readFileSync(path.join(projectDir, 'app.json'), 'utf8'));
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((sub) => sub.root.replace(/\/?$/, '/'));
  const sizes = new Map([['main', 0], ...roots.map((root) => [root, 0])]);
  for (const [file, content] of Object.entries(compiled)) {
    const owner = roots.find((root) => file.startsWith(root)) ?? 'main';
    const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
    sizes.set(owner, sizes.get(owner) + bytes);
  }
  return sizes;
}

if (!fs.existsSync(path.join(projectDir, 'app.json'))) {
  fail(`${projectDir}/app.json not found; run "npm run build:weapp" first`);
}
checkNoZod();
const templates = checkWxml();
const styles = checkWxss();
console.log(`wcc: ${templates} wxml/wxs files ok; wcsc: ${styles} wxss files ok`);

const compiled = await compileWithCi();
if (compiled instanceof Error) fail(compiled.message);
const sizes = packageSizes(compiled);
for (const [name, bytes] of sizes) {
  console.log(`weapp ${name === 'main' ? 'main package' : `subpackage ${name}`}: ${kb(bytes)} (limit ${kb(PACKAGE_LIMIT)})`);
}
const oversized = [...sizes].filter(([, bytes]) => bytes > PACKAGE_LIMIT).map(([name]) => name);
if (oversized.length) fail(`over 2 MB: ${oversized.join(', ')}`);

const total = [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0);
console.log(
  `check:weapp OK – wcc/wcsc clean, miniprogram-ci compiled ${Object.keys(compiled).length} files, ` +
    `main package ${kb(sizes.get('main'))}, ${kb(total)} in all`,
);
// miniprogram-ci keeps worker handles open; do not wait for them.
process.exit(0);
