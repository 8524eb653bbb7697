import { findCatalogItem } from '../catalog';
import { ageInDays } from '../supervision';
import { TOPICS, type TTopic } from '../topics';
import { chinaDateOf, workingDaysBetween, type TWorkingCalendar } from '../workingCalendar';
import { HOTLINE_REPORTED_STATUSES } from '../hotline';
import { departmentCounter, dueFulfilledOnCounter, hotlineTopicCounter, messageTopicCounter, type TItemCounter } from './counters';
import { reviewDayBucket } from './definitions';

/**
 * What one record adds to the counters of its village, day by day. The
 * rollup layer keeps, for every counted collection, contributions(after) −
 * contributions(before) of each write in the write's own transaction, and a
 * rebuild sums the contributions of every record; both use this function and
 * nothing else, so kept and rebuilt rollups agree by construction.
 *
 * Pure: it reads the record only. The shapes below are the fields it reads,
 * structural so that the stored documents of the cloud functions fit them.
 * The rule behind each counter is written once, in counters.ts.
 */
export interface TContribution {
  villageCode: string;
  /** The China calendar day (YYYY-MM-DD) the counters count on. */
  day: string;
  counters: Record<string, number>;
}

export interface TDisclosureRecord {
  villageCode: string;
  catalogItemId: string;
  version?: number;
  dueDate?: string;
  publishedAt: string | null;
  history: readonly { at: string; action: string }[];
}

export interface TFilingRecord {
  villageCode: string;
  catalogItemId: string;
  status: string;
  dueDate: string;
}

export interface TFeedbackRecord {
  villageCode: string;
  catalogItemId?: string;
  topics?: readonly TTopic[];
  status: string;
  createdAt: string;
  history: readonly { at: string; action: string; rating?: string; dueDate?: string }[];
}

export interface TRatingRecord {
  villageCode: string;
  catalogItemId?: string;
  rating: string;
  updatedAt: string;
}

export interface TSurveyRecord {
  villageCode: string;
  month: string;
  rating: string;
}

export interface TSupervisionOrderRecord {
  villageCode?: string;
  status: string;
  issuedAt: string;
  fix: { at: string } | null;
}

export interface THotlineOrderRecord {
  villageCode: string;
  createdAt: string;
  status: string;
  deliveryState: string;
  hotlineOrderNo: string | null;
  topics: readonly string[];
}

export interface TResidentRecord {
  villageCode: string;
  bindingStatus: string;
  decidedAt: string | null;
}

export interface TCountedRecords {
  disclosures: TDisclosureRecord;
  filings: TFilingRecord;
  feedback: TFeedbackRecord;
  ratings: TRatingRecord;
  surveys: TSurveyRecord;
  supervisionOrders: TSupervisionOrderRecord;
  hotlineOrders: THotlineOrderRecord;
  residents: TResidentRecord;
}
export type TCountedCollection = keyof TCountedRecords;
export const COUNTED_COLLECTIONS: readonly TCountedCollection[] = ['disclosures', 'filings', 'feedback', 'ratings', 'surveys', 'supervisionOrders', 'hotlineOrders', 'residents'];
export const isCountedCollection = (name: string): name is TCountedCollection => (COUNTED_COLLECTIONS as readonly string[]).includes(name);

/**
 * The department of a catalog item, from the catalog's own department field:
 * item counters of a known department are also kept under its name. Items
 * the catalog does not place (and records written without their item) count
 * in the all-departments counters only.
 */
export function departmentOfCatalogItem(catalogItemId: string | undefined): string | null {
  if (!catalogItemId) return null;
  const item = findCatalogItem(catalogItemId) as { department?: string } | undefined;
  return item?.department ?? null;
}

const dayOf = (instant: string) => chinaDateOf(new Date(instant));

/** Collects counters by day; item counters also under their department. */
class Tally {
  private readonly byDay = new Map<string, Record<string, number>>();

  constructor(
    private readonly villageCode: string,
    private readonly department: string | null = null,
  ) {}

  add(day: string, name: string, n = 1): void {
    if (n === 0) return;
    const counters = this.byDay.get(day) ?? {};
    counters[name] = (counters[name] ?? 0) + n;
    this.byDay.set(day, counters);
  }

  item(day: string, name: TItemCounter | ReturnType<typeof dueFulfilledOnCounter>, n = 1): void {
    this.add(day, name, n);
    if (this.department) this.add(day, departmentCounter(name, this.department), n);
  }

  /** A due slot fulfilled, counted on its deadline. */
  fulfilled(deadline: string): void {
    this.item(deadline, 'dueFulfilled');
    this.item(deadline, dueFulfilledOnCounter(deadline));
  }

  result(): TContribution[] {
    return [...this.byDay].map(([day, counters]) => ({ villageCode: this.villageCode, day, counters }));
  }
}

function disclosureContributions(d: TDisclosureRecord, calendar: TWorkingCalendar): TContribution[] {
  const tally = new Tally(d.villageCode, departmentOfCatalogItem(d.catalogItemId));
  const firstPublication = (d.version ?? 1) === 1 && d.publishedAt;
  if (firstPublication) {
    const day = dayOf(d.publishedAt!);
    tally.item(day, 'published');
    if (d.dueDate) {
      tally.item(day, 'publishedDue');
      if (day <= d.dueDate) tally.item(day, 'publishedOnTime');
      tally.fulfilled(d.dueDate);
    }
  }
  let submittedOn: string | null = null;
  for (const event of d.history) {
    if (event.action === 'submit' || event.action === 'submitForComment') submittedOn = dayOf(event.at);
    if (event.action !== 'approve' && event.action !== 'reject') continue;
    const day = dayOf(event.at);
    tally.item(day, 'reviewDecisions');
    if (event.action === 'reject') tally.item(day, 'reviewRejections');
    const bucket = reviewDayBucket(workingDaysBetween(calendar, submittedOn ?? day, day));
    tally.item(day, `reviewDays${bucket}` as TItemCounter);
  }
  return tally.result();
}

