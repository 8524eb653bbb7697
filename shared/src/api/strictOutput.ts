import { z } from '../zodLocale';

/**
 * The same schema with every object in it strict, for answers built from
 * view schemas written as plain objects: an extra field anywhere fails the
 * answer check instead of passing unseen. Object refinements are dropped;
 * answers are checked for shape, inputs keep their own schemas.
 */
export function strictOutput<T extends z.ZodType>(schema: T): T {
  const def = (schema as unknown as { _zod: { def: Record<string, any> } })._zod.def;
  switch (def.type) {
    case 'object':
      return z.strictObject(Object.fromEntries(Object.entries(def.shape as Record<string, z.ZodType>).map(([k, v]) => [k, strictOutput(v)]))) as unknown as T;
    case 'array':
      return z.array(strictOutput(def.element)) as unknown as T;
    case 'nullable':
      return strictOutput(def.innerType).nullable() as unknown as T;
    case 'optional':
      return strictOutput(def.innerType).optional() as unknown as T;
    case 'union':
      return z.union((def.options as z.ZodType[]).map(strictOutput) as [z.ZodType, z.ZodType]) as unknown as T;
    default:
      return schema;
  }
}
