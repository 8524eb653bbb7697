import { regionLevelOf, type TRegionLevel } from './regionCode';

/**
 * Administrator roles. Each role is bound to one region level: a village admin
 * to a village code, a township reviewer to a township code, and so on. The
 * department roles are also bound to one department (组织部, 民政局…) and see
 * only that department's catalog items (see ./accessPolicy.ts).
 * Plain data, free of zod (the schemas are in ./admin.ts).
 */
export const ADMIN_ROLES = [
  'village_admin',
  'township_reviewer',
  'county_supervisor',
  'city_supervisor',
  'province_supervisor',
  'county_department',
  'city_department',
  'province_department',
] as const;
export type TAdminRole = (typeof ADMIN_ROLES)[number];

export const ROLE_LEVEL: Record<TAdminRole, TRegionLevel> = {
  village_admin: 'village',
  township_reviewer: 'township',
  county_supervisor: 'county',
  city_supervisor: 'city',
  province_supervisor: 'province',
  county_department: 'county',
  city_department: 'city',
  province_department: 'province',
};

/** The discipline commissions (纪委监委) at county, city and province. */
export const SUPERVISOR_ROLES = ['county_supervisor', 'city_supervisor', 'province_supervisor'] as const satisfies readonly TAdminRole[];
/** Functional departments' staff at county, city and province, each bound to one department. */
export const DEPARTMENT_ROLES = ['county_department', 'city_department', 'province_department'] as const satisfies readonly TAdminRole[];

export const ROLE_NAMES: Record<TAdminRole, string> = {
  village_admin: '村（社区）管理员',
  township_reviewer: '乡镇（街道）审核员',
  county_supervisor: '县（区）纪委监委督导员',
  city_supervisor: '市纪委监委督导员',
  province_supervisor: '省纪委监委督导员',
  county_department: '县（区）职能部门',
  city_department: '市级职能部门',
  province_department: '省级职能部门',
};

export function roleMatchesRegion(role: TAdminRole, regionCode: string): boolean {
  return regionLevelOf(regionCode) === ROLE_LEVEL[role];
}
