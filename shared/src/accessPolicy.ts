import { DEPARTMENT_ROLES, ROLE_LEVEL, ROLE_NAMES, SUPERVISOR_ROLES, type TAdminRole } from './adminRoles';
import { departmentOfRecord } from './catalog';
import type { TCategory } from './catalog/categories';
import { DEPARTMENT_NAMES, departmentOfItem, type TDepartment } from './departments';
import { isVisibleAboveVillage, type TDisclosureStatus } from './disclosureWorkflow';
import { AppError } from './errors';
import type { TFeedbackLevel } from './feedbackRouting';
import { isWithinRegion, REGION_PATH_FIELD, type TRegionPath } from './region';

/**
 * Who may do what, by role and region. Every function asks these questions;
 * none decides on its own. Cloud functions bypass database rules, so these
 * checks are the only gate.
 */
export interface TAdminPrincipal {
  id: string;
  username: string;
  displayName: string;
  role: TAdminRole;
  regionCode: string;
  regionName: string;
  /** Only, and always, on the department roles (see `adminDepartmentProblem`). */
  department?: TDepartment;
}

export const isSupervisorRole = (role: TAdminRole): boolean => (SUPERVISOR_ROLES as readonly TAdminRole[]).includes(role);
export const isDepartmentRole = (role: TAdminRole): boolean => (DEPARTMENT_ROLES as readonly TAdminRole[]).includes(role);

/**
 * Why an account's department does not fit its role, or null: a department
 * account names exactly one department, and no other account names any.
 */
export function adminDepartmentProblem(role: TAdminRole, department: TDepartment | undefined): string | null {
  if (isDepartmentRole(role)) return department ? null : `${ROLE_NAMES[role]}账号必须指定所属部门`;
  return department === undefined ? null : `${ROLE_NAMES[role]}账号不属于职能部门，不能指定部门`;
}

/**
 * The department whose catalog items the admin sees; null: every item. A
 * department account without its department (never created so, see
 * `adminDepartmentProblem`) sees nothing rather than everything.
 */
export function departmentScopeOf(admin: Pick<TAdminPrincipal, 'role' | 'department'>): TDepartment | null {
  if (!isDepartmentRole(admin.role)) return null;
  if (!admin.department) throw new AppError('FORBIDDEN', { message: '这个部门账号没有设置所属部门，请联系上级管理员。' });
  return admin.department;
}

export function canSeeCatalogItem(admin: Pick<TAdminPrincipal, 'role' | 'department'>, item: { category: TCategory; department?: TDepartment }): boolean {
  const scope = departmentScopeOf(admin);
  return scope === null || departmentOfItem(item) === scope;
}

/** The refusal a department reads for another department's item: whose it is, and whose the admin's are. */
export function otherDepartmentError(admin: Pick<TAdminPrincipal, 'department'>, itemDepartment: TDepartment): AppError {
  const own = admin.department ? DEPARTMENT_NAMES[admin.department] : '本部门';
  return new AppError('FORBIDDEN', { message: `这个事项由${DEPARTMENT_NAMES[itemDepartment]}负责，${own}账号只能查看本部门的事项。` });
}

interface TDisclosureScope extends Pick<TRegionPath, 'villageCode' | 'townshipCode'> {
  status: TDisclosureStatus;
  catalogItemId: string;
  category: TCategory;
  /** Copied from its catalog item when the disclosure was made; absent on older records. */
  department?: TDepartment;
}

/**
 * A village sees its own disclosures; every tier above sees what was
 * submitted in its region, and a department only that of its own items.
 */
export function canSeeDisclosure(admin: TAdminPrincipal, d: TDisclosureScope): boolean {
  if (admin.role === 'village_admin') return d.villageCode === admin.regionCode;
  if (!isWithinRegion(d.villageCode, admin.regionCode) || !isVisibleAboveVillage(d.status)) return false;
  const scope = departmentScopeOf(admin);
  return scope === null || departmentOfRecord(d) === scope;
}

/** Throws unless the admin may enter disclosures for this village. */
export function assertCanEditVillage(admin: TAdminPrincipal, villageCode: string): void {
  if (admin.role !== 'village_admin') throw new AppError('FORBIDDEN', { message: '只有村（社区）管理员可以录入公开事项。' });
  if (admin.regionCode !== villageCode) throw new AppError('OUT_OF_SCOPE');
}

/** Throws unless the admin may review disclosures of this township. */
export function assertCanReview(admin: TAdminPrincipal, townshipCode: string): void {
  if (admin.role !== 'township_reviewer') throw new AppError('FORBIDDEN', { message: '只有乡镇（街道）审核员可以审核。' });
  if (admin.regionCode !== townshipCode) throw new AppError('OUT_OF_SCOPE');
}

/** Throws OUT_OF_SCOPE when the admin may not see the disclosure at all (FORBIDDEN, naming whose it is, for another department's). */
export function assertCanSeeDisclosure(admin: TAdminPrincipal, d: TDisclosureScope): void {
  if (canSeeDisclosure(admin, d)) return;
  const scope = departmentScopeOf(admin);
  const department = departmentOfRecord(d);
  const otherwiseVisible = isWithinRegion(d.villageCode, admin.regionCode) && isVisibleAboveVillage(d.status);
  if (scope !== null && department !== scope && otherwiseVisible) throw otherDepartmentError(admin, department);
  throw new AppError('OUT_OF_SCOPE');
}

/** The one equality that limits a query to the admin's region. */
export function regionScopeFilter(admin: TAdminPrincipal): { field: keyof TRegionPath; value: string } {
  return { field: REGION_PATH_FIELD[ROLE_LEVEL[admin.role]], value: admin.regionCode };
}

/** The level of messages an admin answers, and the field of a message that must equal the admin's region. */
const FEEDBACK_ANSWERING: Partial<Record<TAdminRole, { level: TFeedbackLevel; field: 'villageCode' | 'townshipCode' | 'countyCode' }>> = {
  village_admin: { level: 'village', field: 'villageCode' },
  township_reviewer: { level: 'township', field: 'townshipCode' },
  county_supervisor: { level: 'county', field: 'countyCode' },
};

/** Throws unless the admin's role answers residents' messages at some level. */
export function feedbackAnsweringScopeOf(admin: TAdminPrincipal) {
  const scope = FEEDBACK_ANSWERING[admin.role];
  if (!scope) throw new AppError('FORBIDDEN', { message: '只有村（社区）、乡镇（街道）和县（区）的账号可以答复群众留言。' });
  return scope;
}
