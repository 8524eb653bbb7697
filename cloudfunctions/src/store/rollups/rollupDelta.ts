import { ancestorCode, regionPathOf, rollupPeriodsOf, type TContribution } from '@sunshine/shared';
import type { TFigureRollupDoc } from '../documents';

export type TRollupLevel = TFigureRollupDoc['level'];

export const rollupId = (level: TRollupLevel, regionCode: string, period: string) => `${level}:${regionCode}:${period}`;

/** Counters of the villages covered, kept from a village's `published` (and each department's) rather than from records. */
const PUBLISHED = 'published';
const VILLAGES_PUBLISHING = 'villagesPublishing';
const coverageCounterOf = (name: string): string | null =>
  name === PUBLISHED ? VILLAGES_PUBLISHING : name.startsWith(`${PUBLISHED}__`) ? `${VILLAGES_PUBLISHING}${name.slice(PUBLISHED.length)}` : null;

interface TVillageChange {
  villageCode: string;
  period: string;
  counters: Record<string, number>;
}

/**
 * What a set of records adds to (or, with sign −1, takes from) the village
 * rollups, by village and period: each contribution counts in the month,
 * quarter and year of its day and in `all`.
 */
export class RollupDelta {
  private readonly villages = new Map<string, TVillageChange>();

  add(contributions: readonly TContribution[], sign: 1 | -1): void {
    for (const { villageCode, day, counters } of contributions) {
      for (const period of rollupPeriodsOf(day)) {
        const id = rollupId('village', villageCode, period);
        const change: TVillageChange = this.villages.get(id) ?? { villageCode, period, counters: {} };
        for (const [name, n] of Object.entries(counters)) change.counters[name] = (change.counters[name] ?? 0) + sign * n;
        this.villages.set(id, change);
      }
    }
  }

  /** The village changes that move something, and the rollup ids they touch (their own and their township's). */
  changes(): { villages: (TVillageChange & { id: string })[]; ids: string[] } {
    const villages = [...this.villages].filter(([, c]) => Object.values(c.counters).some((n) => n !== 0)).map(([id, c]) => ({ id, ...c }));
    const ids = new Set<string>();
    for (const v of villages) {
      ids.add(v.id);
      ids.add(rollupId('township', ancestorCode(v.villageCode, 'township'), v.period));
    }
    return { villages, ids: [...ids] };
  }
}

const emptyDoc = (level: TRollupLevel, regionCode: string, period: string, villageCode: string): TFigureRollupDoc => {
  const { provinceCode, cityCode, countyCode, townshipCode } = regionPathOf(villageCode);
  return {
    _id: rollupId(level, regionCode, period),
    level,
    regionCode,
    period,
    provinceCode,
    cityCode,
    countyCode,
    townshipCode,
    ...(level === 'village' ? { villageCode } : {}),
    counters: {},
  };
};

function addCounters(target: Record<string, number>, change: Record<string, number>): void {
  for (const [name, n] of Object.entries(change)) {
    const value = (target[name] ?? 0) + n;
    // A counter back at 0 is dropped, so kept rollups look exactly as rebuilt ones.
    if (value === 0) delete target[name];
    else target[name] = value;
  }
}

/**
 * The rollups after `delta`, from the current ones (null = none yet): each
 * changed village doc, and its township's doc moved by the same amounts.
 * A village covers a period (villagesPublishing 1) while it has a first
 * publication in it; its township counts such villages. A rollup left with
 * no counters is removed (null), as a rebuild would not write it.
 */
export function nextRollups(delta: RollupDelta, current: ReadonlyMap<string, TFigureRollupDoc | null>): Map<string, TFigureRollupDoc | null> {
  const next = new Map<string, TFigureRollupDoc>();
  const docOf = (level: TRollupLevel, regionCode: string, period: string, villageCode: string) => {
    const id = rollupId(level, regionCode, period);
    let doc = next.get(id);
    if (!doc) {
      const existing = current.get(id);
      doc = existing ? structuredClone(existing) : emptyDoc(level, regionCode, period, villageCode);
      next.set(id, doc);
    }
    return doc;
  };
  for (const { villageCode, period, counters } of delta.changes().villages) {
    const village = docOf('village', villageCode, period, villageCode);
    const township = docOf('township', ancestorCode(villageCode, 'township'), period, villageCode);
    const before = { ...village.counters };
    addCounters(village.counters, counters);
    addCounters(township.counters, counters);
    for (const name of Object.keys(counters)) {
      const coverage = coverageCounterOf(name);
      if (!coverage) continue;
      const was = (before[name] ?? 0) > 0 ? 1 : 0;
      const is = (village.counters[name] ?? 0) > 0 ? 1 : 0;
      if (was === is) continue;
      addCounters(village.counters, { [coverage]: is - was });
      addCounters(township.counters, { [coverage]: is - was });
    }
  }
  return new Map([...next].map(([id, doc]) => [id, Object.keys(doc.counters).length ? doc : null]));
}
