import { z } from '../zodLocale';

/** The three affairs, plus the two modules urban communities add. */
export const CATEGORIES = ['party', 'village', 'finance', 'property', 'heating'] as const;
export const ZCategory = z.enum(CATEGORIES);
export type TCategory = z.infer<typeof ZCategory>;

export const CATEGORY_NAMES: Record<TCategory, string> = {
  party: '党务',
  village: '村(居)务',
  finance: '财务',
  property: '阳光物业',
  heating: '阳光供暖',
};

/** Rhythms repeated on a calendar: each has periods and a due day. */
export const PERIODIC_RHYTHMS = ['monthly', 'quarterly', 'halfYearly', 'yearly'] as const;
export type TPeriodicRhythm = (typeof PERIODIC_RHYTHMS)[number];

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

export const RHYTHM_NAMES: Record<TRhythm['kind'], string> = {
  fixed: '固定公开',
  immediate: '即时公开',
  monthly: '每月公开',
  quarterly: '季度公开',
  halfYearly: '半年公开',
  yearly: '年度公开',
};

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
