// Writes cloudbaserc.json from the function registry (src/functions/index.ts);
// the build checks the committed file is still what the registry generates.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadTypeScript } from './loadTypeScript.mjs';

const CLOUDBASERC = fileURLToPath(new URL('../cloudbaserc.json', import.meta.url));
const deployConfigText = async () => (await loadTypeScript('src/runtime/deployConfig.ts')).cloudbaseConfigText();

/** The committed configuration, refused when the registry has moved on without it. */
export async function committedDeployConfig() {
  const text = await deployConfigText();
  if (readFileSync(CLOUDBASERC, 'utf8') !== text) {
    throw new Error('cloudbaserc.json differs from the function registry: run `npm run deploy:config -w @sunshine/cloudfunctions` and commit it');
  }
  return JSON.parse(text);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(CLOUDBASERC, await deployConfigText());
  console.log('cloudbaserc.json written from the function registry');
}
