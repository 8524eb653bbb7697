import { z } from '../zodLocale';
import { ZPageRequest } from '../paging';
import { ZRegionCode } from '../region';

export const regionActions = {
  /** A region with its ancestors, for headings and breadcrumbs. */
  get: z.object({ code: ZRegionCode }),
  children: ZPageRequest.extend({ code: ZRegionCode }),
} as const;
