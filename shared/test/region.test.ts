import {
  ancestorCode,
  displayRegionName,
  isWithinRegion,
  padRegionCode,
  parentCodeOf,
  regionLevelOf,
  regionPathOf,
  villageKindFromName,
  ZRegionCode,
} from '@sunshine/shared';

// Real codes from the 2023 division list: 辽宁省 沈阳市 法库县 大孤家子镇 大孤家子村.
const VILLAGE = '210124101200';

describe('region codes', () => {
  it.each([
    ['210000000000', 'province'],
    ['210100000000', 'city'],
    ['210124000000', 'county'],
    ['210124101000', 'township'],
    [VILLAGE, 'village'],
  ])('%s is a %s', (code, level) => {
    expect(regionLevelOf(code)).toBe(level);
  });

  it.each(['21012410120', '2101241012000', '000000000000', '210000101000', 'abcdefghijkl'])('rejects %s', (code) => {
    expect(regionLevelOf(code)).toBeNull();
    expect(ZRegionCode.safeParse(code).success).toBe(false);
  });

  it('walks up to the province', () => {
    expect(parentCodeOf(VILLAGE)).toBe('210124101000');
    expect(parentCodeOf('210124101000')).toBe('210124000000');
    expect(parentCodeOf('210100000000')).toBe('210000000000');
    expect(parentCodeOf('210000000000')).toBeNull();
    expect(ancestorCode(VILLAGE, 'city')).toBe('210100000000');
    expect(padRegionCode('210124')).toBe('210124000000');
  });

  it('knows what lies inside a region', () => {
    expect(isWithinRegion(VILLAGE, '210124101000')).toBe(true);
    expect(isWithinRegion(VILLAGE, '210124000000')).toBe(true);
    expect(isWithinRegion(VILLAGE, VILLAGE)).toBe(true);
    expect(isWithinRegion(VILLAGE, '210124102000')).toBe(false);
    expect(isWithinRegion('210124101000', VILLAGE)).toBe(false);
  });

  it('stores the path of every level on village records', () => {
    expect(regionPathOf(VILLAGE)).toEqual({
      provinceCode: '210000000000',
      cityCode: '210100000000',
      countyCode: '210124000000',
      townshipCode: '210124101000',
      villageCode: VILLAGE,
    });
  });

  it('tells villages from communities by their committee name', () => {
    expect(villageKindFromName('满融村村民委员会')).toBe('village');
    expect(villageKindFromName('大孤家子村委会')).toBe('village');
    expect(villageKindFromName('吉祥社区')).toBe('community');
    expect(villageKindFromName('小潘居委会')).toBe('community');
    expect(villageKindFromName('青年农场虚拟生活区')).toBe('community');
  });

  it('shortens committee names for display', () => {
    expect(displayRegionName('满融村村民委员会')).toBe('满融村');
    expect(displayRegionName('大孤家子村委会')).toBe('大孤家子村');
    expect(displayRegionName('水源地社区居委会')).toBe('水源地社区');
    expect(displayRegionName('小潘居委会')).toBe('小潘社区');
    expect(displayRegionName('吉祥社区')).toBe('吉祥社区');
  });
});
