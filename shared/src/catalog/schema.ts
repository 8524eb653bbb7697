import { z } from '../zodLocale';
import { DEPARTMENTS } from '../departments';
import { CATEGORIES, PERIODIC_RHYTHMS, type TPeriodicRhythm } from './categories';

export * from './categories';

export const ZCategory = z.enum(CATEGORIES);
export const ZDepartment = z.enum(DEPARTMENTS, { error: '请选择负责的职能部门' });

export const ZRhythm = z.discriminatedUnion('kind', [
  /** 固定: kept current, updated within `withinDays` of a change. */
  z.object({ kind: z.literal('fixed'), withinDays: z.number().int().positive().optional() }),
  /** 即时: within `withinDays` of the event. */
  z.object({ kind: z.literal('immediate'), withinDays: z.number().int().positive() }),
  /** 定期: by `dueDay` of the first month after the period ends. */
  z.object({
    kind: z.enum(PERIODIC_RHYTHMS),
    dueDay: z.number().int().min(1).max(28),
  }),
]);
export type TRhythm = z.infer<typeof ZRhythm>;
export type TPeriodicRhythmSpec = Extract<TRhythm, { kind: TPeriodicRhythm }>;

export const ZTableColumnType = z.enum(['text', 'amount', 'idNumber', 'date']);
export const ZTableColumn = z.object({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,30}$/),
  label: z.string().min(1).max(20),
  type: ZTableColumnType,
});
export type TTableColumn = z.infer<typeof ZTableColumn>;

export const ZCatalogItem = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  category: ZCategory,
  /** The functional department that follows this item across its region (组织部, 民政局…). */
  department: ZDepartment,
  /** 领域, e.g. 组织建设, 民生保障. */
  domain: z.string().min(1),
  title: z.string().min(1),
  /** 公开内容(要素): what a disclosure of this item must contain. */
  elements: z.array(z.string()).min(1),
  rhythm: ZRhythm,
  appliesTo: z.enum(['village', 'community', 'both']),
  legalBasis: z.string().min(1),
  audience: z.enum(['public', 'restricted']),
  hasPersonalData: z.boolean(),
  /** For list items: the columns of the recipient table. */
  tableColumns: z.array(ZTableColumn).optional(),
  /** Residents see the `name` column partly masked (张*丰), as for relief recipients. */
  maskNames: z.boolean().optional(),
  /** Which official catalog or law the item was taken from, so every item can be traced. */
  source: z.string().min(1),
});
export type TCatalogItem = z.infer<typeof ZCatalogItem>;

export const RECIPIENT_COLUMNS: TTableColumn[] = [
  { key: 'name', label: '姓名', type: 'text' },
  { key: 'idNumber', label: '身份证号', type: 'idNumber' },
  { key: 'amount', label: '金额（元）', type: 'amount' },
];
