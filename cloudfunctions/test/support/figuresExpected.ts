import { CATALOG, catalogItemAppliesTo, chinaDateOf, dueDateOf, isWorkingDay, periodicRhythmOf, type TFigureKey, type TWorkingCalendar } from '@sunshine/shared';
import type { DocumentStore, TDocOf } from '../../src/store/DocumentStore';
import type { TCollectionName } from '../../src/store/documents';
import { findAll } from '../../src/store/findAll';

/**
 * The dashboard's figures counted straight from the records, the way a
 * person with the records and the definitions would count them: no
 * rollups, no counters, none of the figures code. Tests compare the
 * dashboard's answers with these.
 */
export interface TRecords {
  villages: TDocOf<'regions'>[];
  disclosures: TDocOf<'disclosures'>[];
  filings: TDocOf<'filings'>[];
  feedback: TDocOf<'feedback'>[];
  ratings: TDocOf<'ratings'>[];
  surveys: TDocOf<'surveys'>[];
  orders: TDocOf<'supervisionOrders'>[];
  hotline: TDocOf<'hotlineOrders'>[];
  residents: TDocOf<'residents'>[];
}

const everything = <C extends TCollectionName>(store: DocumentStore, collection: C) => findAll(store, collection, { where: [] });

export async function loadRecords(store: DocumentStore): Promise<TRecords> {
  return {
    villages: await findAll(store, 'regions', { where: [['level', '==', 'village']] }),
    disclosures: await everything(store, 'disclosures'),
    filings: await everything(store, 'filings'),
    feedback: await everything(store, 'feedback'),
    ratings: await everything(store, 'ratings'),
    surveys: await everything(store, 'surveys'),
    orders: await everything(store, 'supervisionOrders'),
    hotline: await everything(store, 'hotlineOrders'),
    residents: await everything(store, 'residents'),
  };
}

type TValue = { value: number | null; base: number };

const day = (instant: string) => chinaDateOf(new Date(instant));
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/** First and last day of 2026-11, 2026-Q4 or 2026. */
export function rangeOf(period: string): [string, string] {
  const year = period.slice(0, 4);
  const months = period.length === 4 ? [1, 12] : period.includes('Q') ? [(Number(period.slice(6)) - 1) * 3 + 1, Number(period.slice(6)) * 3] : [Number(period.slice(5)), Number(period.slice(5))];
  const last = new Date(Date.UTC(Number(year), months[1], 0)).getUTCDate();
  return [`${year}-${String(months[0]).padStart(2, '0')}-01`, `${year}-${String(months[1]).padStart(2, '0')}-${last}`];
}

const ratio = (n: number, d: number): TValue => ({ value: d > 0 ? n / d : null, base: d });
const count = (n: number): TValue => ({ value: n, base: n });

