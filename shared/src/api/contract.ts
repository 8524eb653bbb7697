import type { z } from 'zod';
import type { TAdminRole } from '../admin';

/**
 * Who may call an action: anyone, a resident known by WeChat, or a signed-in
 * admin of the listed roles ('any' = every role; the service still checks the
 * object — its region, its owner).
 */
export type TCallers =
  | { kind: 'public' }
  | { kind: 'resident' }
  | { kind: 'admin'; roles: readonly TAdminRole[] | 'any'; /** The sentence a signed-in admin of another role reads. */ refusal?: string };

export const PUBLIC = { kind: 'public' } as const;
export const RESIDENT = { kind: 'resident' } as const;
export const ANY_ADMIN = { kind: 'admin', roles: 'any' } as const;
export const admins = <const R extends readonly TAdminRole[]>(roles: R, refusal?: string) => ({ kind: 'admin', roles, refusal }) as const;

/** One action as written in a contract file: what it takes, what it answers, who may call it. */
export interface TActionSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType, C extends TCallers = TCallers> {
  input: I;
  output: O;
  callers: C;
}

/** An action of a contract, carrying its function and action names so a client can address it. */
export type TActionContract<
  F extends string = string,
  A extends string = string,
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  C extends TCallers = TCallers,
> = TActionSpec<I, O, C> & { fn: F; action: A };

export type TFunctionContract<F extends string = string, S extends Record<string, TActionSpec> = Record<string, TActionSpec>> = {
  readonly [K in keyof S & string]: S[K] & { fn: F; action: K };
};

/** The contract of one cloud function: every action's input, output and callers, under the function's CloudBase name. */
export function defineContract<const F extends string, const S extends Record<string, TActionSpec>>(fn: F, actions: S): TFunctionContract<F, S> {
  return Object.fromEntries(Object.entries(actions).map(([action, spec]) => [action, { ...spec, fn, action }])) as TFunctionContract<F, S>;
}

export type TInputOf<C extends { input: z.ZodType }> = z.input<C['input']>;
export type TOutputOf<C extends { output: z.ZodType }> = z.output<C['output']>;
