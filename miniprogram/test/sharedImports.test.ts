import fs from 'node:fs';
import path from 'node:path';

/**
 * The resident app takes values from @sunshine/shared only through its
 * zod-free model entry (shared/test/packageEntries.test.ts keeps that entry
 * free of zod); the root and the contracts bring zod into the weapp package,
 * so from them it may import types alone, which compile away.
 */
const srcDir = path.resolve(__dirname, '..', 'src');
const IMPORT = /(?:^|\n)\s*import\s+(type\s+)?([^'";]*?)\s+from\s+['"](@sunshine\/shared[^'"]*)['"]/g;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** True when every name in `{ a, type B }` is a type. */
const onlyTypes = (clause: string) =>
  /^\{[^}]*\}$/.test(clause.trim()) &&
  clause
    .replace(/[{}]/g, '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .every((name) => name.startsWith('type '));

describe('imports of @sunshine/shared in the resident app', () => {
  const imports = sourceFiles(srcDir).flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(IMPORT)].map(([, typeOnly, clause, specifier]) => ({
      file: path.relative(srcDir, file),
      typeOnly: Boolean(typeOnly) || onlyTypes(clause),
      specifier,
    })),
  );

  it('take values only from the model entry', () => {
    const offenders = imports.filter((i) => !i.typeOnly && i.specifier !== '@sunshine/shared/model');
    expect(offenders).toEqual([]);
    expect(imports.some((i) => i.specifier === '@sunshine/shared/model')).toBe(true);
  });

  it('name only the entries the package exports', () => {
    const entries = ['@sunshine/shared', '@sunshine/shared/model', '@sunshine/shared/contracts'];
    expect(imports.filter((i) => !entries.includes(i.specifier))).toEqual([]);
  });
});
