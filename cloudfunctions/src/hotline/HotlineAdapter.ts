import type { THotlineType } from '@sunshine/shared';

/** What we send the hotline for one order. */
export interface THotlineFiling {
  /** Our order id: the hotline files one order per key, however often we send it. */
  idempotencyKey: string;
  type: THotlineType;
  typeName: string;
  content: string;
  contactPhone: string | null;
  villageCode: string;
  villageName: string;
  filedAt: string;
}

/** The 12345 hotline's interface, as the delivery worker sees it. */
export interface HotlineAdapter {
  /** Files the order and answers the hotline's own order number; throws when it did not get through. */
  fileOrder(filing: THotlineFiling): Promise<{ hotlineOrderNo: string }>;
}
