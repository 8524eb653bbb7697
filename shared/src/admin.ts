import { z } from './zodLocale';
import { regionLevelOf, ZRegionCode, type TRegionLevel } from './region';

/**
 * Administrator roles. Each role is bound to one region level: a village admin
 * to a village code, a township reviewer to a township code, and so on.
 */
export const ADMIN_ROLES = [
  'village_admin',
  'township_reviewer',
  'county_supervisor',
  'city_supervisor',
  'province_supervisor',
] as const;
export const ZAdminRole = z.enum(ADMIN_ROLES);
export type TAdminRole = z.infer<typeof ZAdminRole>;

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

export const ZUsername = z
  .string()
  .trim()
  .regex(/^[a-zA-Z0-9_.-]{3,40}$/, { error: '用户名为 3 到 40 位字母、数字或 _ . -' });

/** The admin as everyone but the auth service sees it: no hash, no counters. */
export const ZAdminView = z.object({
  id: z.string(),
  username: ZUsername,
  displayName: z.string().min(1).max(40),
  role: ZAdminRole,
  regionCode: ZRegionCode,
  regionName: z.string(),
});
export type TAdminView = z.infer<typeof ZAdminView>;

export function roleMatchesRegion(role: TAdminRole, regionCode: string): boolean {
  return regionLevelOf(regionCode) === ROLE_LEVEL[role];
}
