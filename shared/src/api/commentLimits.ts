/** Plain data, free of zod, so the resident app can import it without the schema library. */
export const COMMENT_LIMITS = { textMin: 2, textMax: 500, perResident: 5 } as const;
