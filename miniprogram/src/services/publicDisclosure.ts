import type { publicDisclosureContract, TCategory, TRefTo } from '@sunshine/shared';
import { callAction } from './cloud';

type C = typeof publicDisclosureContract;
const VILLAGE_HOME: TRefTo<C['villageHome']> = { fn: 'publicDisclosure', action: 'villageHome' };
const LIST_BY_VILLAGE: TRefTo<C['listByVillage']> = { fn: 'publicDisclosure', action: 'listByVillage' };
const GET: TRefTo<C['get']> = { fn: 'publicDisclosure', action: 'get' };

const PAGE_SIZE = 20;

export function fetchVillageHome(villageCode: string) {
  return callAction(VILLAGE_HOME, { villageCode });
}

export function listVillageDisclosures(villageCode: string, category: TCategory, page: number) {
  return callAction(LIST_BY_VILLAGE, { villageCode, category, page, pageSize: PAGE_SIZE });
}

export function fetchDisclosure(id: string) {
  return callAction(GET, { id });
}
