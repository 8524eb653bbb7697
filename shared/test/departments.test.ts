import {
  adminDepartmentProblem,
  ADMIN_ROLES,
  assertCanSeeDisclosure,
  canSeeCatalogItem,
  canSeeDisclosure,
  CATALOG,
  DEPARTMENT_NAMES,
  departmentOfItem,
  departmentOfRecord,
  departmentScopeOf,
  DEPARTMENTS,
  findCatalogItem,
  isDepartmentRole,
  isSupervisorRole,
  ROLE_LEVEL,
  ROLE_NAMES,
  roleMatchesRegion,
  ZAdminView,
  type TAdminPrincipal,
  type TDepartment,
} from '@sunshine/shared';

const admin = (role: TAdminPrincipal['role'], regionCode: string, department?: TDepartment): TAdminPrincipal => ({
  id: role,
  username: role,
  displayName: role,
  role,
  regionCode,
  regionName: '',
  ...(department ? { department } : {}),
});

const minzheng = admin('county_department', '210124000000', 'civilAffairs');
const zuzhibu = admin('county_department', '210124000000', 'organization');
const kangpingMinzheng = admin('county_department', '210123000000', 'civilAffairs');
const county = admin('county_supervisor', '210124000000');
const city = admin('city_supervisor', '210100000000');
const province = admin('province_supervisor', '210000000000');

const village = { villageCode: '210124101200', townshipCode: '210124101000' };
const published = (catalogItemId: string, category: 'party' | 'village' | 'finance' = 'village') => ({ ...village, status: 'published' as const, catalogItemId, category });

describe('the department of every catalog item', () => {
  it('is data on each province item, one of the four departments', () => {
    for (const item of CATALOG) expect(DEPARTMENTS).toContain(item.department);
    for (const department of DEPARTMENTS) expect(CATALOG.some((i) => i.department === department)).toBe(true);
  });

  it('follows what the item is about, not only its category', () => {
    const of = (id: string) => findCatalogItem(id)!.department;
    expect(CATALOG.filter((i) => i.category === 'party').every((i) => i.department === 'organization')).toBe(true);
    expect(of('village-subsistence-allowance')).toBe('civilAffairs');
    expect(of('village-relief-funds')).toBe('civilAffairs');
    expect(of('village-land-pension')).toBe('civilAffairs');
    expect(of('village-farm-subsidies')).toBe('agriculture');
    expect(of('finance-collective-assets')).toBe('agriculture');
    expect(of('finance-asset-contract-events')).toBe('agriculture');
    expect(of('finance-income-expenditure')).toBe('finance');
    expect(of('village-finance-rules')).toBe('finance');
  });

  it('falls back to the category for a county item saved before items named one', () => {
    expect(departmentOfItem({ category: 'party' })).toBe('organization');
    expect(departmentOfItem({ category: 'village' })).toBe('civilAffairs');
    expect(departmentOfItem({ category: 'finance' })).toBe('finance');
    expect(departmentOfItem({ category: 'village', department: 'agriculture' })).toBe('agriculture');
  });

  it('of a record is the province item’s, else what the record carries, else its category’s', () => {
    expect(departmentOfRecord({ catalogItemId: 'village-farm-subsidies', category: 'village' })).toBe('agriculture');
    expect(departmentOfRecord({ catalogItemId: 'local-210124-river', category: 'village', department: 'agriculture' })).toBe('agriculture');
    expect(departmentOfRecord({ catalogItemId: 'local-210124-river', category: 'village' })).toBe('civilAffairs');
  });
});

