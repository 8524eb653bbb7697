/**
 * MongoDB-style matching and ordering, the way CloudBase's document
 * database applies a query to stored documents: `eq(null)` also matches a
 * missing field, `ne(x)` also matches a missing one, comparisons only hold
 * between values of one type (type bracketing), sorting ranks types first
 * (null and missing lowest) and compares strings by their UTF-8 bytes.
 */
export type TFakeDoc = Record<string, unknown>;

export class FakeCloudbaseError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function matchesQuery(doc: TFakeDoc, query: Record<string, unknown>): boolean {
  return Object.entries(query).every(([key, condition]) => {
    if (key === '$and') return (condition as Record<string, unknown>[]).every((q) => matchesQuery(doc, q));
    if (key === '$or') return (condition as Record<string, unknown>[]).some((q) => matchesQuery(doc, q));
    if (key === '$nor') return !(condition as Record<string, unknown>[]).some((q) => matchesQuery(doc, q));
    if (key.startsWith('$')) throw new FakeCloudbaseError('INVALID_PARAM', `query operator ${key} is not implemented by the fake`);
    return matchesCondition(valueAt(doc, key), condition);
  });
}

/** `order` as the SDK sends it: field → 1 (ascending) or -1 (descending), in priority order. */
export function compareByOrder(order: Record<string, number>): (a: TFakeDoc, b: TFakeDoc) => number {
  const keys = Object.entries(order);
  return (a, b) => {
    for (const [field, direction] of keys) {
      const c = compareValues(valueAt(a, field), valueAt(b, field));
      if (c !== 0) return c * Math.sign(direction);
    }
    return 0;
  };
}

export function valueAt(doc: TFakeDoc, path: string): unknown {
  let value: unknown = doc;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as TFakeDoc)[part];
  }
  return value;
}

const isOperatorObject = (condition: unknown): condition is Record<string, unknown> =>
  typeof condition === 'object' &&
  condition !== null &&
  !Array.isArray(condition) &&
  Object.keys(condition).length > 0 &&
  Object.keys(condition).every((k) => k.startsWith('$'));

function matchesCondition(value: unknown, condition: unknown): boolean {
  if (!isOperatorObject(condition)) return equals(value, condition);
  return Object.entries(condition).every(([op, operand]) => {
    switch (op) {
      case '$eq':
        return equals(value, operand);
      case '$ne':
        return !equals(value, operand);
      case '$in':
        return (operand as unknown[]).some((o) => equals(value, o));
      case '$nin':
        return !(operand as unknown[]).some((o) => equals(value, o));
      case '$lt':
        return sameType(value, operand) && compareValues(value, operand) < 0;
      case '$lte':
        return sameType(value, operand) && compareValues(value, operand) <= 0;
      case '$gt':
        return sameType(value, operand) && compareValues(value, operand) > 0;
      case '$gte':
        return sameType(value, operand) && compareValues(value, operand) >= 0;
      case '$exists':
        return (value !== undefined) === operand;
      default:
        throw new FakeCloudbaseError('INVALID_PARAM', `query operator ${op} is not implemented by the fake`);
    }
  });
}

/** An array field equals a value when one of its elements does, as in MongoDB. */
function equals(value: unknown, operand: unknown): boolean {
  if (Array.isArray(value) && !Array.isArray(operand) && value.some((v) => equals(v, operand))) return true;
  return sameType(value, operand) && compareValues(value, operand) === 0;
}

/** BSON's order of types for comparison and sorting; a missing field ranks as null. */
function typeRank(value: unknown): number {
  if (value === null || value === undefined) return 1;
  if (typeof value === 'number') return 2;
  if (typeof value === 'string') return 3;
  if (Array.isArray(value)) return 5;
  if (typeof value === 'boolean') return 8;
  if (value instanceof Date) return 9;
  if (typeof value === 'object') return 4;
  throw new FakeCloudbaseError('INVALID_PARAM', `values of type ${typeof value} are not implemented by the fake`);
}

const sameType = (a: unknown, b: unknown) => typeRank(a) === typeRank(b);

