import { z } from '../zodLocale';
import { ZCategory } from '../catalog';
import { TODO_STATUSES, ZPeriod } from '../dueSchedule';
import { FILING_STATUSES } from '../filingWorkflow';
import { ZPage, ZPageRequest } from '../paging';
import { ANY_ADMIN, defineContract } from './contract';
import { ZRegionCode } from '../region';

/** One due item of a village for one period, with where it stands. */
export const ZTodoEntry = z.strictObject({
  catalogItemId: z.string(),
  catalogItemTitle: z.string(),
  category: ZCategory,
  period: ZPeriod,
  periodLabel: z.string(),
  dueDate: z.string(),
  explanation: z.string(),
  status: z.enum(TODO_STATUSES),
  /** The village's most relevant disclosure of this item and period, if any. */
  disclosureId: z.string().nullable(),
  filing: z.strictObject({ id: z.string(), status: z.enum(FILING_STATUSES), rejectReason: z.string().nullable() }).nullable(),
});
export type TTodoEntry = z.infer<typeof ZTodoEntry>;

export const ZVillageTodo = z.strictObject({
  villageCode: ZRegionCode,
  villageName: z.string(),
  today: z.string(),
  /** Overdue first, then missing, pending, filed, published; earliest deadline first within each. */
  entries: z.array(ZTodoEntry),
});
export type TVillageTodo = z.infer<typeof ZVillageTodo>;

export const ZVillageGaps = z.strictObject({
  villageCode: ZRegionCode,
  villageName: z.string(),
  overdue: z.number().int(),
  missing: z.number().int(),
  /** Unfulfilled entries, overdue first. */
  gaps: z.array(ZTodoEntry),
});
export type TVillageGaps = z.infer<typeof ZVillageGaps>;

export const scheduleActions = {
  /** A village admin's own village; a reviewer or supervisor may name one in their region. */
  villageTodo: z.object({ villageCode: ZRegionCode.optional() }),
  /** A township reviewer's villages, most overdue first. */
  townshipGaps: ZPageRequest,
} as const;

export const scheduleContract = defineContract('schedule', {
  villageTodo: { input: scheduleActions.villageTodo, output: ZVillageTodo, callers: ANY_ADMIN },
  townshipGaps: { input: scheduleActions.townshipGaps, output: ZPage(ZVillageGaps), callers: ANY_ADMIN },
});
