import { regionLevelOf, type TRegionLevel } from './regionCode';

/**
 * Administrator roles. Each role is bound to one region level: a village admin
 * to a village code, a township reviewer to a township code, and so on.
 * Plain data, free of zod (the schemas are in ./admin.ts).
 */
export const ADMIN_ROLES = [
  'village_admin',
  'township_reviewer',
  'county_supervisor',
  'city_supervisor',
  'province_supervisor',
] as const;
export type TAdminRole = (typeof ADMIN_ROLES)[number];

export const ROLE_LEVEL: Record<TAdminRole, TRegionLevel> = {
  village_admin: 'village',
  township_reviewer: 'township',
  county_supervisor: 'county',
  city_supervisor: 'city',
  province_supervisor: 'province',
};

export const ROLE_NAMES: Record<TAdminRole, string> = {
  village_admin: '村（社区）管理员',
  township_reviewer: '乡镇（街道）审核员',
  county_supervisor: '县（区）纪委监委督导员',
  city_supervisor: '市级督导员',
  province_supervisor: '省级督导员',
};

export function roleMatchesRegion(role: TAdminRole, regionCode: string): boolean {
  return regionLevelOf(regionCode) === ROLE_LEVEL[role];
}
