import type { CloudBase } from '@cloudbase/node-sdk';
import { assertFieldPath, type TFilter, type TFilterOp } from '../DocumentStore';

type TCommand = ReturnType<CloudBase['database']>['command'];
type TCondition = ReturnType<TCommand['eq']>;

/**
 * The store's filters as a CloudBase `where` object, built with db.command
 * so the SDK serialises them. Several filters on one field are joined with
 * `and`, as one object key can hold only one condition.
 */
export function cloudbaseWhere(_: TCommand, filters: readonly TFilter[]): Record<string, unknown> {
  const byField = new Map<string, TCondition[]>();
  for (const [field, op, value] of filters) {
    assertFieldPath(field);
    byField.set(field, [...(byField.get(field) ?? []), ...conditionsOf(_, op, value)]);
  }
  return Object.fromEntries([...byField].map(([field, conditions]) => [field, conditions.length === 1 ? conditions[0] : _.and(...conditions)]));
}

function conditionsOf(_: TCommand, op: TFilterOp, value: unknown): TCondition[] {
  switch (op) {
    case '==':
      // eq(null) matches a null or a missing field, as SQL's IS NULL does in the SQLite store.
      return [_.eq(value)];
    case '!=':
      // neq(v) would also match a null or missing field; the store's contract (SQL's) does not.
      return value === null ? [_.neq(null)] : [_.neq(value), _.neq(null)];
    case 'in':
      return [_.in(value)];
    case '<':
      return [_.lt(value)];
    case '<=':
      return [_.lte(value)];
    case '>':
      return [_.gt(value)];
    case '>=':
      return [_.gte(value)];
  }
}
