import { ZPageRequest } from '../paging';

export const paymentsActions = {
  /** Rows of published lists with the caller's own ID number, newest first; verified residents only. */
  mine: ZPageRequest,
} as const;

export interface TMyPayment {
  disclosureId: string;
  villageCode: string;
  villageName: string;
  title: string;
  catalogItemTitle: string;
  period: string | null;
  publishedAt: string;
  /** The row's amount cell as published (元), when the list has one. */
  amount: string | null;
  /** The row as published, column by column; the ID number masked. */
  cells: { label: string; value: string }[];
}
