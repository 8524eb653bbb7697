import type { FormInstance } from 'antd';
import type { TFieldIssue } from '@sunshine/shared';

/**
 * Shows each issue under the form field it names and clears the fields that
 * have none. Returns the issues that belong to no field of this form.
 */
export function applyFormIssues(form: FormInstance, fields: readonly string[], issues: readonly TFieldIssue[]): TFieldIssue[] {
  form.setFields(
    fields.map((name) => ({ name, errors: issues.filter((issue) => issue.field === name).map((issue) => issue.message) })),
  );
  return issues.filter((issue) => !fields.includes(issue.field));
}

/** For Form's onValuesChange: an error set by applyFormIssues goes away once its field is edited. */
export function clearIssuesOnChange(form: FormInstance) {
  return (changed: object) => form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })));
}
