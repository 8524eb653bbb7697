import { adminAuthFunction } from './adminAuth';
import { catalogFunction } from './catalog';
import { disclosureFunction } from './disclosure';
import { publicDisclosureFunction } from './publicDisclosure';
import { regionFunction } from './region';
import { residentFunction } from './resident';
import { reviewFunction } from './review';
import type { TCloudFunction } from './defineFunction';

/** Every deployed function, by its CloudBase name. */
export const CLOUD_FUNCTIONS: Record<string, TCloudFunction> = Object.fromEntries(
  [adminAuthFunction, catalogFunction, regionFunction, disclosureFunction, reviewFunction, publicDisclosureFunction, residentFunction].map(
    (fn) => [fn.name, fn],
  ),
);
