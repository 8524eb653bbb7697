import { z } from './zodLocale';
import { ZRegionCode } from './region';

/**
 * A resident as the platform knows them: a WeChat account (by a pseudonym of
 * its openid) and, once bound, the village they belong to and a real identity
 * (name and ID number) that the roster or the village admin vouched for.
 * `rejected` keeps only the reason: the personal data is deleted at once.
 */
export const RESIDENT_BINDING_STATUSES = ['unbound', 'pending', 'verified', 'rejected'] as const;
export type TResidentBindingStatus = (typeof RESIDENT_BINDING_STATUSES)[number];

export const ZResident = z.object({
  residentKey: z.string().min(8),
  villageCode: ZRegionCode.nullable(),
  bindingStatus: z.enum(RESIDENT_BINDING_STATUSES),
});
export type TResident = z.infer<typeof ZResident>;
