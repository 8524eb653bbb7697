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
 */
export const ITEM_COUNTERS = [
  /** First publications (version 1) in the period, by the day published. */
  'published',
  /** Of those, the ones that fill a due period (they have a deadline). */
  'publishedDue',
  /** Of those, published on or before the deadline. */
  'publishedOnTime',
  /** Due slots (village × item × period) whose deadline falls in the period, published or filed (备案). */
  'dueFulfilled',
  /** Township decisions (approve or reject) in the period. */
  'reviewDecisions',
  'reviewRejections',
  /** Decisions by working days from submission: reviewDays0 … reviewDays15, then reviewDays16 for 16 and more. */
  ...Array.from({ length: 17 }, (_, i) => `reviewDays${i}` as const),
  /** Residents' 满意/基本满意/不满意 on disclosures, by the day rated. */
  'itemRatings',
  'itemSatisfied',
  /** Residents' messages created in the period. */
  'messages',
  /** Messages first answered in the period, and of those the ones answered by the deadline. */
  'answered',
  'answeredInTime',
  /** Escalations (to the township, to the county) in the period. */
  'escalated',
  /** Messages closed in the period, and the calendar days from creation to close summed. */
  'closed',
  'closeDaysSum',
  /** Residents' ratings of answers, and 满意 among them. */
  'answerRatings',
  'answerSatisfied',
  /** Villages with at least one first publication in the period: kept by the rollup layer when a village's `published` leaves 0, not by a record. */
  'villagesPublishing',
] as const;

export const REVIEW_DAY_BUCKETS = 17;

export const REGION_COUNTERS = [
  /** 督办单 issued in the period; of those still open; closed in the period with their days summed. */
  'ordersIssued',
  'ordersOpen',
  'ordersClosed',
  'orderCloseDaysSum',
  /** Monthly survey answers and 满意 among them. */
  'surveys',
  'surveySatisfied',
  /** 12345 orders filed, delivered to the hotline, answered (its own statuses 受理/办理/办结). */
  'hotlineOrders',
  'hotlineDelivered',
  'hotlineAnswered',
  /** Residents whose binding was verified in the period. */
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

export const messageTopicCounter = (topic: TTopic) => `messageTopic_${TOPIC_CODES[topic]}`;
export const hotlineTopicCounter = (topic: TTopic) => `hotlineTopic_${TOPIC_CODES[topic]}`;
export const TOPIC_COUNTERS = TOPICS.flatMap((t) => [messageTopicCounter(t), hotlineTopicCounter(t)]);

export type TItemCounter = (typeof ITEM_COUNTERS)[number];
export type TRegionCounter = (typeof REGION_COUNTERS)[number];

/** The counter of one department's share, e.g. published__civilAffairs. */
export const departmentCounter = (name: TItemCounter, department: string) => `${name}__${department}`;

/** Counter values by name; a counter never moved reads as 0. */
export type TCounters = Readonly<Record<string, number>>;
export const counterOf = (counters: TCounters, name: string): number => counters[name] ?? 0;