function filingContributions(f: TFilingRecord): TContribution[] {
  const tally = new Tally(f.villageCode, departmentOfCatalogItem(f.catalogItemId));
  if (f.status === 'approved') tally.fulfilled(f.dueDate);
  return tally.result();
}

function feedbackContributions(f: TFeedbackRecord): TContribution[] {
  const tally = new Tally(f.villageCode, departmentOfCatalogItem(f.catalogItemId));
  const created = dayOf(f.createdAt);
  tally.item(created, 'messages');
  for (const topic of f.topics ?? []) if (TOPICS.includes(topic)) tally.add(created, messageTopicCounter(topic));
  let dueInForce: string | null = null;
  let answered = false;
  let closedAt: string | null = null;
  for (const event of f.history) {
    const day = dayOf(event.at);
    if ((event.action === 'submit' || event.action === 'escalate') && event.dueDate) dueInForce = event.dueDate;
    if (event.action === 'escalate') tally.item(day, 'escalated');
    if ((event.action === 'reply' || event.action === 'fix') && !answered) {
      answered = true;
      tally.item(day, 'answered');
      if (dueInForce && day <= dueInForce) tally.item(day, 'answeredInTime');
    }
    if (event.action === 'rate') {
      tally.item(day, 'answerRatings');
      if (event.rating === 'satisfied') tally.item(day, 'answerSatisfied');
    }
    if (event.action === 'close') closedAt = event.at;
  }
  if (f.status === 'closed' && closedAt) {
    const day = dayOf(closedAt);
    tally.item(day, 'closed');
    tally.item(day, 'closeDaysSum', ageInDays(f.createdAt, new Date(closedAt)));
  }
  return tally.result();
}

function ratingContributions(r: TRatingRecord): TContribution[] {
  const tally = new Tally(r.villageCode, departmentOfCatalogItem(r.catalogItemId));
  const day = dayOf(r.updatedAt);
  tally.item(day, 'itemRatings');
  if (r.rating === 'satisfied') tally.item(day, 'itemSatisfied');
  return tally.result();
}

function surveyContributions(s: TSurveyRecord): TContribution[] {
  const tally = new Tally(s.villageCode);
  const day = `${s.month}-01`;
  tally.add(day, 'surveys');
  if (s.rating === 'satisfied') tally.add(day, 'surveySatisfied');
  return tally.result();
}

function supervisionOrderContributions(o: TSupervisionOrderRecord): TContribution[] {
  // Orders issued before they named their village cannot be placed in one.
  if (!o.villageCode) return [];
  const tally = new Tally(o.villageCode);
  const issued = dayOf(o.issuedAt);
  tally.add(issued, 'ordersIssued');
  if (o.status === 'issued') tally.add(issued, 'ordersOpen');
  if (o.status === 'fixed' && o.fix) {
    const day = dayOf(o.fix.at);
    tally.add(day, 'ordersClosed');
    tally.add(day, 'orderCloseDaysSum', ageInDays(o.issuedAt, new Date(o.fix.at)));
  }
  return tally.result();
}

function hotlineOrderContributions(o: THotlineOrderRecord): TContribution[] {
  const tally = new Tally(o.villageCode);
  const day = dayOf(o.createdAt);
  tally.add(day, 'hotlineOrders');
  if (o.hotlineOrderNo || o.deliveryState === 'delivered') tally.add(day, 'hotlineDelivered');
  if ((HOTLINE_REPORTED_STATUSES as readonly string[]).includes(o.status)) tally.add(day, 'hotlineAnswered');
  for (const topic of o.topics) if ((TOPICS as readonly string[]).includes(topic)) tally.add(day, hotlineTopicCounter(topic as TTopic));
  return tally.result();
}

function residentContributions(r: TResidentRecord): TContribution[] {
  const tally = new Tally(r.villageCode);
  if (r.bindingStatus === 'verified' && r.decidedAt) tally.add(dayOf(r.decidedAt), 'residentsBound');
  return tally.result();
}

/** The contributions of one record of a counted collection; none for an absent record. */
export function contributionsOf<C extends TCountedCollection>(collection: C, doc: TCountedRecords[C] | null, calendar: TWorkingCalendar): TContribution[] {
  if (!doc) return [];
  switch (collection) {
    case 'disclosures':
      return disclosureContributions(doc as TDisclosureRecord, calendar);
    case 'filings':
      return filingContributions(doc as TFilingRecord);
    case 'feedback':
      return feedbackContributions(doc as TFeedbackRecord);
    case 'ratings':
      return ratingContributions(doc as TRatingRecord);
    case 'surveys':
      return surveyContributions(doc as TSurveyRecord);
    case 'supervisionOrders':
      return supervisionOrderContributions(doc as TSupervisionOrderRecord);
    case 'hotlineOrders':
      return hotlineOrderContributions(doc as THotlineOrderRecord);
    default:
      return residentContributions(doc as TResidentRecord);
  }
}
