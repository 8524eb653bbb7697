import { z } from './zodLocale';

export const ZPageRequest = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});
export type TPageRequest = z.infer<typeof ZPageRequest>;

export interface TPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** The answer schema of a paged list; strict, so a field the contract does not name fails the answer check. */
export const ZPage = <T extends z.ZodType>(item: T) =>
  z.strictObject({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
