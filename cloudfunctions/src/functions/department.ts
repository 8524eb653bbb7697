import { departmentContract } from '@sunshine/shared';
import { departmentItemVillages, departmentItems } from '../services/department/departmentItems';
import { defineFunction } from './defineFunction';

/** A functional department's own catalog items across its region, and the villages behind each figure. */
export const departmentFunction = defineFunction(departmentContract, {
  items: departmentItems,
  villages: departmentItemVillages,
});
