import { z } from '../zodLocale';

export const catalogActions = {
  list: z.object({ appliesTo: z.enum(['village', 'community']).optional() }),
} as const;
