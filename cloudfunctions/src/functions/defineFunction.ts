import {
  AppError,
  isAppError,
  parseInput,
  type TActionSpec,
  type TAdminPrincipal,
  type TAppErrorBody,
  type TCallers,
  type TFunctionContract,
  type TResult,
} from '@sunshine/shared';
import { z } from 'zod';
import type { TRuntime } from '../runtime/runtime';
import { authenticateAdmin } from '../services/admin/adminAuth';
import type { TServiceContext } from '../services/serviceContext';
import { storageFailure } from '../store/storageFailure';
import { HTTP_STATUS } from './httpStatus';
import { isHttpEvent, readInvocation } from './invocation';

interface TCall {
  services: TServiceContext;
  context: unknown;
  runtime: TRuntime;
  adminToken: string | null;
}

/**
 * One action of a function: who may call it and its input schema. The caller
 * is established first, so a stranger learns nothing about an action's input
 * from its validation messages.
 */
export interface TActionDef {
  input: z.ZodType;
  /** What the action answers; checked when the runtime asks for it (gateway, tests). */
  output?: z.ZodType;
  authorize(call: TCall): Promise<unknown>;
  execute(call: TCall, caller: unknown, input: unknown): Promise<unknown>;
}

function publicAction<S extends z.ZodType, R>(input: S, run: (ctx: TServiceContext, input: z.output<S>) => Promise<R>): TActionDef {
  return { input, authorize: async () => null, execute: (call, _caller, parsed) => run(call.services, parsed as z.output<S>) };
}

function adminAction<S extends z.ZodType, R>(
  input: S,
  run: (ctx: TServiceContext, admin: TAdminPrincipal, input: z.output<S>, token: string) => Promise<R>,
): TActionDef {
  return {
    input,
    authorize: (call) => authenticateAdmin(call.services, call.adminToken),
    execute: (call, admin, parsed) => run(call.services, admin as TAdminPrincipal, parsed as z.output<S>, call.adminToken!),
  };
}

function residentAction<S extends z.ZodType, R>(
  input: S,
  run: (ctx: TServiceContext, openid: string, input: z.output<S>) => Promise<R>,
): TActionDef {
  return {
    input,
    async authorize(call) {
      const openid = call.runtime.identity.openidOf(call.context);
      if (!openid) throw new AppError('RESIDENT_IDENTITY_MISSING');
      return openid;
    },
    execute: (call, openid, parsed) => run(call.services, openid as string, parsed as z.output<S>),
  };
}

/** The service call behind one contract action, given the caller its contract names. */
export type THandler<S extends TActionSpec> = S['callers'] extends { kind: 'public' }
  ? (ctx: TServiceContext, input: z.output<S['input']>) => Promise<z.input<S['output']>>
  : S['callers'] extends { kind: 'resident' }
    ? (ctx: TServiceContext, openid: string, input: z.output<S['input']>) => Promise<z.input<S['output']>>
    : (ctx: TServiceContext, admin: TAdminPrincipal, input: z.output<S['input']>, token: string) => Promise<z.input<S['output']>>;

export type THandlers<C extends TFunctionContract> = { [K in keyof C & string]: THandler<C[K]> };

function actionOf(spec: TActionSpec, handler: (...args: any[]) => Promise<unknown>): TActionDef {
  const callers: TCallers = spec.callers;
  const base =
    callers.kind === 'public'
      ? publicAction(spec.input, handler)
      : callers.kind === 'resident'
        ? residentAction(spec.input, handler)
        : adminAction(spec.input, handler);
  if (callers.kind !== 'admin' || callers.roles === 'any') return { ...base, output: spec.output };
  const roles: readonly string[] = callers.roles;
  const refusal = callers.refusal ? { message: callers.refusal } : undefined;
  return {
    ...base,
    output: spec.output,
    async authorize(call) {
      const admin = (await base.authorize(call)) as TAdminPrincipal;
      if (!roles.includes(admin.role)) throw new AppError('FORBIDDEN', refusal);
      return admin;
    },
  };
}

const ZEnvelope = z.object({ action: z.string().min(1).max(40), input: z.unknown().optional() });

export interface THttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export interface TCloudFunction {
  name: string;
  actions: Record<string, TActionDef>;
  /** Runs one invocation: CloudBase's (event, context) plus the runtime to run against. */
  handle(event: unknown, context: unknown, runtime: TRuntime): Promise<TResult<unknown> | THttpResponse>;
}

/**
 * A cloud function is its contract's actions, each mapped to one service call.
 * Every call is authorised by the action's callers, then parsed with its input
 * schema, run, optionally checked against its output schema, and answered as
 * `{ ok, data }` or `{ ok: false, error }`.
 */
export function defineFunction<C extends TFunctionContract>(contract: C, handlers: THandlers<C>): TCloudFunction {
  const name = contractName(contract);
  const given = handlers as Record<string, (...args: any[]) => Promise<unknown>>;
  const actions: Record<string, TActionDef> = Object.fromEntries(Object.entries(contract).map(([key, spec]) => [key, actionOf(spec, given[key])]));

  async function run(event: unknown, context: unknown, runtime: TRuntime): Promise<TResult<unknown>> {
    try {
      const invocation = readInvocation(event);
      const envelope = parseInput(ZEnvelope, invocation.body);
      const action = Object.hasOwn(actions, envelope.action) ? actions[envelope.action] : undefined;
      if (!action) throw new AppError('INVALID_INPUT', { message: '不支持这个操作。' });
      const call = { services: runtime.services, context, runtime, adminToken: invocation.adminToken };
      const caller = await action.authorize(call);
      const input = parseInput(action.input, envelope.input ?? {});
      const data = await action.execute(call, caller, input);
      if (runtime.checkOutputs && action.output) checkOutput(`${name}.${envelope.action}`, action.output, data);
      return { ok: true, data };
    } catch (error) {
      return { ok: false, error: errorBody(name, error) };
    }
  }

  return {
    name,
    actions,
    async handle(event, context, runtime) {
      const result = await run(event, context, runtime);
      if (!isHttpEvent(event)) return result;
      return {
        statusCode: result.ok ? 200 : HTTP_STATUS[result.error.code],
        headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        body: JSON.stringify(result),
      };
    },
  };
}

function contractName(contract: TFunctionContract): string {
  const first = Object.values(contract)[0];
  if (!first) throw new Error('a contract names at least one action');
  return first.fn;
}

/** An answer with a field its contract does not name is a leak: it fails here, in the gateway and the tests, not in a client. */
function checkOutput(where: string, output: z.ZodType, data: unknown): void {
  const parsed = output.safeParse(data);
  if (parsed.success) return;
  console.error(`[${where}] answer outside its output contract`, z.treeifyError(parsed.error));
  throw new AppError('INTERNAL');
}

function errorBody(functionName: string, error: unknown): TAppErrorBody {
  if (isAppError(error)) return error.toBody();
  // Internal details go to the log only; the person gets the generic sentence, or what is wrong with the storage.
  const storage = storageFailure(error);
  console.error(`[${functionName}] ${storage ? `storage failure (${storage.code})` : 'unexpected error'}`, error);
  return (storage ?? new AppError('INTERNAL')).toBody();
}
