import type { TCategory } from './catalog/categories';

/**
 * The functional departments (职能部门) that follow their own part of the
 * catalog across their region. Which department an item belongs to is data
 * of the item (`department` on every catalog item); plain data, free of zod.
 */
export const DEPARTMENTS = ['organization', 'civilAffairs', 'agriculture', 'finance'] as const;
export type TDepartment = (typeof DEPARTMENTS)[number];

export const DEPARTMENT_NAMES: Record<TDepartment, string> = {
  organization: '组织部',
  civilAffairs: '民政局',
  agriculture: '农业农村局',
  finance: '财政局',
};

/** What each department follows, in the words its staff use. */
export const DEPARTMENT_COVERS: Record<TDepartment, string> = {
  organization: '党务：党组织建设、党员队伍、组织生活、党费',
  civilAffairs: '村（居）务与民生保障：村民自治、低保、特困、临时救助、养老金、高龄补贴、社区服务',
  agriculture: '农业补贴与“三资”：集体资产、资金、资源，宅基地、一事一议',
  finance: '财务收支：村级收支、债权债务、上级补助和专项资金、工程项目',
};

/**
 * The department of a category's items, for a county's or city's item saved
 * before items named their department: 党务 is the organisation
 * department's, 财务 the finance bureau's, and village and community affairs
 * (阳光物业、阳光供暖 included) civil affairs'.
 */
export const DEPARTMENT_OF_CATEGORY: Record<TCategory, TDepartment> = {
  party: 'organization',
  village: 'civilAffairs',
  finance: 'finance',
  property: 'civilAffairs',
  heating: 'civilAffairs',
};

export function isDepartment(value: unknown): value is TDepartment {
  return typeof value === 'string' && (DEPARTMENTS as readonly string[]).includes(value);
}

/** The one rule: an item's own department, else (older county items) its category's. */
export function departmentOfItem(item: { category: TCategory; department?: TDepartment }): TDepartment {
  return item.department ?? DEPARTMENT_OF_CATEGORY[item.category];
}
