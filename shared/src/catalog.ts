import { z } from './zodLocale';

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

export const ZRhythm = z.discriminatedUnion('kind', [
  /** 固定: kept current, updated within `withinDays` of a change. */
  z.object({ kind: z.literal('fixed'), withinDays: z.number().int().positive().optional() }),
  /** 即时: within `withinDays` of the event. */
  z.object({ kind: z.literal('immediate'), withinDays: z.number().int().positive() }),
  /** 定期: by `dueDay` of the period's first month after it ends. */
  z.object({
    kind: z.enum(['monthly', 'quarterly', 'halfYearly', 'yearly']),
    dueDay: z.number().int().min(1).max(28),
  }),
]);
export type TRhythm = z.infer<typeof ZRhythm>;

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
});
export type TCatalogItem = z.infer<typeof ZCatalogItem>;

const LAW_ORG = '《村民委员会组织法》第三十条、第三十一条';
const PARTY_RULES = '《中国共产党农村基层组织工作条例》；党务公开相关规定';

const RECIPIENT_COLUMNS: TTableColumn[] = [
  { key: 'name', label: '姓名', type: 'text' },
  { key: 'idNumber', label: '身份证号', type: 'idNumber' },
  { key: 'amount', label: '金额（元）', type: 'amount' },
];

/**
 * Catalog version 1: items that recur across the official catalogs of
 * 泰州 (2016), 栖霞 (2021), 船营区 (2022) and 沂水县 (2023).
 */
