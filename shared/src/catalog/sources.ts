/**
 * Where catalog items come from (see the team's REFERENCE.md). Every item
 * names one of these as its `source`, so a reviewer can trace it.
 */
export const SOURCE = {
  /** Items recurring across the official catalogs of 泰州, 栖霞, 船营区 and 沂水县. */
  localCatalogs: '泰州（2016）、栖霞（2021）、船营区（2022）、沂水县（2023）村级公开目录',
  /** The nine 制度 items of those catalogs. */
  institutions: '上述四地目录“村务·制度”九项',
  law30: '《村民委员会组织法》第三十条',
  villageRhythm: '村级公开制度：村务每季度首月 10 日为公开日',
  community: '城市社区“阳光三务”增设模块（阳光物业、阳光供暖）',
  propertyRegulation: '《物业管理条例》',
  heatingRegulation: '《辽宁省城市供热条例》',
} as const;

export const LAW_ORG = '《村民委员会组织法》第三十条、第三十一条';
export const PARTY_RULES = '《中国共产党农村基层组织工作条例》；党务公开相关规定';
export const FINANCE_RULES = '《村集体经济组织财务制度》';
