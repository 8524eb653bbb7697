/** Plain data, free of zod, so the resident app can import it without the schema library. ZHotlineFileRequest reads its limits from here. */
export const HOTLINE_CONTENT_LIMITS = { min: 5, max: 1000 } as const;
