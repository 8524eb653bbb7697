import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The package's weight classes: `@sunshine/shared/model` must load without
 * zod (the weapp package cannot afford it), and clients reach shared only
 * through the entries package.json exports, never through its src/ folder.
 */
const sharedDir = path.resolve(__dirname, '..');
const repoDir = path.resolve(sharedDir, '..');
const exportsMap: Record<string, string> = JSON.parse(fs.readFileSync(path.join(sharedDir, 'package.json'), 'utf8')).exports;

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;

/** Every module the entry loads at run time, following value imports only (type imports vanish when compiled). */
function runtimeGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const specifiers: string[] = [];
    graph.set(file, specifiers);
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(IMPORT)) {
      if (match[1]) continue;
      const specifier = match[2];
      specifiers.push(specifier);
      if (!specifier.startsWith('.')) continue;
      const base = path.resolve(path.dirname(file), specifier);
      const resolved = [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(candidate));
      if (!resolved) throw new Error(`${file}: cannot resolve ${specifier}`);
      visit(resolved);
    }
  };
  visit(entry);
  return graph;
}

describe('@sunshine/shared entries', () => {
  it('loads the model entry without zod or the zod locale', () => {
    const graph = runtimeGraph(path.join(sharedDir, exportsMap['./model']));
    const offenders = [...graph].flatMap(([file, specifiers]) =>
      specifiers.filter((s) => s === 'zod' || s.startsWith('zod/') || /zodLocale$/.test(s)).map((s) => `${path.relative(sharedDir, file)} imports ${s}`),
    );
    expect(offenders).toEqual([]);
    // The walk itself must see the modules the front ends rely on.
    expect([...graph.keys()].map((file) => path.relative(sharedDir, file))).toEqual(
      expect.arrayContaining(['src/catalog/categories.ts', 'src/regionCode.ts', 'src/errors.ts', 'src/feedback.ts']),
    );
  });

  it('sees zod through the contracts entry, so the walk can tell', () => {
    const graph = runtimeGraph(path.join(sharedDir, exportsMap['./contracts']));
    expect([...graph.values()].flat()).toContain('zod');
  });

  it('is reached by no client through its src/ folder', () => {
    // Spelled in parts so that this file does not find itself.
    const deepImport = ['@sunshine', 'shared', 'src'].join('/');
    const grep = spawnSync('git', ['grep', '-n', '-F', deepImport], { cwd: repoDir, encoding: 'utf8' });
    expect(grep.stdout).toBe('');
    expect(grep.status).toBe(1);
  });
});
