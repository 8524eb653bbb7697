/**
 * The categories and rhythms of the catalog as plain data, free of zod, so the
 * resident app can name them without the schema library (see ./schema.ts for
 * their schemas).
 */

/** The three affairs, plus the two modules urban communities add. */
export const CATEGORIES = ['party', 'village', 'finance', 'property', 'heating'] as const;
export type TCategory = (typeof CATEGORIES)[number];

export const CATEGORY_NAMES: Record<TCategory, string> = {
  party: '党务',
  village: '村(居)务',
  finance: '财务',
  property: '阳光物业',
  heating: '阳光供暖',
};

/** Rhythms repeated on a calendar: each has periods and a due day. */
export const PERIODIC_RHYTHMS = ['monthly', 'quarterly', 'halfYearly', 'yearly'] as const;
export type TPeriodicRhythm = (typeof PERIODIC_RHYTHMS)[number];

export type TRhythmKind = 'fixed' | 'immediate' | TPeriodicRhythm;

export const RHYTHM_NAMES: Record<TRhythmKind, string> = {
  fixed: '固定公开',
  immediate: '即时公开',
  monthly: '每月公开',
  quarterly: '季度公开',
  halfYearly: '半年公开',
  yearly: '年度公开',
};
