import { z } from '../zodLocale';
import { PERIODIC_RHYTHMS, ZCategory, ZDepartment } from '../catalog';
import { TODO_STATUSES, ZPeriod } from '../dueSchedule';
import { FILING_STATUSES } from '../filingWorkflow';
import { ZPage, ZPageRequest } from '../paging';
import { ZRegionCode } from '../region';
import { admins, defineContract } from './contract';

/**
 * A functional department's own catalog items across its region: what is
 * due, published, filed (备案), overdue, commented and rated, per item, and
 * per item the villages behind the figures.
 */
const ZDepartmentScopeRequest = z.object({
  /**
   * A county, township or village inside the admin's region; by default the
   * admin's own. Counted live, so a city or province department names a
   * county (or below) here.
   */
  regionCode: ZRegionCode.optional(),
  /** 2026-11, 2026-Q4, 2026-H2 or 2026: the items of that rhythm for that period; by default each item's latest period due. */
  period: ZPeriod.optional(),
});

export const departmentActions = {
  items: ZDepartmentScopeRequest.extend(ZPageRequest.shape).extend({
    /** One of the department's items only. */
    catalogItemId: z.string().min(1).max(80).optional(),
  }),
  villages: ZDepartmentScopeRequest.extend(ZPageRequest.shape).extend({
    catalogItemId: z.string().min(1, { error: '请选择公开目录事项' }).max(80),
    status: z.enum(TODO_STATUSES).optional(),
  }),
} as const;
export type TDepartmentItemsRequest = z.input<typeof departmentActions.items>;
export type TDepartmentVillagesRequest = z.input<typeof departmentActions.villages>;

/** Residents' ratings of the disclosures counted: how many, how many 满意, and its share (null when none). */
export const ZRatingFigures = z.strictObject({
  count: z.number().int(),
  satisfied: z.number().int(),
  satisfiedShare: z.number().min(0).max(1).nullable(),
});
export type TRatingFigures = z.infer<typeof ZRatingFigures>;

/** Villages in each state of the due schedule (TODO_STATUSES), plus the comments and ratings on their disclosures. */
const ZSlotFigures = {
  /** Villages the item applies to: each must publish it or file why not. */
  due: z.number().int(),
  published: z.number().int(),
  filed: z.number().int(),
  pending: z.number().int(),
  overdue: z.number().int(),
  missing: z.number().int(),
  comments: z.number().int(),
  ratings: ZRatingFigures,
};

export const ZDepartmentItemRow = z.strictObject({
  catalogItemId: z.string(),
  catalogItemTitle: z.string(),
  category: ZCategory,
  domain: z.string(),
  rhythm: z.enum(PERIODIC_RHYTHMS),
  period: ZPeriod,
  periodLabel: z.string(),
  dueDate: z.string(),
  ...ZSlotFigures,
});
export type TDepartmentItemRow = z.infer<typeof ZDepartmentItemRow>;

/** Whose figures these are and over what. */
export const ZDepartmentScope = z.strictObject({
  department: ZDepartment,
  departmentName: z.string(),
  regionCode: ZRegionCode,
  regionName: z.string(),
  /** Villages (村 and 社区) in the region. */
  villages: z.number().int(),
  today: z.string(),
});
export type TDepartmentScope = z.infer<typeof ZDepartmentScope>;

export const ZDepartmentItems = z.strictObject({
  scope: ZDepartmentScope,
  items: ZPage(ZDepartmentItemRow),
});
export type TDepartmentItems = z.infer<typeof ZDepartmentItems>;

export const ZDepartmentVillageRow = z.strictObject({
  villageCode: ZRegionCode,
  villageName: z.string(),
  townshipName: z.string(),
  status: z.enum(TODO_STATUSES),
  /** The village's leading disclosure of the item and period (the published one first), to open. */
  disclosureId: z.string().nullable(),
  publishedAt: z.string().nullable(),
  filing: z.strictObject({ id: z.string(), status: z.enum(FILING_STATUSES) }).nullable(),
  comments: z.number().int(),
  ratings: ZRatingFigures,
});
export type TDepartmentVillageRow = z.infer<typeof ZDepartmentVillageRow>;

export const ZDepartmentVillages = z.strictObject({
  scope: ZDepartmentScope,
  item: ZDepartmentItemRow,
  /** Overdue first, then missing, pending, filed, published (TODO_STATUSES); by village code within each. */
  villages: ZPage(ZDepartmentVillageRow),
});
export type TDepartmentVillages = z.infer<typeof ZDepartmentVillages>;

const DEPARTMENT_STAFF = admins(['county_department', 'city_department', 'province_department'], '部门事项只对职能部门账号开放。');

export const departmentContract = defineContract('department', {
  items: { input: departmentActions.items, output: ZDepartmentItems, callers: DEPARTMENT_STAFF },
  villages: { input: departmentActions.villages, output: ZDepartmentVillages, callers: DEPARTMENT_STAFF },
});
