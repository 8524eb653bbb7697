import type { z } from 'zod';
import { AppError, type TFieldIssue } from './errors';
import { fieldLabelAt } from './fieldLabels';

/** Turns zod issues into field-named Chinese messages a person can act on. */
export function toFieldIssues(error: z.ZodError): TFieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(请求)',
    message: issue.message,
  }));
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = toFieldIssues(parsed.error);
  const first = issues[0];
  throw new AppError('INVALID_INPUT', {
    message: first ? `${fieldLabelAt(schema, parsed.error.issues[0].path)}：${first.message}` : undefined,
    issues,
  });
}
