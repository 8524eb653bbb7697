import { z } from '../zodLocale';
import { HOTLINE_DELIVERY_STATES, HOTLINE_REPORTED_STATUSES, HOTLINE_STATUSES, HOTLINE_TYPES } from '../hotline';
import { ZPage, ZPageRequest } from '../paging';
import { admins, defineContract, RESIDENT } from './contract';
import { HOTLINE_CONTENT_LIMITS } from './hotlineLimits';
import { ZRegionCode } from '../region';
import { ZRequestId } from './requestId';

export const ZHotlineFileRequest = z.object({
  /** Made by the client once per form; a double submit files one order. */
  requestId: ZRequestId,
  villageCode: ZRegionCode,
  type: z.enum(HOTLINE_TYPES, { error: '请选择诉求类型' }),
  content: z
    .string()
    .trim()
    .min(HOTLINE_CONTENT_LIMITS.min, { error: `请把事情说清楚（至少 ${HOTLINE_CONTENT_LIMITS.min} 个字）` })
    .max(HOTLINE_CONTENT_LIMITS.max, { error: `内容不能超过 ${HOTLINE_CONTENT_LIMITS.max} 字` }),
  contactPhone: z
    .string()
    .trim()
    .regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, { error: '请填写正确的手机号或座机号' })
    .nullish()
    .transform((v) => v || null),
});
export type THotlineFileRequest = z.input<typeof ZHotlineFileRequest>;

export const ZHotlineTimelineEntry = z.strictObject({
  at: z.string(),
  status: z.enum(HOTLINE_STATUSES),
  statusName: z.string(),
  text: z.string(),
});

/** A resident's own order: no delivery internals, no other resident's data. */
export const ZResidentHotlineOrder = z.strictObject({
  id: z.string(),
  type: z.enum(HOTLINE_TYPES),
  typeName: z.string(),
  content: z.string(),
  villageName: z.string(),
  status: z.enum(HOTLINE_STATUSES),
  statusName: z.string(),
  hotlineOrderNo: z.string().nullable(),
  reply: z.string().nullable(),
  topics: z.array(z.string()),
  createdAt: z.string(),
  timeline: z.array(ZHotlineTimelineEntry),
});
export type TResidentHotlineOrder = z.infer<typeof ZResidentHotlineOrder>;

/** An order as staff see it: delivery state included, the resident's identity not. */
export const ZStaffHotlineOrder = z.strictObject({
  id: z.string(),
  type: z.enum(HOTLINE_TYPES),
  typeName: z.string(),
  content: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  townshipCode: z.string(),
  status: z.enum(HOTLINE_STATUSES),
  statusName: z.string(),
  deliveryState: z.enum(HOTLINE_DELIVERY_STATES),
  failureCount: z.number(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  hotlineOrderNo: z.string().nullable(),
  topics: z.array(z.string()),
  createdAt: z.string(),
});
export type TStaffHotlineOrder = z.infer<typeof ZStaffHotlineOrder>;

export const ZTopicCounts = z.strictObject({
  countyCode: z.string(),
  byTopic: z.array(z.strictObject({ topic: z.string(), count: z.number().int() })),
  byVillage: z.array(
    z.strictObject({ villageCode: z.string(), villageName: z.string(), total: z.number().int(), topics: z.record(z.string(), z.number().int()) }),
  ),
});
export type TTopicCounts = z.infer<typeof ZTopicCounts>;

export const hotlineActions = {
  /** Resident: file a consultation or complaint for 12345. */
  file: ZHotlineFileRequest,
  /** Resident: the caller's own orders with their timelines, newest first. */
  myOrders: ZPageRequest,
  /** Supervisor: orders whose delivery keeps failing, in the caller's region. */
  stuck: ZPageRequest,
  /** Supervisor: orders held by the content check for a person to decide. */
  held: ZPageRequest,
  /** Supervisor: release a held order for forwarding, or reject it. */
  release: z.object({ id: z.string().min(1), decision: z.enum(['release', 'reject']) }),
  /** Supervisor: counts of orders by topic and village in the caller's county. */
  topicCounts: z.object({}),
} as const;

export const ZInboxMessage = z.strictObject({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  orderId: z.string().nullable(),
  /** The resident's message (留言) the notice is about. */
  feedbackId: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type TInboxMessage = z.infer<typeof ZInboxMessage>;

export const inboxActions = {
  list: ZPageRequest.extend({ unreadOnly: z.boolean().default(false) }),
  markRead: z.object({ ids: z.array(z.string().min(1)).min(1).max(100) }),
} as const;

/** A status update as the hotline posts it to our callback. */
export const ZHotlineStatusUpdate = z.object({
  eventId: z.string().min(1).max(100),
  externalId: z.string().min(1).max(100),
  hotlineOrderNo: z.string().min(1).max(100),
  sequence: z.number().int().min(1),
  status: z.enum(HOTLINE_REPORTED_STATUSES),
  reply: z.string().max(4000).nullish().transform((v) => v ?? null),
  occurredAt: z.string().min(1),
});

const SUPERVISORS = admins(['county_supervisor', 'city_supervisor', 'province_supervisor'], '只有县级及以上督导员可以处理12345转办工单。');

export const hotlineContract = defineContract('hotline', {
  file: { input: hotlineActions.file, output: ZResidentHotlineOrder, callers: RESIDENT },
  myOrders: { input: hotlineActions.myOrders, output: ZPage(ZResidentHotlineOrder), callers: RESIDENT },
  stuck: { input: hotlineActions.stuck, output: ZPage(ZStaffHotlineOrder), callers: SUPERVISORS },
  held: { input: hotlineActions.held, output: ZPage(ZStaffHotlineOrder), callers: SUPERVISORS },
  release: { input: hotlineActions.release, output: ZStaffHotlineOrder, callers: SUPERVISORS },
  topicCounts: {
    input: hotlineActions.topicCounts,
    output: ZTopicCounts,
    callers: admins(['county_supervisor'], '话题统计按县（区）查看，请使用县级督导员账号。'),
  },
});

export const inboxContract = defineContract('inbox', {
  list: { input: inboxActions.list, output: ZPage(ZInboxMessage).extend({ unread: z.number().int() }), callers: RESIDENT },
  markRead: { input: inboxActions.markRead, output: z.strictObject({ marked: z.number().int() }), callers: RESIDENT },
});
