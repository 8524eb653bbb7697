import type { FileStorage } from '../files/FileStorage';
import { DEFAULT_FEEDBACK_DEADLINES, DEFAULT_WORKING_CALENDAR, type TFeedbackDeadlines, type TWorkingCalendar } from '@sunshine/shared';
import type { TConfig } from '../runtime/config';
import type { DocumentStore } from '../store/DocumentStore';
import { withFigureRollups } from '../store/rollups/withFigureRollups';
import { PersonalDataVault } from './personalData';
import type { TIntegrations } from './integrations';

/**
 * What every domain service is given: the store (keeping the figure
 * rollups, see store/rollups), the file storage, the keys,
 * and two clocks. `now` is the domain clock (deadlines, dates shown to people,
 * history); a test gateway may move it by days. `systemNow` is the machine's
 * real time, for what other systems check or what must really pass: request
 * signatures, leases, retry times. It is never moved.
 */
export interface TServiceContext {
  store: DocumentStore;
  files: FileStorage;
  config: TConfig;
  vault: PersonalDataVault;
  now(): Date;
  systemNow(): Date;
  /** Working days for deadlines; China's official calendar when not set (see `calendarOf`). */
  calendar?: TWorkingCalendar;
  /** Working days each level has to answer a resident's message; 5/10/15 when not set (see `feedbackDeadlinesOf`). */
  feedbackDeadlines?: TFeedbackDeadlines;
  /** Systems outside (12345, content check, notifications); built from `config` when not set (see `integrations.ts`). */
  integrations?: Partial<TIntegrations>;
}

export function createServiceContext(
  store: DocumentStore,
  config: TConfig,
  files: FileStorage,
  now: () => Date = () => new Date(),
  systemNow: () => Date = now,
): TServiceContext {
  // Every runtime's services write through the rollup layer, so the dashboard's figures move with every change.
  const ctx: TServiceContext = {
    store: withFigureRollups(store, () => calendarOf(ctx)),
    files,
    config,
    vault: new PersonalDataVault(config.SUNSHINE_ID_ENCRYPTION_KEY, config.SUNSHINE_ID_HASH_KEY),
    now,
    systemNow,
  };
  return ctx;
}

export const calendarOf = (ctx: TServiceContext): TWorkingCalendar => ctx.calendar ?? DEFAULT_WORKING_CALENDAR;

export const feedbackDeadlinesOf = (ctx: TServiceContext): TFeedbackDeadlines => ctx.feedbackDeadlines ?? DEFAULT_FEEDBACK_DEADLINES;
