import { z } from '../zodLocale';
import { ZCatalogItem, ZDepartment } from '../catalog';
import { ZPage, ZPageRequest } from '../paging';
import { admins, defineContract, PUBLIC } from './contract';
import { strictOutput } from './strictOutput';
import { ZRegionCode } from '../region';

/**
 * What a county or city supervisor enters for its own item: everything but
 * the id (made from the region and `slug`) and the source (the region itself).
 * Without a department the item is its category's (departmentOfItem).
 */
export const ZLocalCatalogItemRequest = ZCatalogItem.omit({ id: true, source: true }).extend({
  department: ZDepartment.optional(),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,29}$/, { error: '编号为 2 到 30 位小写字母、数字或 -，如 river-chief' }),
  title: z.string().trim().min(2, { error: '请填写事项名称' }).max(40),
  domain: z.string().trim().min(1, { error: '请填写领域' }).max(20),
  legalBasis: z.string().trim().min(2, { error: '请填写公开依据' }).max(200),
  elements: z.array(z.string().trim().min(1).max(30)).min(1, { error: '至少填写一项公开内容要素' }).max(20),
});
export type TLocalCatalogItemRequest = z.input<typeof ZLocalCatalogItemRequest>;

/** A county's or city's item as the console lists it. */
export const ZLocalCatalogItemView = ZCatalogItem.extend({
  ownerRegionCode: ZRegionCode,
  ownerRegionName: z.string(),
  createdAt: z.string(),
});
export type TLocalCatalogItemView = z.infer<typeof ZLocalCatalogItemView>;

export const catalogActions = {
  list: z.object({ appliesTo: z.enum(['village', 'community']).optional() }),
  /** The province's items plus those the village's county and city added, for this village's kind. */
  forVillage: z.object({ villageCode: ZRegionCode }),
  localList: ZPageRequest,
  localCreate: ZLocalCatalogItemRequest,
} as const;

const CATALOG_OWNERS = admins(['county_supervisor', 'city_supervisor'], '只有县（区）或市纪委监委督导员可以增加本地公开目录事项。');

export const catalogContract = defineContract('catalog', {
  list: { input: catalogActions.list, output: strictOutput(z.array(ZCatalogItem)), callers: PUBLIC },
  forVillage: { input: catalogActions.forVillage, output: strictOutput(z.array(ZCatalogItem)), callers: PUBLIC },
  localList: { input: catalogActions.localList, output: strictOutput(ZPage(ZLocalCatalogItemView)), callers: CATALOG_OWNERS },
  localCreate: { input: catalogActions.localCreate, output: strictOutput(ZLocalCatalogItemView), callers: CATALOG_OWNERS },
});
