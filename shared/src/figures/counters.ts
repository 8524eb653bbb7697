import { TOPICS, type TTopic } from '../topics';

/**
 * The counters every figure is derived from. Rollups hold them per region and
 * period (see cloudfunctions/src/store/rollups): each change to a counted
 * record moves them in the transaction of the change, so a dashboard sums a
 * few thousand rollups instead of scanning millions of records.
 *
 * Names are plain identifiers (SQLite JSON paths and CloudBase field names
 * alike). Counters of things that belong to a catalog item also exist per
 * department, as `${name}__${department}` (see departmentCounter).
 *
 * The rule of each counter, as shared figures/contributions.ts applies it.
 * "Day" is the China calendar day (UTC+8) of an instant; a counter counts in
 * the month, quarter and year of its day and in `all`. Records written
 * before a field existed count where the field is not needed.
 */
export const ITEM_COUNTERS = [
  /**
   * First publications: disclosures of version 1 (or without a version) with
   * `publishedAt`, on its day, whatever became of them since (a comment draft
   * opened to residents, superseded by a correction). Corrections are not new.
   */
  'published',
  /** Of those, the ones with a deadline (`dueDate`, a periodic item's period). */
  'publishedDue',
  /** Of those, published on or before the deadline's day. */
  'publishedOnTime',
  /**
   * Due slots (village × item × period) fulfilled, on the deadline's day:
   * first publications with a `dueDate`, and approved 不公开备案 filings.
   * Also kept per deadline as `dueFulfilledOn_YYYYMMDD` (dueFulfilledOnCounter).
   */
  'dueFulfilled',
  /**
   * Township decisions: every `approve` or `reject` in a disclosure's history
   * (every version), on the decision's day; rejections among them.
   */
  'reviewDecisions',
  'reviewRejections',
  /**
   * Decisions by working days (the runtime's working calendar) from the day
   * of the last `submit`/`submitForComment` before the decision to the
   * decision's day: reviewDays0 … reviewDays15, then reviewDays16 for 16 and more.
   */
  ...Array.from({ length: 17 }, (_, i) => `reviewDays${i}` as const),
  /** Residents' ratings of disclosures (one per resident and disclosure, the latest kept), on the day of `updatedAt`; 满意 among them. */
  'itemRatings',
  'itemSatisfied',
  /** Residents' messages, on the day they were sent. */
  'messages',
  /**
   * Messages answered for the first time (the first `reply` or `fix`), on
   * that day; in time when that day is not after the deadline in force then
   * (the `dueDate` of the last `submit` or `escalate` before it).
   */
  'answered',
  'answeredInTime',
  /** Escalations (each `escalate`: to the township, to the county), on their day. */
  'escalated',
  /** Messages closed (status closed), on the day of the last `close`; the China calendar days from sending to closing summed. */
  'closed',
  'closeDaysSum',
  /** Residents' ratings of answers (each `rate`), on their day; 满意 among them. */
  'answerRatings',
  'answerSatisfied',
  /**
   * Villages with at least one first publication in the period: 1 on a
   * village's rollup while its `published` is above 0, summed on its
   * township's; kept by the rollup layer, not by a record.
   */
  'villagesPublishing',
] as const;

export const REVIEW_DAY_BUCKETS = 17;

export const REGION_COUNTERS = [
  /**
   * 督办单 issued, on the day issued; of those the ones still `issued` (not
   * yet fixed), counted on the day issued; fixed ones on the fix's day, with
   * the China calendar days from issue to fix summed. Orders count in the
   * village of their case (orders issued before they named it, nowhere).
   */
  'ordersIssued',
  'ordersOpen',
  'ordersClosed',
  'orderCloseDaysSum',
  /** Monthly survey answers, in their `month`; 满意 among them. */
  'surveys',
  'surveySatisfied',
  /**
   * 12345 orders filed (held for review ones too), on the day filed; of
   * those, delivered (a hotline order number, or delivery state delivered)
   * and answered by the hotline (its status accepted, processing or closed).
   */
  'hotlineOrders',
  'hotlineDelivered',
  'hotlineAnswered',
  /** Residents' bindings verified (by the roster or by an admin), on the day decided; a binding undone no longer counts. */
  'residentsBound',
] as const;

/** Stable counter codes of the topics: the Chinese names are data, field names must be identifiers. */
export const TOPIC_CODES: Record<TTopic, string> = {
  交通: 'traffic',
  公共设施: 'facilities',
  饮水: 'water',
  社保: 'socialSecurity',
  用电: 'power',
  帮扶: 'assistance',
  环境: 'environment',
  物业: 'property',
  供暖: 'heating',
  土地: 'land',
  财务: 'finance',
};

/** Messages and 12345 orders per topic tag, on the day sent or filed (each tag of a record once). */
export const messageTopicCounter = (topic: TTopic) => `messageTopic_${TOPIC_CODES[topic]}`;
export const hotlineTopicCounter = (topic: TTopic) => `hotlineTopic_${TOPIC_CODES[topic]}`;
export const TOPIC_COUNTERS = TOPICS.flatMap((t) => [messageTopicCounter(t), hotlineTopicCounter(t)]);

export type TItemCounter = (typeof ITEM_COUNTERS)[number];
export type TRegionCounter = (typeof REGION_COUNTERS)[number];

/** The counter of one department's share, e.g. published__civilAffairs. */
export const departmentCounter = (name: TItemCounter | `dueFulfilledOn_${string}`, department: string) => `${name}__${department}`;

/**
 * Due slots fulfilled whose deadline is one day (YYYY-MM-DD), also counted
 * in `dueFulfilled`: a period not yet over leaves out the slots fulfilled
 * ahead of deadlines still to come, so its completeness compares like with
 * like (slots due by today).
 */
export const dueFulfilledOnCounter = (deadline: string): `dueFulfilledOn_${string}` => `dueFulfilledOn_${deadline.replaceAll('-', '')}`;

/** Counter values by name; a counter never moved reads as 0. */
export type TCounters = Readonly<Record<string, number>>;
export const counterOf = (counters: TCounters, name: string): number => counters[name] ?? 0;
