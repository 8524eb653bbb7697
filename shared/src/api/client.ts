import type { z } from 'zod';
import type { TResult } from '../errors';

/**
 * The address of an action (function and action names) with its contract's
 * types attached. A contract action is one; so is the plain `{ fn, action }`
 * that `actionRef` makes, for bundles that must not carry zod.
 */
export interface TActionRef<I = unknown, O = unknown> {
  fn: string;
  action: string;
  /** Never present at run time; carries the types. */
  readonly __types?: (input: I) => O;
}

type TRefOf<C> = C extends { input: z.ZodType; output: z.ZodType } ? TActionRef<z.input<C['input']>, z.output<C['output']>> : C;
export type TRefInput<R> = TRefOf<R> extends TActionRef<infer I, any> ? I : never;
export type TRefOutput<R> = TRefOf<R> extends TActionRef<any, infer O> ? O : never;

/** Addresses a contract action by name, typed by `import type` of the contract: `actionRef<typeof feedbackContract.submit>('feedback', 'submit')`. */
export function actionRef<C extends { fn: string; action: string; input: z.ZodType; output: z.ZodType }>(
  fn: C['fn'],
  action: C['action'],
): TActionRef<z.input<C['input']>, z.output<C['output']>> {
  return { fn, action };
}

/** Sends one call and resolves to the `{ ok, data }` / `{ ok: false, error }` envelope; console, app and tests differ only here. */
export type TTransport<X = undefined> = (fn: string, action: string, input: unknown, options?: X) => Promise<TResult<unknown>>;

/** The typed client over a transport: `call(disclosureContract.submit, input)` resolves to that action's output type. */
export function defineClient<X = undefined>(transport: TTransport<X>) {
  return {
    call<R extends TActionRef<any, any> | { fn: string; action: string; input: z.ZodType; output: z.ZodType }>(
      ref: R,
      input: TRefInput<R>,
      options?: X,
    ): Promise<TResult<TRefOutput<R>>> {
      return transport(ref.fn, ref.action, input, options) as Promise<TResult<TRefOutput<R>>>;
    },
  };
}

type TContractShape = Record<string, { fn: string; action: string; input: z.ZodType; output: z.ZodType }>;

/** A contract's actions as methods, `api.disclosure.submit({ id })`, typed by the contract; actions without required input may omit it. */
export type TBoundContract<C extends TContractShape> = {
  [K in keyof C]: (
    ...input: {} extends z.input<C[K]['input']> ? [input?: z.input<C[K]['input']>] : [input: z.input<C[K]['input']>]
  ) => Promise<z.output<C[K]['output']>>;
};

/** Binds every action of a contract to one sender (which unwraps the envelope or throws); the names are the contract's, so no action has two. */
export function bindContract<C extends TContractShape>(contract: C, send: (fn: string, action: string, input: unknown) => Promise<unknown>): TBoundContract<C> {
  return Object.fromEntries(
    Object.values(contract).map(({ fn, action }) => [action, (input?: unknown) => send(fn, action, input ?? {})]),
  ) as unknown as TBoundContract<C>;
}

/**
 * The zod-free address of a contract action, for bundles that take the
 * contracts by `import type` only (the weapp): the literal `{ fn, action }`
 * is checked against the contract's names, the types come from its schemas.
 */
export type TRefTo<C extends { fn: string; action: string; input: z.ZodType; output: z.ZodType }> = TActionRef<z.input<C['input']>, z.output<C['output']>> & {
  fn: C['fn'];
  action: C['action'];
};
