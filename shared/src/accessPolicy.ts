import { ROLE_LEVEL, type TAdminRole } from './admin';
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
}

interface TDisclosureScope extends Pick<TRegionPath, 'villageCode' | 'townshipCode'> {
  status: TDisclosureStatus;
}

export function canSeeDisclosure(admin: TAdminPrincipal, d: TDisclosureScope): boolean {
  if (admin.role === 'village_admin') return d.villageCode === admin.regionCode;
  return isWithinRegion(d.villageCode, admin.regionCode) && isVisibleAboveVillage(d.status);
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

/** Throws OUT_OF_SCOPE when the admin may not see the disclosure at all. */
export function assertCanSeeDisclosure(admin: TAdminPrincipal, d: TDisclosureScope): void {
  if (!canSeeDisclosure(admin, d)) throw new AppError('OUT_OF_SCOPE');
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
