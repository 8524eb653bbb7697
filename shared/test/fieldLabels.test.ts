import * as api from '../src/api';
import { AppError, fieldLabelAt, parseInput } from '@sunshine/shared';
import type { z } from 'zod';

type TDef = { type: string; [key: string]: unknown };
const defOf = (schema: z.core.$ZodType) => schema._zod.def as unknown as TDef;

/** Every place a request can point at: each field, the first element of each list, one entry of each record. */
function fieldPaths(schema: z.core.$ZodType, path: PropertyKey[] = []): PropertyKey[][] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.core.$ZodType>).flatMap(([key, field]) => [[...path, key], ...fieldPaths(field, [...path, key])]);
    case 'array':
      return [[...path, 0], ...fieldPaths(def.element as z.core.$ZodType, [...path, 0])];
    case 'record':
      return fieldPaths(def.valueType as z.core.$ZodType, [...path, 'amount']);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return fieldPaths(def.innerType as z.core.$ZodType, path);
    case 'pipe':
      return [...fieldPaths(def.in as z.core.$ZodType, path), ...fieldPaths(def.out as z.core.$ZodType, path)];
    case 'union':
      return (def.options as z.core.$ZodType[]).flatMap((option) => fieldPaths(option, path));
    default:
      return [];
  }
}

const actionSchemas = Object.entries(api)
  .filter(([name]) => name.endsWith('Actions'))
  .flatMap(([group, actions]) => Object.entries(actions as Record<string, z.core.$ZodType>).map(([action, schema]) => ({ name: `${group}.${action}`, schema })));

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected an error');
}

describe('field labels', () => {
  it('name every field of every action in Chinese, with no code name left', () => {
    expect(actionSchemas.length).toBeGreaterThan(50);
    const unlabelled: string[] = [];
    for (const { name, schema } of actionSchemas) {
      for (const path of fieldPaths(schema)) {
        const label = fieldLabelAt(schema, path);
        if (!/[\u4e00-\u9fff]/.test(label) || /[A-Za-z]/.test(label) || label.includes('未知字段')) unlabelled.push(`${name} ${path.join('.')} → ${label}`);
      }
    }
    expect(unlabelled).toEqual([]);
  });

  it('names nested places the way the forms do', () => {
    const create = api.disclosureActions.create;
    expect(fieldLabelAt(create, ['finance', 'income'])).toBe('本期收入');
    expect(fieldLabelAt(create, ['rows', 3, 'cells', 'amount'])).toBe('名单第 4 行“金额”');
    expect(fieldLabelAt(api.catalogActions.localCreate, ['tableColumns', 1, 'label'])).toBe('名单列第 2 列的列名');
    expect(fieldLabelAt(api.feedbackAdminActions.reply, ['text'])).toBe('回复内容');
    expect(fieldLabelAt(api.supervisionActions.recordFix, ['evidence'])).toBe('整改佐证');
  });

  it('put the Chinese name in the message a person reads', () => {
    const bind = errorOf(() => parseInput(api.identityActions.bind, { villageCode: '210124101200', name: '张三', idNumber: '110105194912310021', consent: true }));
    expect(bind.message).toMatch(/^身份证号：.*校验位/);
    const reply = errorOf(() => parseInput(api.feedbackAdminActions.reply, { id: 'f1', text: ' ' }));
    expect(reply.message).toBe('回复内容：请填写回复内容');
  });
});