/** Every period of every rhythm in 2025–2027, the years the world's deadlines can fall in. */
const ALL_PERIODS = [2025, 2026, 2027].flatMap((y) => [
  ...Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`),
  ...[1, 2, 3, 4].map((q) => `${y}-Q${q}`),
  `${y}-H1`,
  `${y}-H2`,
  String(y),
]);
const rhythmOfPeriod = (p: string) => (p.length === 4 ? 'yearly' : p.includes('Q') ? 'quarterly' : p.includes('H') ? 'halfYearly' : 'monthly');

/** Deadlines by item and period (the same for every village), worked out once. */
const deadlines = new Map<string, string>();
const deadlineOf = (item: (typeof CATALOG)[number], period: string, calendar: TWorkingCalendar) => {
  const key = `${item.id}|${period}`;
  let deadline = deadlines.get(key);
  if (!deadline) deadlines.set(key, (deadline = dueDateOf(item, period, calendar).dueDate));
  return deadline;
};

function workingDaysFrom(calendar: TWorkingCalendar, from: string, to: string): number {
  let n = 0;
  for (let d = dayNumber(from) + 1; d <= dayNumber(to); d++) if (isWorkingDay(calendar, new Date(d * 86_400_000).toISOString().slice(0, 10))) n++;
  return n;
}

/** The share-th quantile of decisions' days (16 and more as 16), as "within how many days". */
const quantile = (sorted: number[], share: number) => (sorted.length ? sorted[Math.ceil(sorted.length * share) - 1] : null);

/** The figures of the villages whose codes start with `prefix`, for `period`, as of `now`. */
export function expectedFigures(records: TRecords, prefix: string, period: string, now: Date, calendar: TWorkingCalendar): Record<TFigureKey, TValue> {
  const [first, last] = rangeOf(period);
  const today = chinaDateOf(now);
  const within = (d: string) => d >= first && d <= last;
  const mine = <T extends { villageCode?: string }>(docs: T[]) => docs.filter((d) => d.villageCode?.startsWith(prefix));
  const villages = records.villages.filter((v) => v.code.startsWith(prefix));
  const disclosures = mine(records.disclosures);
  const firstPublications = disclosures.filter((d) => (d.version ?? 1) === 1 && d.publishedAt);

  const publishing = new Set(firstPublications.filter((d) => within(day(d.publishedAt!))).map((d) => d.villageCode));
  const bound = mine(records.residents).filter((r) => r.bindingStatus === 'verified' && r.decidedAt && day(r.decidedAt) <= last).length;

  const filled = new Set([
    ...firstPublications.filter((d) => d.period).map((d) => `${d.villageCode}|${d.catalogItemId}|${d.period}`),
    ...mine(records.filings).filter((f) => f.status === 'approved').map((f) => `${f.villageCode}|${f.catalogItemId}|${f.period}`),
  ]);
  let slots = 0;
  let fulfilled = 0;
  for (const village of villages) {
    for (const item of CATALOG) {
      const rhythm = periodicRhythmOf(item);
      if (!rhythm || !catalogItemAppliesTo(item, village.kind ?? 'village')) continue;
      for (const p of ALL_PERIODS.filter((x) => rhythmOfPeriod(x) === rhythm)) {
        const deadline = deadlineOf(item, p, calendar);
        if (!within(deadline) || deadline > today) continue;
        slots++;
        if (filled.has(`${village.code}|${item.id}|${p}`)) fulfilled++;
      }
    }
  }

  const publishedThen = firstPublications.filter((d) => within(day(d.publishedAt!)) && d.dueDate);
  const decisions: { days: number; rejected: boolean }[] = [];
  for (const d of disclosures) {
    let submitted: string | null = null;
    for (const e of d.history) {
      if (e.action === 'submit' || e.action === 'submitForComment') submitted = day(e.at);
      if ((e.action === 'approve' || e.action === 'reject') && within(day(e.at))) {
        decisions.push({ days: Math.min(16, workingDaysFrom(calendar, submitted ?? day(e.at), day(e.at))), rejected: e.action === 'reject' });
      }
    }
  }
  const reviewDays = decisions.map((d) => d.days).sort((a, b) => a - b);

  const feedback = mine(records.feedback);
  let answered = 0;
  let inTime = 0;
  let escalated = 0;
  let ratings = 0;
  let satisfied = 0;
  const closeDays: number[] = [];
  for (const f of feedback) {
    let due: string | null = null;
    let seenAnswer = false;
    let closedAt: string | null = null;
    for (const e of f.history) {
      if ((e.action === 'submit' || e.action === 'escalate') && e.dueDate) due = e.dueDate;
      if (e.action === 'escalate' && within(day(e.at))) escalated++;
      if ((e.action === 'reply' || e.action === 'fix') && !seenAnswer) {
        seenAnswer = true;
        if (within(day(e.at))) {
          answered++;
          if (due && day(e.at) <= due) inTime++;
        }
      }
      if (e.action === 'rate' && within(day(e.at))) {
        ratings++;
        if (e.rating === 'satisfied') satisfied++;
      }
      if (e.action === 'close') closedAt = e.at;
    }
    if (f.status === 'closed' && closedAt && within(day(closedAt))) closeDays.push(dayNumber(day(closedAt)) - dayNumber(day(f.createdAt)));
  }

  const caseVillage = new Map(records.feedback.map((f) => [f._id, f.villageCode]));
  const orders = records.orders.filter((o) => caseVillage.get(o.feedbackId)?.startsWith(prefix));
  const itemRatings = mine(records.ratings).filter((r) => within(day(r.updatedAt)));
  const surveys = mine(records.surveys).filter((s) => within(`${s.month}-01`));
  const hotline = mine(records.hotline);
  const hotlineThen = hotline.filter((o) => within(day(o.createdAt)));

  return {
    coverage: ratio(publishing.size, villages.length),
    residentsPerVillage: ratio(bound, villages.length),
    completeness: ratio(fulfilled, slots),
    timeliness: ratio(publishedThen.filter((d) => day(d.publishedAt!) <= d.dueDate!).length, publishedThen.length),
    reviewMedianDays: { value: quantile(reviewDays, 0.5), base: decisions.length },
    reviewP90Days: { value: quantile(reviewDays, 0.9), base: decisions.length },
    rejectionRate: ratio(decisions.filter((d) => d.rejected).length, decisions.length),
    messages: count(feedback.filter((f) => within(day(f.createdAt))).length),
    answeredInTimeRate: ratio(inTime, answered),
    escalated: count(escalated),
    ordersOpen: count(orders.filter((o) => o.status === 'issued' && within(day(o.issuedAt))).length),
    ordersClosed: count(orders.filter((o) => o.status === 'fixed' && o.fix && within(day(o.fix.at))).length),
    avgCloseDays: ratio(closeDays.reduce((a, b) => a + b, 0), closeDays.length),
    answerSatisfaction: ratio(satisfied, ratings),
    itemSatisfaction: ratio(itemRatings.filter((r) => r.rating === 'satisfied').length, itemRatings.length),
    surveySatisfaction: ratio(surveys.filter((s) => s.rating === 'satisfied').length, surveys.length),
    hotlineOrders: count(hotlineThen.length),
    hotlineDelivered: count(hotlineThen.filter((o) => o.hotlineOrderNo || o.deliveryState === 'delivered').length),
    hotlineAnswered: count(hotlineThen.filter((o) => ['accepted', 'processing', 'closed'].includes(o.status)).length),
    hotlineStuck: count(hotline.filter((o) => ['pending', 'retrying'].includes(o.deliveryState) && o.overdueAt && o.overdueAt <= now.toISOString()).length),
    warnings: { value: null, base: 0 },
  };
}

/** The prefix of codes inside a region: 2, 4, 6, 9 or 12 digits. */
export function prefixOf(code: string): string {
  for (const n of [2, 4, 6, 9]) if (/^0+$/.test(code.slice(n))) return code.slice(0, n);
  return code;
}
