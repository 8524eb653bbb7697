/**
 * `@sunshine/shared/model`: the domain as plain data and functions, without
 * zod, for clients that must stay small (the weapp package). Regions and
 * division codes, the catalog's categories and rhythms, roles, the disclosure
 * and filing state machines, limits, money, topics, ID-number rules, feedback
 * routing and the error codes with their messages. The schemas are in
 * `@sunshine/shared/contracts` (requests) and the package root (everything).
 * shared/test/modelEntry.test.ts fails if anything here reaches zod.
 */
export * from '../regionCode';
export * from '../regionSearch';
export * from '../catalog/categories';
export * from '../departments';
export * from '../adminRoles';
export * from '../disclosureWorkflow';
export * from '../filingWorkflow';
export * from '../errors';
export * from '../idNumber';
export * from '../yuan';
export * from '../financeSummary';
export * from '../workingCalendar';
export * from '../feedback';
export * from '../feedbackRouting';
export * from '../supervision';
export * from '../hotline';
export * from '../topics';
export * from '../rateLimit';
export * from '../requestKeys';
export { COMMENT_LIMITS } from '../api/commentLimits';
export { HOTLINE_CONTENT_LIMITS } from '../api/hotlineLimits';