function compareValues(a: unknown, b: unknown): number {
  const rank = typeRank(a) - typeRank(b);
  if (rank !== 0) return Math.sign(rank);
  if (a === null || a === undefined) return 0;
  if (typeof a === 'string') return Buffer.compare(Buffer.from(a), Buffer.from(b as string));
  if (typeof a === 'number' || typeof a === 'boolean') return Math.sign(Number(a) - Number(b));
  if (a instanceof Date) return Math.sign(a.getTime() - (b as Date).getTime());
  if (Array.isArray(a)) return compareSequences(a, b as unknown[]);
  return compareSequences(Object.entries(a as TFakeDoc).flat(), Object.entries(b as TFakeDoc).flat());
}

/** Element by element, the shorter sequence first when one is a prefix of the other. */
function compareSequences(a: unknown[], b: unknown[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareValues(a[i], b[i]);
    if (c !== 0) return c;
  }
  return Math.sign(a.length - b.length);
}

/** A stage of an aggregate pipeline as the SDK sends it: the stage's name and its EJSON-encoded argument, parsed. */
export interface TFakeStage {
  name: string;
  value: unknown;
}

/** CloudBase answers 20 groups or documents when the pipeline sets no limit, and at most this many with one. */
const AGGREGATE_DEFAULT_LIMIT = 20;
const AGGREGATE_MAX_LIMIT = 10_000;

/**
 * An aggregate pipeline over `docs`, MongoDB's way: `$match` (a query),
 * `$group` (an `_id` expression of field references, `$sum` of a constant
 * or a field, where a missing or non-numeric value adds nothing), `$sort`,
 * `$skip` and `$limit`. Another stage or accumulator is refused by name.
 */
export function runPipeline(docs: TFakeDoc[], stages: readonly TFakeStage[]): TFakeDoc[] {
  let current = docs;
  let limited = false;
  for (const { name, value } of stages) {
    switch (name) {
      case '$match':
        current = current.filter((doc) => matchesQuery(doc, value as Record<string, unknown>));
        break;
      case '$group':
        current = groupDocs(current, value as Record<string, unknown>);
        break;
      case '$sort':
        current = [...current].sort(compareByOrder(value as Record<string, number>));
        break;
      case '$skip':
        current = current.slice(Number(value));
        break;
      case '$limit':
        limited = true;
        current = current.slice(0, Math.min(Number(value), AGGREGATE_MAX_LIMIT));
        break;
      default:
        throw new FakeCloudbaseError('INVALID_PARAM', `aggregate stage ${name} is not implemented by the fake`);
    }
  }
  return current.slice(0, limited ? AGGREGATE_MAX_LIMIT : AGGREGATE_DEFAULT_LIMIT);
}

/** A field reference ("$a.b") read from the document; an object of them builds an object, leaving out fields the document lacks. */
function evaluate(doc: TFakeDoc, expression: unknown): unknown {
  if (typeof expression === 'string' && expression.startsWith('$')) return valueAt(doc, expression.slice(1));
  if (typeof expression === 'object' && expression !== null && !Array.isArray(expression)) {
    const built: TFakeDoc = {};
    for (const [key, inner] of Object.entries(expression)) {
      const value = evaluate(doc, inner);
      if (value !== undefined) built[key] = value;
    }
    return built;
  }
  return expression;
}

function groupDocs(docs: TFakeDoc[], spec: Record<string, unknown>): TFakeDoc[] {
  const { _id: idExpression, ...accumulators } = spec;
  const groups = new Map<string, TFakeDoc>();
  for (const doc of docs) {
    const id = evaluate(doc, idExpression) ?? null;
    const key = JSON.stringify(id);
    const group = groups.get(key) ?? { _id: id, ...Object.fromEntries(Object.keys(accumulators).map((k) => [k, 0])) };
    for (const [name, accumulator] of Object.entries(accumulators)) {
      const [op, argument] = Object.entries(accumulator as Record<string, unknown>)[0] ?? [];
      if (op !== '$sum') throw new FakeCloudbaseError('INVALID_PARAM', `accumulator ${String(op)} is not implemented by the fake`);
      const value = evaluate(doc, argument);
      if (typeof value === 'number') group[name] = (group[name] as number) + value;
    }
    groups.set(key, group);
  }
  return [...groups.values()];
}
