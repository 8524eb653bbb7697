import type { z } from 'zod';
import { AppError, type TFieldIssue } from './errors';

/** Chinese names of request fields, so a message names the field the way the form does. */
const FIELD_LABELS: Record<string, string> = {
  action: '操作',
  body: '正文',
  catalogItemId: '公开目录事项',
  category: '类别',
  code: '区划代码',
  id: '编号',
  page: '页码',
  pageSize: '每页条数',
  password: '密码',
  period: '期间',
  reason: '理由',
  requestId: '请求编号',
  rows: '名单',
  status: '状态',
  title: '标题',
  username: '用户名',
  villageCode: '村（社区）代码',
};

/** Turns zod issues into field-named Chinese messages a person can act on. */
export function toFieldIssues(error: z.ZodError): TFieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(请求)',
    message: issue.message,
  }));
}

export function fieldLabel(field: string): string {
  const [head, ...rest] = field.split('.');
  if (head === 'rows' && rest.length >= 1) return `名单第 ${Number(rest[0]) + 1} 行${rest[1] ? `“${rest.slice(1).join('.')}”` : ''}`;
  return FIELD_LABELS[head] ?? field;
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = toFieldIssues(parsed.error);
  const first = issues[0];
  throw new AppError('INVALID_INPUT', {
    message: first ? `${fieldLabel(first.field)}：${first.message}` : undefined,
    issues,
  });
}
