import { z } from '../zodLocale';
import { DISCLOSURE_LIMITS, ZTableRowInput } from '../disclosure';
import { DISCLOSURE_STATUSES } from '../disclosureWorkflow';
import { ZPageRequest } from '../paging';
import { ZRegionCode } from '../region';

/** Client-made key of a create request: the same key twice creates one disclosure. */
export const ZRequestId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: '请求编号格式不对' });

const ZDisclosureContent = z.object({
  title: z.string().trim().min(1, { error: '请填写标题' }).max(DISCLOSURE_LIMITS.titleMax),
  body: z.string().max(DISCLOSURE_LIMITS.bodyMax).default(''),
  rows: z.array(ZTableRowInput).max(DISCLOSURE_LIMITS.rowsMax).default([]),
});

export const ZCreateDisclosureRequest = ZDisclosureContent.extend({
  requestId: ZRequestId,
  villageCode: ZRegionCode,
  catalogItemId: z.string().min(1, { error: '请选择公开目录事项' }),
});
export type TCreateDisclosureRequest = z.input<typeof ZCreateDisclosureRequest>;

export const ZUpdateDisclosureRequest = ZDisclosureContent.extend({ id: z.string().min(1) });
export type TUpdateDisclosureRequest = z.input<typeof ZUpdateDisclosureRequest>;

export const ZDisclosureIdRequest = z.object({ id: z.string().min(1) });

export const ZListDisclosuresRequest = ZPageRequest.extend({
  status: z.enum(DISCLOSURE_STATUSES).optional(),
  villageCode: ZRegionCode.optional(),
});
export type TListDisclosuresRequest = z.input<typeof ZListDisclosuresRequest>;

export const disclosureActions = {
  create: ZCreateDisclosureRequest,
  update: ZUpdateDisclosureRequest,
  submit: ZDisclosureIdRequest,
  get: ZDisclosureIdRequest,
  list: ZListDisclosuresRequest,
} as const;
