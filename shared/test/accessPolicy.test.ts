import { ADMIN_ROLES, assertCanEditVillage, assertCanReview, canSeeDisclosure, feedbackAnsweringScopeOf, regionScopeFilter, type TAdminPrincipal } from '@sunshine/shared';

const admin = (role: TAdminPrincipal['role'], regionCode: string): TAdminPrincipal => ({
  id: role,
  username: role,
  displayName: role,
  role,
  regionCode,
  regionName: '',
});

const village = admin('village_admin', '210124101200');
const neighbour = admin('village_admin', '210124101201');
const township = admin('township_reviewer', '210124101000');
const otherTownship = admin('township_reviewer', '210124102000');
const county = admin('county_supervisor', '210124000000');

const draft = { villageCode: '210124101200', townshipCode: '210124101000', status: 'draft' as const, catalogItemId: 'party-organization', category: 'party' as const };
const submitted = { ...draft, status: 'submitted' as const };

describe('access policy', () => {
  it('keeps drafts inside their village', () => {
    expect(canSeeDisclosure(village, draft)).toBe(true);
    expect(canSeeDisclosure(neighbour, draft)).toBe(false);
    expect(canSeeDisclosure(township, draft)).toBe(false);
    expect(canSeeDisclosure(county, draft)).toBe(false);
  });

  it('shows submitted work to the region above, not to other regions', () => {
    expect(canSeeDisclosure(township, submitted)).toBe(true);
    expect(canSeeDisclosure(county, submitted)).toBe(true);
    expect(canSeeDisclosure(otherTownship, submitted)).toBe(false);
  });

  it('lets only the village enter and only its township review', () => {
    expect(() => assertCanEditVillage(village, '210124101200')).not.toThrow();
    expect(() => assertCanEditVillage(neighbour, '210124101200')).toThrow(expect.objectContaining({ code: 'OUT_OF_SCOPE' }));
    expect(() => assertCanEditVillage(township, '210124101200')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => assertCanReview(township, '210124101000')).not.toThrow();
    expect(() => assertCanReview(otherTownship, '210124101000')).toThrow(expect.objectContaining({ code: 'OUT_OF_SCOPE' }));
    expect(() => assertCanReview(county, '210124101000')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('scopes queries by the field of the role’s level', () => {
    expect(regionScopeFilter(township)).toEqual({ field: 'townshipCode', value: '210124101000' });
    expect(regionScopeFilter(county)).toEqual({ field: 'countyCode', value: '210124000000' });
  });
});

describe('who answers residents\' messages', () => {
  it('is the village, the township and the county, each for its own level and region field', () => {
    expect(feedbackAnsweringScopeOf(village)).toEqual({ level: 'village', field: 'villageCode' });
    expect(feedbackAnsweringScopeOf(township)).toEqual({ level: 'township', field: 'townshipCode' });
    expect(feedbackAnsweringScopeOf(county)).toEqual({ level: 'county', field: 'countyCode' });
  });

  it('refuses every other role by name', () => {
    for (const role of ADMIN_ROLES.filter((r) => !['village_admin', 'township_reviewer', 'county_supervisor'].includes(r))) {
      expect(() => feedbackAnsweringScopeOf(admin(role, '210124000000'))).toThrow('只有村（社区）、乡镇（街道）和县（区）的账号可以答复群众留言。');
    }
  });
});
