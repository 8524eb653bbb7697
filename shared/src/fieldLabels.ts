import { z } from 'zod';

/**
 * Chinese names of request fields, as the forms label them, so a message
 * names the field a person can find on screen ("姓名：…", never "name：…").
 * A field whose name means different things in different requests carries
 * its own label as zod meta (`.meta({ label: '回复内容' })`), which wins.
 */
export const FIELD_LABELS: Record<string, string> = {
  action: '操作',
  appliesTo: '适用范围',
  approve: '审核结论',
  attachmentId: '附件',
  audience: '公开对象',
  body: '正文',
  catalogItemId: '公开目录事项',
  category: '类别',
  code: '区划代码',
  comment: '意见',
  commentDays: '征求意见天数',
  consent: '个人信息处理说明',
  contactPhone: '联系电话',
  csv: '名册文件',
  content: '诉求内容',
  contentBase64: '文件内容',
  dataBase64: '文件内容',
  decision: '处理决定',
  department: '负责部门',
  disclosureId: '公开事项',
  domain: '领域',
  dueBefore: '截止日期',
  dueDate: '整改期限',
  elements: '公开内容要素',
  escalatedOnly: '只看已上报',
  evidence: '整改佐证',
  expense: '本期支出',
  feedbackId: '留言',
  fileName: '文件名',
  finance: '本期收支',
  hasPersonalData: '是否含个人信息',
  id: '编号',
  idNumber: '身份证号',
  ids: '所选事项',
  importId: '导入任务',
  income: '本期收入',
  index: '文件分段序号',
  key: '字段编号',
  kind: '留言类型',
  label: '列名',
  legalBasis: '公开依据',
  maskNames: '姓名是否打码',
  minAgeDays: '留言天数',
  name: '姓名',
  note: '结案说明',
  orderId: '督办单',
  page: '页码',
  pageSize: '每页条数',
  password: '密码',
  period: '期间',
  phone: '手机号',
  q: '地名',
  rating: '评价',
  regionCode: '地区',
  reason: '理由',
  requestId: '请求编号',
  requirement: '整改要求',
  residentKey: '群众',
  rhythm: '公开频次',
  rowId: '行编号',
  rows: '名单',
  size: '文件大小',
  slug: '事项编号',
  status: '状态',
  submittedBefore: '提交日期',
  tableColumns: '名单列',
  targetName: '责任单位',
  targetRegionCode: '责任层级',
  text: '内容',
  title: '标题',
  townshipCode: '乡镇（街道）',
  type: '诉求类型',
  unreadOnly: '只看未读',
  username: '用户名',
  villageCode: '村（社区）',
  within: '搜索范围',
  dueDay: '截止日',
  withinDays: '期限天数',
  amount: '金额',
  // A name that means something else inside one parent: looked up as "parent.name" first.
  'rhythm.kind': '公开频次',
};

/** How the elements of a list are counted when a message points at one of them. */
const ELEMENT_UNITS: Record<string, string> = { rows: '行', tableColumns: '列' };

type TSchema = z.core.$ZodType;
type TDef = { type: string; [key: string]: unknown };
const defOf = (schema: TSchema) => schema._zod.def as unknown as TDef;
const metaLabel = (schema: TSchema): string | undefined => {
  const label = z.globalRegistry.get(schema)?.label;
  return typeof label === 'string' ? label : undefined;
};

/** The schemas a wrapper stands for: optional, default, pipe, union and the like are looked through. */
function innerSchemas(schema: TSchema): TSchema[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return [def.innerType as TSchema];
    case 'pipe':
      return [def.in as TSchema, def.out as TSchema];
    case 'union':
      return def.options as TSchema[];
    case 'intersection':
      return [def.left as TSchema, def.right as TSchema];
    case 'lazy':
      return [(def.getter as () => TSchema)()];
    default:
      return [];
  }
}

/** The first own label on a schema or any wrapper around its core. */
function ownLabel(schema: TSchema): string | undefined {
  return metaLabel(schema) ?? innerSchemas(schema).map(ownLabel).find(Boolean);
}

/** The object, array or record schemas a schema stands for, wrappers removed. */
function cores(schema: TSchema): TSchema[] {
  const inner = innerSchemas(schema);
  return inner.length ? inner.flatMap(cores) : [schema];
}

/** The schema one step down `segment`, or null when the schema has no such place. */
function childOf(schema: TSchema, segment: PropertyKey): { schema: TSchema; kind: 'field' | 'element' | 'entry' } | null {
  for (const core of cores(schema)) {
    const def = defOf(core);
    if (def.type === 'object' && typeof segment === 'string') {
      const field = (def.shape as Record<string, TSchema>)[segment];
      if (field) return { schema: field, kind: 'field' };
    }
    if (def.type === 'array') return { schema: def.element as TSchema, kind: 'element' };
    if (def.type === 'record') return { schema: def.valueType as TSchema, kind: 'entry' };
  }
  return null;
}

/**
 * The Chinese name of the place `path` points at in a request of `schema`:
 * "姓名", "本期收入", "名单第 4 行“金额”", "名单列第 2 列的列名"; the request
 * itself is "提交的内容". A name with no label stays as it is: only machine
 * interfaces (the 12345 callback) have such fields, and their operators read
 * code names; fieldLabels.test.ts fails on any person-facing field without one.
 */
export function fieldLabelAt(schema: TSchema, path: readonly PropertyKey[]): string {
  let label = '';
  let node: TSchema | null = schema;
  let parentName = '';
  for (const segment of path) {
    const child: ReturnType<typeof childOf> = node ? childOf(node, segment) : null;
    const name = String(segment);
    if (child?.kind === 'element' || (!child && /^\d+$/.test(name))) {
      label = `${label}第 ${Number(name) + 1} ${ELEMENT_UNITS[parentName] ?? '项'}`;
    } else if (child?.kind === 'entry') {
      label = `${label}“${FIELD_LABELS[name] ?? '一格'}”`;
    } else {
      const own = (child && ownLabel(child.schema)) ?? FIELD_LABELS[`${parentName}.${name}`] ?? FIELD_LABELS[name] ?? name;
      // Cells are the row itself; nested fields read "…的列名", top-level ones stand alone.
      if (name !== 'cells') label = /第 \d+ /.test(label) && !label.endsWith('”') ? `${label}的${own}` : own;
      parentName = name;
    }
    node = child?.schema ?? null;
  }
  return label || '提交的内容';
}
