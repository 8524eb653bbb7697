import { RECIPIENT_COLUMNS, type TCatalogItem } from './schema';
import { SOURCE } from './sources';

type TCommunityFields = Pick<TCatalogItem, 'id' | 'domain' | 'title' | 'elements' | 'rhythm' | 'legalBasis'> &
  Partial<Pick<TCatalogItem, 'audience' | 'hasPersonalData' | 'tableColumns'>>;

/** Community services, property and heating alike, are followed by civil affairs (社区建设). */
const inModule = (category: 'property' | 'heating', regulation: string) => (item: TCommunityFields): TCatalogItem => ({
  category,
  department: 'civilAffairs',
  appliesTo: 'community',
  audience: 'public',
  hasPersonalData: false,
  ...item,
  source: `${SOURCE.community}；${regulation}`,
});

const property = inModule('property', SOURCE.propertyRegulation);
const heating = inModule('heating', SOURCE.heatingRegulation);

/** 阳光物业: the eight items of the property-management module. */
export const PROPERTY_ITEMS: TCatalogItem[] = [
  property({
    id: 'property-service-fees',
    domain: '物业服务',
    title: '物业服务收费项目及标准',
    elements: ['服务企业', '收费项目', '收费标准', '收支情况'],
    rhythm: { kind: 'halfYearly', dueDay: 10 },
    legalBasis: '《物业管理条例》第四十条、第四十一条',
  }),
  property({
    id: 'property-company',
    domain: '物业服务',
    title: '物业服务企业基本情况及服务内容',
    elements: ['企业名称', '项目负责人', '服务内容', '服务电话'],
    rhythm: { kind: 'fixed', withinDays: 10 },
    legalBasis: '《物业管理条例》第三十二条',
  }),
  property({
    id: 'property-service-contract',
    domain: '物业服务',
    title: '物业服务合同',
    elements: ['合同期限', '服务标准', '双方权利义务'],
    rhythm: { kind: 'fixed', withinDays: 10 },
    legalBasis: '《物业管理条例》第三十四条、第三十五条',
  }),
  property({
    id: 'property-maintenance-fund',
    domain: '专项维修资金',
    title: '住宅专项维修资金归集、使用情况',
    elements: ['归集金额', '使用项目', '使用金额', '分摊情况'],
    rhythm: { kind: 'halfYearly', dueDay: 10 },
    legalBasis: '《物业管理条例》第五十三条、第五十四条',
  }),
  property({
    id: 'property-common-income',
    domain: '公共收益',
    title: '共用部位、共用设施设备经营收益',
    elements: ['经营项目', '收益金额', '收益用途'],
    rhythm: { kind: 'halfYearly', dueDay: 10 },
    legalBasis: '《物业管理条例》第五十五条',
  }),
  property({
    id: 'property-owners-committee',
    domain: '业主自治',
    title: '业主大会、业主委员会成员及决定',
    elements: ['业委会成员', '业主大会决定', '表决情况'],
    rhythm: { kind: 'fixed', withinDays: 10 },
    legalBasis: '《物业管理条例》第十二条、第十五条',
  }),
  property({
    id: 'property-complaints',
    domain: '物业服务',
    title: '物业服务投诉及处理情况',
    elements: ['投诉事项', '处理结果', '满意度'],
    rhythm: { kind: 'quarterly', dueDay: 10 },
    legalBasis: '《物业管理条例》第三十六条',
  }),
  property({
    id: 'property-service-evaluation',
    domain: '物业服务',
    title: '物业服务质量评价',
    elements: ['评价方式', '评价结果', '整改措施'],
    rhythm: { kind: 'yearly', dueDay: 20 },
    legalBasis: '《物业管理条例》第三十六条',
  }),
];

/** 阳光供暖: the heating module. */
export const HEATING_ITEMS: TCatalogItem[] = [
  heating({
    id: 'heating-fees',
    domain: '供暖服务',
    title: '供暖收费标准及服务承诺',
    elements: ['供热单位', '收费标准', '供暖时间', '服务电话'],
    rhythm: { kind: 'yearly', dueDay: 10 },
    legalBasis: '《辽宁省城市供热条例》',
  }),
  heating({
    id: 'heating-season',
    domain: '供暖服务',
    title: '供暖期起止时间及室温标准',
    elements: ['开栓时间', '停暖时间', '室温标准'],
    rhythm: { kind: 'yearly', dueDay: 10 },
    legalBasis: '《辽宁省城市供热条例》',
  }),
  heating({
    id: 'heating-service-channels',
    domain: '供暖服务',
    title: '供暖报修、投诉渠道',
    elements: ['报修电话', '投诉电话', '受理时限'],
    rhythm: { kind: 'fixed', withinDays: 5 },
    legalBasis: '《辽宁省城市供热条例》',
  }),
  heating({
    id: 'heating-fee-relief',
    domain: '供暖保障',
    title: '困难家庭供暖费减免、补贴名单',
    elements: ['补贴对象', '补贴标准', '补贴金额'],
    rhythm: { kind: 'yearly', dueDay: 20 },
    legalBasis: '《辽宁省城市供热条例》；《社会救助暂行办法》',
    hasPersonalData: true,
    tableColumns: RECIPIENT_COLUMNS,
  }),
  heating({
    id: 'heating-complaints',
    domain: '供暖服务',
    title: '供暖投诉及处理情况',
    elements: ['投诉数量', '主要问题', '处理结果'],
    rhythm: { kind: 'monthly', dueDay: 10 },
    legalBasis: '《辽宁省城市供热条例》',
  }),
  heating({
    id: 'heating-outages',
    domain: '供暖服务',
    title: '停暖、检修通知',
    elements: ['停暖范围', '原因', '预计恢复时间'],
    rhythm: { kind: 'immediate', withinDays: 1 },
    legalBasis: '《辽宁省城市供热条例》',
  }),
];
