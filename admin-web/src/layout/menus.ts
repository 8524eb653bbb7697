import type { TAdminRole } from '@sunshine/shared';

export interface TMenuEntry {
  path: string;
  label: string;
}

const SUPERVISOR_MENU: TMenuEntry[] = [{ path: '/disclosures', label: '公开事项' }];

export const MENUS: Record<TAdminRole, TMenuEntry[]> = {
  village_admin: [
    { path: '/disclosures', label: '公开事项' },
    { path: '/disclosures/new', label: '新建公开' },
  ],
  township_reviewer: [
    { path: '/review', label: '待审核' },
    { path: '/disclosures', label: '全部公开事项' },
  ],
  county_supervisor: SUPERVISOR_MENU,
  city_supervisor: SUPERVISOR_MENU,
  province_supervisor: SUPERVISOR_MENU,
};

export function homePath(role: TAdminRole): string {
  return MENUS[role][0].path;
}

/** The entry whose path is the longest prefix of the current page, so detail pages keep their list highlighted. */
export function activeMenuPath(role: TAdminRole, pathname: string): string | undefined {
  return MENUS[role]
    .filter((entry) => pathname === entry.path || pathname.startsWith(entry.path + '/'))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
