import { z } from '../zodLocale';
import { ZPageRequest, type TPage } from '../paging';
import { ZRegionCode } from '../region';
import { ZIdNumber, ZMobilePhone, ZPersonName } from '../identityBinding';
import type { TResidentBindingStatus } from '../resident';

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

export interface TBindingStatus {
  status: TResidentBindingStatus;
  villageCode: string | null;
  villageName: string | null;
  maskedName: string | null;
  maskedIdNumber: string | null;
  maskedPhone: string | null;
  /** How the binding was verified: by the roster at once, or by the village admin. */
  verifiedBy: 'roster' | 'admin' | null;
  rejectReason: string | null;
}

export interface TRosterStatus {
  villageCode: string;
  entryCount: number;
  uploadedAt: string | null;
}

/**
 * A pending binding as the village admin sees it: the name in full to
 * compare with the register, the ID masked, and what needs a closer look
 * (a name unlike the roster's, the same ID number held or sought by another
 * account), in Chinese.
 */
export interface TPendingBinding {
  residentKey: string;
  name: string;
  maskedIdNumber: string;
  maskedPhone: string | null;
  requestedAt: string;
  notes: string[];
}
export type TPendingBindingPage = TPage<TPendingBinding>;
