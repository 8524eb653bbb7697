import { buildSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTION_REGISTRY } from '../src/functions';
import { cloudbaseConfigText } from '../src/runtime/deployConfig';
import type { TIntegration } from '../src/runtime/integrationSettings';

const PACKAGE = join(__dirname, '..');
const COMMITTED = join(PACKAGE, '..', 'cloudbaserc.json');

/** How a module shows it uses an integration beyond the store, which every function uses. */
const READERS: Record<Exclude<TIntegration, 'store'>, RegExp> = {
  files: /\bctx\.files\./,
  contentCheck: /integrationsOf\(ctx\)\.contentCheck\b/,
  notifier: /integrationsOf\(ctx\)\.notifiers\b/,
  hotline: /integrationsOf\(ctx\)\.hotline\b/,
  hotlineCallback: /config\.SUNSHINE_HOTLINE_CALLBACK_SECRET\b/,
};

/** The integrations a function's code can reach: those read by any module its source imports, directly or not. */
function reachedIntegrations(name: string): string[] {
  const { metafile } = buildSync({
    entryPoints: [join(PACKAGE, 'src', 'functions', `${name}.ts`)],
    absWorkingDir: PACKAGE,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    packages: 'external',
    logLevel: 'silent',
  });
  const sources = Object.keys(metafile.inputs).map((path) => readFileSync(join(PACKAGE, path), 'utf8'));
  return Object.entries(READERS)
    .filter(([, reader]) => sources.some((source) => reader.test(source)))
    .map(([integration]) => integration);
}

describe('cloudbaserc.json', () => {
  it('is what the function registry generates (`npm run deploy:config -w @sunshine/cloudfunctions` writes it)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(cloudbaseConfigText());
  });

  it.each(FUNCTION_REGISTRY.map(({ fn, uses }) => [fn.name, uses]))('declares for %s exactly the integrations its code reaches', (name, uses) => {
    expect([...uses].filter((use) => use !== 'store').sort()).toEqual(reachedIntegrations(name).sort());
    expect(uses).toContain('store');
  });

  it('gives feedback, comments, supervision and the sweep the content-check and notifier settings they read', () => {
    const rc = JSON.parse(readFileSync(COMMITTED, 'utf8'));
    const envOf = (name: string) => Object.keys(rc.functions.find((fn: { name: string }) => fn.name === name).envVariables);
    for (const name of ['feedback', 'disclosureComment', 'supervision', 'feedbackSweep']) expect(envOf(name)).toContain('SUNSHINE_CONTENT_CHECK');
    for (const name of ['feedback', 'supervision', 'feedbackSweep', 'hotlineDispatch']) expect(envOf(name)).toEqual(expect.arrayContaining(['SUNSHINE_NOTIFY', 'SUNSHINE_WECHAT_HOTLINE_TEMPLATE_ID']));
    expect(envOf('hotlineDispatch')).toEqual(expect.arrayContaining(['SUNSHINE_HOTLINE_URL', 'SUNSHINE_HOTLINE_SECRET']));
    // A secret goes only where it is read.
    expect(rc.functions.filter((fn: { envVariables: object }) => 'SUNSHINE_HOTLINE_SECRET' in fn.envVariables).map((fn: { name: string }) => fn.name)).toEqual(['hotlineDispatch']);
  });
});
