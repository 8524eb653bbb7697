import { z } from '../zodLocale';
import { ZCategory } from '../catalog';
import { ZDisclosureVersion, ZFinanceFigures, ZPublishedDisclosure, ZTableRowView } from '../disclosure';
import { ZPublicFiling } from './filing';
import { defineContract, PUBLIC } from './contract';
import { strictOutput } from './strictOutput';
import type { TFinanceSummary } from '../financeSummary';
import { ZPage, ZPageRequest } from '../paging';
import { ZTableRowsRequest } from './disclosure';
import { ZRegion, ZRegionCode, ZVillageKind } from '../region';

/** A village as the resident app heads its pages. */
export const ZVillageSummary = z.object({
  code: ZRegionCode,
  name: z.string(),
  displayName: z.string(),
  kind: ZVillageKind,
  ancestors: z.array(ZRegion),
});
export type TVillageSummary = z.infer<typeof ZVillageSummary>;

const ZFinancePeriodFigures = ZFinanceFigures.extend({ period: z.string(), periodLabel: z.string() });
const ZFinanceSummary: z.ZodType<TFinanceSummary> = ZFinancePeriodFigures.extend({
  previous: ZFinancePeriodFigures.nullable(),
  sentence: z.string(),
});

export const ZVillageHome = z.object({
  village: ZVillageSummary,
  /** One entry per category that applies to this village, in catalog order. */
  categories: z.array(
    z.object({
      category: ZCategory,
      name: z.string(),
      total: z.number().int(),
      latest: z.array(ZPublishedDisclosure),
    }),
  ),
  /** The latest published finance figures in plain words (financeSummary); null when none carry figures. */
  finances: ZFinanceSummary.nullable(),
  /** Every published quarter with figures, newest first, each with its disclosure: older quarters stay reachable. */
  financeQuarters: z.array(ZFinancePeriodFigures.extend({ disclosureId: z.string() })),
});
export type TVillageHome = z.infer<typeof ZVillageHome>;

export const ZVillageDisclosuresRequest = ZPageRequest.extend({
  villageCode: ZRegionCode,
  category: ZCategory.optional(),
});
export type TVillageDisclosuresRequest = z.input<typeof ZVillageDisclosuresRequest>;

export const publicDisclosureActions = {
  villageHome: z.object({ villageCode: ZRegionCode }),
  listByVillage: ZVillageDisclosuresRequest,
  get: z.object({ id: z.string().min(1).max(80) }),
  /** Approved 不公开备案 of the village, newest first: residents see what was filed instead of published. */
  filings: ZPageRequest.extend({ villageCode: ZRegionCode }),
  /** Every version residents could read, oldest first, with dates and correction reasons. */
  history: z.object({ id: z.string().min(1).max(80) }),
  rows: ZTableRowsRequest,
} as const;

/** What anyone who scans a village's QR code may read: published disclosures only. */
export const publicDisclosureContract = defineContract('publicDisclosure', {
  villageHome: { input: publicDisclosureActions.villageHome, output: strictOutput(ZVillageHome), callers: PUBLIC },
  listByVillage: { input: publicDisclosureActions.listByVillage, output: strictOutput(ZPage(ZPublishedDisclosure)), callers: PUBLIC },
  get: { input: publicDisclosureActions.get, output: strictOutput(ZPublishedDisclosure), callers: PUBLIC },
  history: { input: publicDisclosureActions.history, output: strictOutput(z.array(ZDisclosureVersion)), callers: PUBLIC },
  rows: { input: publicDisclosureActions.rows, output: strictOutput(ZPage(ZTableRowView)), callers: PUBLIC },
  filings: { input: publicDisclosureActions.filings, output: ZPage(ZPublicFiling), callers: PUBLIC },
});
