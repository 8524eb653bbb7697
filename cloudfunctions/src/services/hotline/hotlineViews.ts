import {
  HOTLINE_STATUS_NAMES,
  HOTLINE_TYPE_NAMES,
  type TResidentHotlineOrder,
  type TStaffHotlineOrder,
} from '@sunshine/shared';
import type { THotlineOrderDoc } from '../../store/documents';

/** The resident's own order: no openid, no phone echo, no delivery internals. */
export const toResidentHotlineOrder = (doc: THotlineOrderDoc): TResidentHotlineOrder => ({
  id: doc._id,
  type: doc.type,
  typeName: HOTLINE_TYPE_NAMES[doc.type],
  content: doc.content,
  villageName: doc.villageName,
  status: doc.status,
  statusName: HOTLINE_STATUS_NAMES[doc.status],
  hotlineOrderNo: doc.hotlineOrderNo,
  reply: doc.reply,
  topics: doc.topics,
  createdAt: doc.createdAt,
  timeline: doc.timeline.map(({ at, status, text }) => ({ at, status, statusName: HOTLINE_STATUS_NAMES[status], text })),
});

/** What staff see: delivery state, but neither the resident's identity nor their phone. */
export const toStaffHotlineOrder = (doc: THotlineOrderDoc): TStaffHotlineOrder => ({
  id: doc._id,
  type: doc.type,
  typeName: HOTLINE_TYPE_NAMES[doc.type],
  content: doc.content,
  villageCode: doc.villageCode,
  villageName: doc.villageName,
  townshipCode: doc.townshipCode,
  status: doc.status,
  statusName: HOTLINE_STATUS_NAMES[doc.status],
  deliveryState: doc.deliveryState,
  failureCount: doc.failureCount,
  lastError: doc.lastError,
  nextAttemptAt: doc.nextAttemptAt,
  hotlineOrderNo: doc.hotlineOrderNo,
  topics: doc.topics,
  createdAt: doc.createdAt,
});
