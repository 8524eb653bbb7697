import {
  addDays,
  CATALOG,
  catalogItemAppliesTo,
  departmentOfCatalogItem,
  departmentOfItem,
  dueDateOf,
  periodContaining,
  periodicRhythmOf,
  regionPathOf,
  type TCatalogItem,
  type TVillageKind,
  type TWorkingCalendar,
} from '@sunshine/shared';
import type { TLocalCatalogItemDoc } from '../../store/documents';
import { findAll } from '../../store/findAll';
import type { TServiceContext } from '../serviceContext';
import type { TVillageKinds } from './regionTree';

/** An item's deadlines within the dashboard's days, and the villages it is due from. */
interface TDueItem {
  appliesTo: TCatalogItem['appliesTo'];
  deadlines: string[];
}

const monthsBack = (day: string, months: number) => {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
};

/**
 * The deadlines of a periodic item that fall within [from, to]. A period is
 * due in the first month after it ends (a few days later when days off push
 * the day), so the periods ending up to 13 months before `from` are the
 * candidates.
 */
export function deadlinesWithin(item: TCatalogItem, from: string, to: string, calendar: TWorkingCalendar): string[] {
  const rhythm = periodicRhythmOf(item);
  if (!rhythm) return [];
  const periods = new Set<string>();
  for (let day = monthsBack(from, 13); day <= to; day = addDays(day, 28)) periods.add(periodContaining(rhythm, day));
  periods.add(periodContaining(rhythm, to));
  return [...periods].map((p) => dueDateOf(item, p, calendar).dueDate).filter((d) => d >= from && d <= to);
}

/**
 * Due slots: village × catalog item × period, for the periods whose deadline
 * falls in a range of days. A village's catalog is the province's items and
 * its county's and city's own, those that apply to a 村 or 社区 (as the
 * village's to-do list has it), so slots are counted per county and kind and
 * multiplied by the villages of each kind. With a department, its items only.
 */
/** The province's items' deadlines by range and department, kept by the process: the catalog in code changes only with a release. */
const provinceItems = new WeakMap<TWorkingCalendar, Map<string, TDueItem[]>>();

export class DueSlots {
  private readonly province: TDueItem[];
  private readonly local = new Map<string, TDueItem[]>();
  private readonly perVillageMemo = new Map<string, number>();

  private constructor(
    private readonly from: string,
    private readonly to: string,
    private readonly calendar: TWorkingCalendar,
    private readonly department: string | null,
    localItems: readonly TLocalCatalogItemDoc[],
  ) {
    const byKey = provinceItems.get(calendar) ?? new Map<string, TDueItem[]>();
    provinceItems.set(calendar, byKey);
    const key = `${from}|${to}|${department ?? ''}`;
    if (!byKey.has(key)) byKey.set(key, this.dueItems(CATALOG));
    this.province = byKey.get(key)!;
    for (const doc of localItems) {
      const items = this.local.get(doc.ownerRegionCode) ?? [];
      items.push(...this.dueItems([{ ...doc, id: doc._id, department: departmentOfItem(doc) }]));
      this.local.set(doc.ownerRegionCode, items);
    }
  }

  /** Slots with deadlines in [from, to] for the counties given, reading their and their cities' own items once. */
  static async load(ctx: TServiceContext, counties: readonly string[], range: { from: string; to: string }, calendar: TWorkingCalendar, department: string | null): Promise<DueSlots> {
    const owners = [...new Set(counties.flatMap((c) => [c, regionPathOf(c).cityCode]))];
    const localItems = owners.length ? await findAll(ctx.store, 'localCatalogItems', { where: [['ownerRegionCode', 'in', owners]] }) : [];
    return new DueSlots(range.from, range.to, calendar, department, localItems);
  }

  private dueItems(items: readonly TCatalogItem[]): TDueItem[] {
    return items
      .filter((item) => periodicRhythmOf(item) && (!this.department || departmentOfCatalogItem(item.id) === this.department))
      .map((item) => ({ appliesTo: item.appliesTo, deadlines: deadlinesWithin(item, this.from, this.to, this.calendar) }))
      .filter((item) => item.deadlines.length > 0);
  }

  /** Slots of one village of `kind` in `county` with deadlines in [from, to] (within the loaded range). */
  perVillage(county: string, kind: TVillageKind, from: string, to: string): number {
    const key = `${county}|${kind}|${from}|${to}`;
    const known = this.perVillageMemo.get(key);
    if (known !== undefined) return known;
    const items = [...this.province, ...(this.local.get(county) ?? []), ...(this.local.get(regionPathOf(county).cityCode) ?? [])];
    let slots = 0;
    for (const item of items) {
      if (!catalogItemAppliesTo(item, kind)) continue;
      for (const d of item.deadlines) if (d >= from && d <= to) slots += 1;
    }
    this.perVillageMemo.set(key, slots);
    return slots;
  }

  /** The deadlines within [from, to] of any loaded item, each once, in order. */
  deadlinesIn(from: string, to: string): string[] {
    const all = [...this.province, ...[...this.local.values()].flat()].flatMap((item) => item.deadlines);
    return [...new Set(all.filter((d) => d >= from && d <= to))].sort();
  }

  /** Slots of all the villages given by county and kind. */
  of(villagesByCounty: ReadonlyMap<string, TVillageKinds>, from: string, to: string): number {
    let slots = 0;
    for (const [county, kinds] of villagesByCounty) {
      slots += kinds.village * this.perVillage(county, 'village', from, to) + kinds.community * this.perVillage(county, 'community', from, to);
    }
    return slots;
  }
}
