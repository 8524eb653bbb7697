import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The H5 build loads a stylesheet with the first page that imports it; a
 * class defined in another file's stylesheet then works only after that
 * other page was visited (the 12345 page opened from a link had a 40-px
 * complaint box). So every class a file uses must come from app.scss or
 * from a stylesheet that file imports itself.
 */
const src = resolve(__dirname, '..', 'src');

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

const classesDefinedIn = (scss: string): Set<string> => new Set([...readFileSync(scss, 'utf8').matchAll(/\.([a-z][a-z0-9_-]*)/gi)].map((m) => m[1]));

/** Class names in string literals of className attributes, including template literals' fixed parts. */
function classesUsedIn(tsx: string): string[] {
  const code = readFileSync(tsx, 'utf8');
  const used: string[] = [];
  for (const m of code.matchAll(/className=(?:"([^"]*)"|\{`([^`]*)`\})/g)) {
    const text = (m[1] ?? m[2]).replace(/\$\{[^}]*\}/g, ' ');
    used.push(...text.split(/\s+/).filter((c) => /^[a-z][a-z0-9_-]*$/i.test(c) && !c.endsWith('--') && !c.endsWith('__')));
  }
  for (const m of code.matchAll(/'([a-z][a-z0-9_-]*(?: [a-z][a-z0-9_-]*)*)'/g)) {
    // Class strings built in code, e.g. `elder ? 'screen elder' : 'screen'`.
    if (/^(screen|button|card)/.test(m[1])) used.push(...m[1].split(' '));
  }
  return used;
}

describe('stylesheets', () => {
  const global = classesDefinedIn(join(src, 'app.scss'));
  const files = filesUnder(src, '.tsx');

  it('finds the pages and components', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [f.slice(src.length + 1), f]))('%s uses only classes of app.scss or of stylesheets it imports', (_name, file) => {
    const code = readFileSync(file, 'utf8');
    const imported = [...code.matchAll(/import '(\.[^']+\.scss)';/g)].map((m) => resolve(dirname(file), m[1]));
    const defined = new Set([...global, ...imported.flatMap((s) => [...classesDefinedIn(s)])]);
    const missing = classesUsedIn(file).filter((c) => !defined.has(c));
    expect(missing).toEqual([]);
  });
});
