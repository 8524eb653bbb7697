import type {
  TCategory,
  TPage,
  TPublishedDisclosure,
  TVillageHome,
  publicDisclosureActions,
} from '@sunshine/shared';
import { callFunction } from './cloud';

type TAction = keyof typeof publicDisclosureActions;

const call = <T>(action: TAction, input: unknown) => callFunction<T>('publicDisclosure', action, input);

const PAGE_SIZE = 20;

export function fetchVillageHome(villageCode: string): Promise<TVillageHome> {
  return call('villageHome', { villageCode });
}

export function listVillageDisclosures(
  villageCode: string,
  category: TCategory,
  page: number,
): Promise<TPage<TPublishedDisclosure>> {
  return call('listByVillage', { villageCode, category, page, pageSize: PAGE_SIZE });
}

export function fetchDisclosure(id: string): Promise<TPublishedDisclosure> {
  return call('get', { id });
}