export const CATALOG_VERSION = 1;
export const CATALOG: readonly TCatalogItem[] = [
  {
    id: 'party-organization',
    category: 'party',
    domain: '组织建设',
    title: '党组织设置、成员分工',
    elements: ['党组织名称', '班子成员及分工', '联系方式'],
    rhythm: { kind: 'fixed', withinDays: 20 },
    appliesTo: 'both',
    legalBasis: PARTY_RULES,
    audience: 'public',
    hasPersonalData: false,
  },
  {
    id: 'party-annual-goals',
    category: 'party',
    domain: '组织建设',
    title: '年度目标及完成情况',
    elements: ['年度工作目标', '完成情况'],
    rhythm: { kind: 'halfYearly', dueDay: 10 },
    appliesTo: 'both',
    legalBasis: PARTY_RULES,
    audience: 'public',
    hasPersonalData: false,
  },
  {
    id: 'party-member-development',
    category: 'party',
    domain: '党员队伍',
    title: '发展党员公示',
    elements: ['发展对象姓名', '发展阶段', '公示期限', '监督电话'],
    rhythm: { kind: 'immediate', withinDays: 5 },
    appliesTo: 'both',
    legalBasis: '《中国共产党发展党员工作细则》',
    audience: 'public',
    hasPersonalData: true,
  },
  {
    id: 'party-dues',
    category: 'party',
    domain: '党员队伍',
    title: '党费收缴',
    elements: ['应缴人数', '实缴人数', '收缴金额'],
    rhythm: { kind: 'halfYearly', dueDay: 10 },
    appliesTo: 'both',
    legalBasis: '《关于中国共产党党费收缴、使用和管理的规定》',
    audience: 'public',
    hasPersonalData: false,
  },
  {
    id: 'village-charter',
    category: 'village',
    domain: '制度建设',
    title: '村民自治章程、村规民约',
    elements: ['章程全文', '通过时间', '表决情况'],
    rhythm: { kind: 'fixed' },
    appliesTo: 'both',
    legalBasis: LAW_ORG,
    audience: 'public',
    hasPersonalData: false,
  },
  {
    id: 'village-committee-members',
    category: 'village',
    domain: '组织建设',
    title: '两委、监委会成员及分工',
    elements: ['成员姓名', '职务', '分工', '联系方式'],
    rhythm: { kind: 'fixed', withinDays: 20 },
    appliesTo: 'both',
    legalBasis: LAW_ORG,
    audience: 'public',
    hasPersonalData: false,
  },
  {
    id: 'village-assembly-decisions',
    category: 'village',
    domain: '民主决策',
    title: '村民（代表）会议决议及实施情况',
    elements: ['会议时间', '参会人数', '决议事项', '实施情况'],
    rhythm: { kind: 'quarterly', dueDay: 10 },
    appliesTo: 'both',
    legalBasis: LAW_ORG,
    audience: 'public',
    hasPersonalData: false,
  },
  {
    id: 'village-major-matters',
    category: 'village',
    domain: '民主决策',
    title: '投入 5 万元以上的重大事项及进程',
    elements: ['事项名称', '投资额', '决策过程', '实施进度'],
    rhythm: { kind: 'immediate', withinDays: 5 },
    appliesTo: 'both',
    legalBasis: LAW_ORG,
    audience: 'public',
    hasPersonalData: false,
  },
  {
    id: 'village-homestead-approval',
    category: 'village',
    domain: '民生保障',
    title: '宅基地审批',
    elements: ['申请人', '位置', '面积', '审批结果'],
    rhythm: { kind: 'quarterly', dueDay: 20 },
    appliesTo: 'village',
    legalBasis: '《土地管理法》第六十二条',
    audience: 'public',
    hasPersonalData: true,
  },
  {
    id: 'village-subsistence-allowance',
    category: 'village',
    domain: '民生保障',
    title: '低保、特困、残疾人补贴名单',
    elements: ['享受对象', '保障类别', '金额'],
    rhythm: { kind: 'quarterly', dueDay: 10 },
    appliesTo: 'both',
    legalBasis: '《社会救助暂行办法》',
    audience: 'public',
    hasPersonalData: true,
    tableColumns: RECIPIENT_COLUMNS,
  },
  {
    id: 'village-relief-funds',
    category: 'village',
    domain: '民生保障',
    title: '救助、慰问、救灾款物发放',
    elements: ['发放对象', '款物数量', '发放时间'],
    rhythm: { kind: 'quarterly', dueDay: 10 },
    appliesTo: 'both',
    legalBasis: LAW_ORG,
    audience: 'public',
    hasPersonalData: true,
    tableColumns: RECIPIENT_COLUMNS,
  },
  {
    id: 'village-farm-subsidies',
    category: 'village',
    domain: '民生保障',
    title: '惠农补贴发放',
    elements: ['补贴项目', '补贴对象', '补贴标准', '发放金额'],
    rhythm: { kind: 'quarterly', dueDay: 10 },
    appliesTo: 'village',
    legalBasis: LAW_ORG,
    audience: 'public',
    hasPersonalData: true,
    tableColumns: RECIPIENT_COLUMNS,
  },
  {
    id: 'village-land-pension',
    category: 'village',
    domain: '民生保障',
    title: '被征地人员养老保障',
    elements: ['参保对象', '补贴标准', '发放金额'],
    rhythm: { kind: 'quarterly', dueDay: 10 },
    appliesTo: 'village',
    legalBasis: '《社会保险法》；被征地农民养老保障相关规定',
    audience: 'public',
    hasPersonalData: true,
    tableColumns: RECIPIENT_COLUMNS,
  },
  {
    id: 'finance-income-expenditure',
    category: 'finance',
    domain: '财务收支',
    title: '财务收支情况',
    elements: ['收入明细', '支出明细', '经办人', '审批人'],
    rhythm: { kind: 'quarterly', dueDay: 10 },
    appliesTo: 'both',
    legalBasis: LAW_ORG + '；《村集体经济组织财务制度》',
    audience: 'public',
    hasPersonalData: false,
  },
  {
    id: 'finance-debts',
    category: 'finance',
    domain: '财务收支',
    title: '债权债务',
    elements: ['债权', '债务', '变动情况'],
    rhythm: { kind: 'quarterly', dueDay: 10 },
    appliesTo: 'both',
    legalBasis: '《村集体经济组织财务制度》',
    audience: 'public',
    hasPersonalData: false,
  },
  {
    id: 'finance-collective-assets',
    category: 'finance',
    domain: '三资管理',
    title: '集体资产经营、发包租赁合同',
    elements: ['资产名称', '承包（租赁）方', '期限', '金额'],
    rhythm: { kind: 'yearly', dueDay: 10 },
    appliesTo: 'village',
    legalBasis: '《农村集体经济组织法》',
    audience: 'public',
    hasPersonalData: false,
  },
  {
    id: 'finance-special-funds',
    category: 'finance',
    domain: '财务收支',
    title: '上级补助、专项资金',
    elements: ['资金来源', '金额', '用途', '使用情况'],
    rhythm: { kind: 'quarterly', dueDay: 10 },
    appliesTo: 'both',
    legalBasis: LAW_ORG,
    audience: 'public',
    hasPersonalData: false,
  },
  {
    id: 'finance-land-compensation',
    category: 'finance',
    domain: '财务收支',
    title: '征地补偿分配',
    elements: ['补偿总额', '分配方案', '分配对象及金额'],
    rhythm: { kind: 'immediate', withinDays: 5 },
    appliesTo: 'village',
    legalBasis: '《土地管理法》第四十八条',
    audience: 'public',
    hasPersonalData: true,
    tableColumns: RECIPIENT_COLUMNS,
  },
  {
    id: 'finance-cadre-pay',
    category: 'finance',
    domain: '财务收支',
    title: '村干部报酬',
    elements: ['姓名', '职务', '报酬标准', '发放金额'],
    rhythm: { kind: 'yearly', dueDay: 10 },
    appliesTo: 'both',
    legalBasis: LAW_ORG,
    audience: 'public',
    hasPersonalData: false,
  },
  {
    id: 'property-service-fees',
    category: 'property',
    domain: '物业服务',
    title: '物业服务收费项目及标准',
    elements: ['服务企业', '收费项目', '收费标准', '收支情况'],
    rhythm: { kind: 'halfYearly', dueDay: 10 },
    appliesTo: 'community',
    legalBasis: '《物业管理条例》第四十条',
    audience: 'public',
    hasPersonalData: false,
  },
  {
    id: 'heating-fees',
    category: 'heating',
    domain: '供暖服务',
    title: '供暖收费标准及服务承诺',
    elements: ['供热单位', '收费标准', '供暖时间', '服务电话'],
    rhythm: { kind: 'yearly', dueDay: 10 },
    appliesTo: 'community',
    legalBasis: '《辽宁省城市供热条例》',
    audience: 'public',
    hasPersonalData: false,
  },
];

const CATALOG_BY_ID = new Map(CATALOG.map((item) => [item.id, item]));

export function findCatalogItem(id: string): TCatalogItem | undefined {
  return CATALOG_BY_ID.get(id);
}

export function catalogItemAppliesTo(item: TCatalogItem, kind: 'village' | 'community'): boolean {
  return item.appliesTo === 'both' || item.appliesTo === kind;
}
