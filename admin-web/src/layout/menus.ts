import type { TAdminRole } from '@sunshine/shared';

export interface TMenuEntry {
  path: string;
  label: string;
}

const DASHBOARD: TMenuEntry = { path: '/dashboard', label: '统计分析' };
const SUPERVISOR_MENU: TMenuEntry[] = [{ path: '/disclosures', label: '公开事项' }];
/** Counties and cities may add their own catalog items for their villages. */
const LOCAL_CATALOG: TMenuEntry = { path: '/catalog/local', label: '本地公开目录' };
const CATALOG_OWNER_MENU: TMenuEntry[] = [...SUPERVISOR_MENU, LOCAL_CATALOG];
/** Above the county, the published record of the whole region is looked up, not worked on. */
const REGION_LOOKUP: TMenuEntry = { path: '/disclosures', label: '公开查询' };
/** A department starts from its own items; its lookup shows only their disclosures. */
const DEPARTMENT_MENU: TMenuEntry[] = [{ path: '/department', label: '部门事项' }, DASHBOARD, REGION_LOOKUP];

export const MENUS: Record<TAdminRole, TMenuEntry[]> = {
  village_admin: [
    { path: '/disclosures', label: '公开事项' },
    { path: '/disclosures/new', label: '新建公开' },
    { path: '/todo', label: '待办' },
    { path: '/print/village-qr', label: '打印二维码' },
    { path: '/residents', label: '群众身份审核' },
    { path: '/feedback', label: '群众留言' },
    { path: '/feedback/waiting', label: '待办留言' },
  ],
  township_reviewer: [
    { path: '/review', label: '待审核' },
    { path: '/disclosures', label: '全部公开事项' },
    { path: '/filings', label: '不公开备案' },
    { path: '/gaps', label: '公开缺项' },
    { path: '/print/village-qr', label: '打印村二维码' },
    { path: '/feedback/waiting', label: '待办留言' },
    DASHBOARD,
  ],
  county_supervisor: [...CATALOG_OWNER_MENU, { path: '/hotline', label: '12345转办' }, { path: '/supervision', label: '留言督办' }, { path: '/feedback/waiting', label: '待办留言' }, DASHBOARD],
  // Above the county the figures are the work itself: the dashboard is where a city or the province starts.
  city_supervisor: [DASHBOARD, REGION_LOOKUP, LOCAL_CATALOG],
  province_supervisor: [DASHBOARD, REGION_LOOKUP],
  county_department: DEPARTMENT_MENU,
  city_department: DEPARTMENT_MENU,
  province_department: DEPARTMENT_MENU,
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