describe('the tiers', () => {
  it('puts each new role at its level and names it', () => {
    expect(ROLE_LEVEL.county_department).toBe('county');
    expect(ROLE_LEVEL.city_department).toBe('city');
    expect(ROLE_LEVEL.province_department).toBe('province');
    expect(ROLE_NAMES.city_supervisor).toBe('市纪委监委督导员');
    expect(ROLE_NAMES.province_supervisor).toBe('省纪委监委督导员');
    expect(ROLE_NAMES.county_department).toBe('县（区）职能部门');
    expect(roleMatchesRegion('city_department', '210100000000')).toBe(true);
    expect(roleMatchesRegion('county_department', '210100000000')).toBe(false);
  });

  it('tells supervisors and departments apart', () => {
    expect(ADMIN_ROLES.filter(isSupervisorRole)).toEqual(['county_supervisor', 'city_supervisor', 'province_supervisor']);
    expect(ADMIN_ROLES.filter(isDepartmentRole)).toEqual(['county_department', 'city_department', 'province_department']);
  });

  it('requires a department on department accounts and refuses it on every other', () => {
    for (const role of ADMIN_ROLES) {
      if (isDepartmentRole(role)) {
        expect(adminDepartmentProblem(role, 'finance')).toBeNull();
        expect(adminDepartmentProblem(role, undefined)).toMatch(/必须指定所属部门/);
      } else {
        expect(adminDepartmentProblem(role, undefined)).toBeNull();
        expect(adminDepartmentProblem(role, 'finance')).toMatch(/不能指定部门/);
      }
    }
    const view = { id: 'x', username: 'faku_minzheng', displayName: '法库县民政局', role: 'county_department', regionCode: '210124000000', regionName: '法库县' };
    expect(ZAdminView.safeParse({ ...view, department: 'civilAffairs' }).success).toBe(true);
    expect(ZAdminView.safeParse(view).success).toBe(false);
    expect(ZAdminView.safeParse({ ...view, role: 'county_supervisor', department: 'civilAffairs' }).success).toBe(false);
  });
});

describe('what a department sees', () => {
  it('is its own items only; supervisors see every item', () => {
    expect(departmentScopeOf(minzheng)).toBe('civilAffairs');
    expect(departmentScopeOf(county)).toBeNull();
    expect(canSeeCatalogItem(minzheng, findCatalogItem('village-subsistence-allowance')!)).toBe(true);
    expect(canSeeCatalogItem(minzheng, findCatalogItem('party-organization')!)).toBe(false);
    expect(canSeeCatalogItem(county, findCatalogItem('party-organization')!)).toBe(true);
  });

  it('is a department account without its department seeing nothing, not everything', () => {
    const broken = admin('county_department', '210124000000');
    expect(() => departmentScopeOf(broken)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => canSeeDisclosure(broken, published('village-subsistence-allowance'))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('is the submitted disclosures of its items in its region', () => {
    expect(canSeeDisclosure(minzheng, published('village-subsistence-allowance'))).toBe(true);
    expect(canSeeDisclosure(minzheng, { ...published('village-subsistence-allowance'), status: 'draft' })).toBe(false);
    expect(canSeeDisclosure(kangpingMinzheng, published('village-subsistence-allowance'))).toBe(false);
    expect(canSeeDisclosure(minzheng, published('party-organization', 'party'))).toBe(false);
    expect(canSeeDisclosure(zuzhibu, published('party-organization', 'party'))).toBe(true);
    for (const supervisor of [county, city, province]) expect(canSeeDisclosure(supervisor, published('party-organization', 'party'))).toBe(true);
  });

  it('answers another department’s disclosure with a refusal naming whose it is, and another region’s as out of scope', () => {
    expect(() => assertCanSeeDisclosure(minzheng, published('party-organization', 'party'))).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', message: `这个事项由${DEPARTMENT_NAMES.organization}负责，民政局账号只能查看本部门的事项。` }),
    );
    expect(() => assertCanSeeDisclosure(kangpingMinzheng, published('party-organization', 'party'))).toThrow(expect.objectContaining({ code: 'OUT_OF_SCOPE' }));
    // A draft is not even confirmed to exist.
    expect(() => assertCanSeeDisclosure(minzheng, { ...published('party-organization', 'party'), status: 'draft' })).toThrow(expect.objectContaining({ code: 'OUT_OF_SCOPE' }));
  });
});
