import { z } from './zodLocale';
import { ZRegionCode } from './region';

/**
 * A resident as the platform knows them: a WeChat account (by a pseudonym of
 * its openid) and, once bound, the village they belong to. Binding a real
 * identity (name and ID number) comes with the resident-app work.
 */
export const RESIDENT_BINDING_STATUSES = ['unbound', 'pending', 'verified'] as const;

export const ZResident = z.object({
  residentKey: z.string().min(8),
  villageCode: ZRegionCode.nullable(),
  bindingStatus: z.enum(RESIDENT_BINDING_STATUSES),
});
export type TResident = z.infer<typeof ZResident>;
