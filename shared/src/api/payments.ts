import { z } from '../zodLocale';
import { ZPage, ZPageRequest } from '../paging';
import { defineContract, RESIDENT } from './contract';

export const paymentsActions = {
  /** Rows of published lists with the caller's own ID number, newest first; verified residents only. */
  mine: ZPageRequest,
} as const;

export const ZMyPayment = z.strictObject({
  disclosureId: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  title: z.string(),
  catalogItemTitle: z.string(),
  period: z.string().nullable(),
  publishedAt: z.string(),
  /** The row's amount cell as published (元), when the list has one. */
  amount: z.string().nullable(),
  /** The row as published, column by column; the ID number masked. */
  cells: z.array(z.strictObject({ label: z.string(), value: z.string() })),
});
export type TMyPayment = z.infer<typeof ZMyPayment>;

export const paymentsContract = defineContract('payments', {
  mine: { input: paymentsActions.mine, output: ZPage(ZMyPayment), callers: RESIDENT },
});
