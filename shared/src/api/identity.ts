import { z } from '../zodLocale';
import { ZPage, ZPageRequest, type TPage } from '../paging';
import { admins, defineContract, RESIDENT } from './contract';
import { ZRegionCode } from '../region';
import { ZIdNumber, ZMobilePhone, ZPersonName } from '../identityBinding';
import { RESIDENT_BINDING_STATUSES } from '../resident';

export const identityActions = {
  /** The caller's binding, masked. */
  status: z.object({}),
  bind: z.object({
    villageCode: ZRegionCode,
    name: ZPersonName,
    idNumber: ZIdNumber,
    phone: ZMobilePhone.optional(),
    /** The consent screen was shown and accepted; nothing is stored without it. */
    consent: z.literal(true, { error: '请先阅读并同意个人信息处理说明' }),
  }),
  /** Unbinds and deletes every personal datum the platform holds about the caller. */
  unbindAndDelete: z.object({}),
} as const;

/** The village admin's side: roster and pending bindings of their own village. */
export const identityAdminActions = {
  rosterStatus: z.object({}),
  uploadRoster: z.object({ csv: z.string().min(1, '请选择名册文件').max(2_000_000, '名册文件太大') }),
  pendingBindings: ZPageRequest,
  decide: z.object({
    residentKey: z.string().min(8).max(40),
    approve: z.boolean(),
    reason: z.string().trim().max(200).optional(),
  }),
} as const;

export const ZBindingStatus = z.strictObject({
  status: z.enum(RESIDENT_BINDING_STATUSES),
  villageCode: z.string().nullable(),
  villageName: z.string().nullable(),
  maskedName: z.string().nullable(),
  maskedIdNumber: z.string().nullable(),
  maskedPhone: z.string().nullable(),
  /** How the binding was verified: by the roster at once, or by the village admin. */
  verifiedBy: z.enum(['roster', 'admin']).nullable(),
  rejectReason: z.string().nullable(),
});
export type TBindingStatus = z.infer<typeof ZBindingStatus>;

export const ZRosterStatus = z.strictObject({ villageCode: z.string(), entryCount: z.number().int(), uploadedAt: z.string().nullable() });
export type TRosterStatus = z.infer<typeof ZRosterStatus>;

/**
 * A pending binding as the village admin sees it: the name in full to
 * compare with the register, the ID masked, and what needs a closer look
 * (a name unlike the roster's, the same ID number held or sought by another
 * account), in Chinese.
 */
export const ZPendingBinding = z.strictObject({
  residentKey: z.string(),
  name: z.string(),
  maskedIdNumber: z.string(),
  maskedPhone: z.string().nullable(),
  requestedAt: z.string(),
  notes: z.array(z.string()),
});
export type TPendingBinding = z.infer<typeof ZPendingBinding>;
export type TPendingBindingPage = TPage<TPendingBinding>;

const VILLAGE_ADMIN_ONLY = admins(['village_admin'], '只有村（社区）管理员可以管理本村的户籍名册和身份审核。');

export const identityContract = defineContract('identity', {
  status: { input: identityActions.status, output: ZBindingStatus, callers: RESIDENT },
  bind: { input: identityActions.bind, output: ZBindingStatus, callers: RESIDENT },
  unbindAndDelete: { input: identityActions.unbindAndDelete, output: ZBindingStatus, callers: RESIDENT },
  rosterStatus: { input: identityAdminActions.rosterStatus, output: ZRosterStatus, callers: VILLAGE_ADMIN_ONLY },
  uploadRoster: { input: identityAdminActions.uploadRoster, output: ZRosterStatus, callers: VILLAGE_ADMIN_ONLY },
  pendingBindings: { input: identityAdminActions.pendingBindings, output: ZPage(ZPendingBinding), callers: VILLAGE_ADMIN_ONLY },
  decide: {
    input: identityAdminActions.decide,
    output: z.strictObject({ residentKey: z.string(), status: z.enum(['verified', 'rejected']) }),
    callers: VILLAGE_ADMIN_ONLY,
  },
});
