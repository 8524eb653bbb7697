import { periodContaining, periodLabel, previousPeriod, RHYTHM_NAMES, type TPeriodicRhythm } from '@sunshine/shared';

/** How far back each rhythm's choices go: a year of months, two years of quarters and halves, three years. */
const DEPTH: Record<TPeriodicRhythm, number> = { monthly: 12, quarterly: 8, halfYearly: 4, yearly: 3 };

/** The periods a department may ask for, by rhythm, newest first: the one under way, then those before it. */
export function periodOptions(today: string) {
  return (Object.keys(DEPTH) as TPeriodicRhythm[]).map((rhythm) => {
    const periods = [periodContaining(rhythm, today)];
    while (periods.length < DEPTH[rhythm]) periods.push(previousPeriod(periods[periods.length - 1]));
    return { label: RHYTHM_NAMES[rhythm], options: periods.map((p) => ({ value: p, label: periodLabel(p) })) };
  });
}
