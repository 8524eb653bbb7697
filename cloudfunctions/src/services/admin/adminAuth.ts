import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  adminDepartmentProblem,
  AppError,
  roleMatchesRegion,
  type TAdminPrincipal,
  type TAdminRole,
  type TDepartment,
  type TSignInRequest,
  type TSignInResponse,
} from '@sunshine/shared';
import type { TAdminDoc, TSessionDoc } from '../../store/documents';
import { recordAudit } from '../audit';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';
import type { TServiceContext } from '../serviceContext';

const MAX_FAILED_SIGN_INS = 5;
const LOCK_MINUTES = 15;
/** Refreshing lastSeenAt on every call would turn every read into a write. */
const LAST_SEEN_GRANULARITY_MS = 60_000;

export const adminIdOf = (username: string) => username.trim().toLowerCase();

export function toPrincipal(admin: TAdminDoc): TAdminPrincipal {
  return {
    id: admin._id,
    username: admin.username,
    displayName: admin.displayName,
    role: admin.role,
    regionCode: admin.regionCode,
    regionName: admin.regionName,
    ...(admin.department ? { department: admin.department } : {}),
  };
}

/** A hash to verify against when the user does not exist, so timing does not reveal who does. */
let decoyHash: Promise<string> | null = null;

/**
 * The failure counter of a typed username, kept for names that exist and
 * names that do not alike. Its id is keyed, so a password typed into the
 * username field is not stored readable.
 */
function attemptIdOf(ctx: TServiceContext, id: string): string {
  return createHmac('sha256', Buffer.from(ctx.config.SUNSHINE_SESSION_SECRET, 'base64')).update(`signIn:${id}`).digest('hex');
}

type TAttemptSlot = 'locked' | 'counted' | 'last';

/**
 * Counts the attempt before its password is checked, in one transaction:
 * parallel guesses each take one of the five slots, and once they are gone
 * every further guess is refused without being checked.
 */
async function takeAttemptSlot(ctx: TServiceContext, attemptId: string, now: Date): Promise<TAttemptSlot> {
  return ctx.store.transaction(async (tx) => {
    const current = await tx.get('signInAttempts', attemptId);
    if (current?.lockedUntil && new Date(current.lockedUntil) > now) return 'locked';
    const failures = (current?.lockedUntil ? 0 : (current?.failures ?? 0)) + 1;
    const locks = failures >= MAX_FAILED_SIGN_INS;
    await tx.set('signInAttempts', {
      _id: attemptId,
      failures,
      lockedUntil: locks ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null,
      updatedAt: now.toISOString(),
    });
    return locks ? 'last' : 'counted';
  });
}

export async function signIn(ctx: TServiceContext, input: TSignInRequest): Promise<TSignInResponse> {
  const now = ctx.now();
  const id = adminIdOf(input.username);
  const attemptId = attemptIdOf(ctx, id);
  const slot = await takeAttemptSlot(ctx, attemptId, now);
  if (slot === 'locked') throw new AppError('ACCOUNT_LOCKED');
  const admin = await ctx.store.get('admins', id);
  // An unknown name costs the same scrypt as a known one.
  const passwordHash = admin?.passwordHash ?? (await (decoyHash ??= hashPassword(randomBytes(16).toString('hex'))));
  const correct = await verifyPassword(input.password, passwordHash);
  if (!admin || !correct) {
    if (admin) {
      await ctx.store.transaction((tx) =>
        recordAudit(tx, now, toPrincipal(admin), {
          action: slot === 'last' ? 'adminAuth.locked' : 'adminAuth.signInFailed',
          targetType: 'admin',
          targetId: id,
          regionCode: admin.regionCode,
        }),
      );
    }
    // The fifth wrong password is the one that locks, so it already says so.
    throw new AppError(slot === 'last' ? 'ACCOUNT_LOCKED' : 'BAD_CREDENTIALS');
  }

  const session: TSessionDoc = {
    _id: randomBytes(18).toString('base64url'),
    adminId: id,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + ctx.config.SUNSHINE_SESSION_MAX_HOURS * 3_600_000).toISOString(),
    revokedAt: null,
  };
  await ctx.store.transaction(async (tx) => {
    await tx.set('signInAttempts', { _id: attemptId, failures: 0, lockedUntil: null, updatedAt: now.toISOString() });
    await tx.create('sessions', session);
    await recordAudit(tx, now, toPrincipal(admin), {
      action: 'adminAuth.signIn',
      targetType: 'session',
      targetId: session._id,
      regionCode: admin.regionCode,
    });
  });
  return { token: signSessionToken(ctx, session._id), expiresAt: session.expiresAt, admin: toPrincipal(admin) };
}

function signSessionToken(ctx: TServiceContext, sessionId: string): string {
  return `${sessionId}.${tokenSignature(ctx, sessionId)}`;
}

function tokenSignature(ctx: TServiceContext, sessionId: string): string {
  return createHmac('sha256', Buffer.from(ctx.config.SUNSHINE_SESSION_SECRET, 'base64')).update(sessionId).digest('base64url');
}

/** A token is exactly `<24 base64url chars>.<43 base64url chars>`; anything around them is refused. */
const TOKEN_SHAPE = /^([A-Za-z0-9_-]{24})\.([A-Za-z0-9_-]{43})$/;

function sessionIdOf(ctx: TServiceContext, token: string): string | null {
  const match = TOKEN_SHAPE.exec(token);
  if (!match) return null;
  const [, sessionId, signature] = match;
  const expected = Buffer.from(tokenSignature(ctx, sessionId));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? sessionId : null;
}

/** The admin behind a session token; the session expires after idling or at its end. */
export async function authenticateAdmin(ctx: TServiceContext, token: string | null): Promise<TAdminPrincipal> {
  if (!token) throw new AppError('UNAUTHENTICATED');
  const sessionId = sessionIdOf(ctx, token);
  if (!sessionId) throw new AppError('UNAUTHENTICATED');
  const session = await ctx.store.get('sessions', sessionId);
  if (!session || session.revokedAt) throw new AppError('SESSION_EXPIRED');
  const now = ctx.now();
  const idleLimit = new Date(session.lastSeenAt).getTime() + ctx.config.SUNSHINE_SESSION_IDLE_MINUTES * 60_000;
  if (now >= new Date(session.expiresAt) || now.getTime() >= idleLimit) throw new AppError('SESSION_EXPIRED');
  const admin = await ctx.store.get('admins', session.adminId);
  if (!admin) throw new AppError('SESSION_EXPIRED');
  if (now.getTime() - new Date(session.lastSeenAt).getTime() > LAST_SEEN_GRANULARITY_MS) {
    await ctx.store.transaction((tx) => tx.update('sessions', sessionId, { lastSeenAt: now.toISOString() }));
  }
  return toPrincipal(admin);
}

export async function signOut(ctx: TServiceContext, admin: TAdminPrincipal, token: string): Promise<void> {
  const sessionId = sessionIdOf(ctx, token);
  if (!sessionId) return;
  const now = ctx.now();
  await ctx.store.transaction(async (tx) => {
    await tx.update('sessions', sessionId, { revokedAt: now.toISOString() });
    await recordAudit(tx, now, admin, {
      action: 'adminAuth.signOut',
      targetType: 'session',
      targetId: sessionId,
      regionCode: admin.regionCode,
    });
  });
}

export interface TNewAdmin {
  username: string;
  displayName: string;
  role: TAdminRole;
  regionCode: string;
  /** Required for the department roles, refused for the others. */
  department?: TDepartment;
  password: string;
}

/** Creates an admin account; the region must exist and fit the role's level, and a department account names its department. */
export async function createAdmin(ctx: TServiceContext, input: TNewAdmin): Promise<TAdminPrincipal> {
  if (!roleMatchesRegion(input.role, input.regionCode)) {
    throw new AppError('INVALID_INPUT', { message: '管理员的角色与所属区域级别不符' });
  }
  const departmentProblem = adminDepartmentProblem(input.role, input.department);
  if (departmentProblem) throw new AppError('INVALID_INPUT', { message: departmentProblem, issues: [{ field: 'department', message: departmentProblem }] });
  const problem = passwordProblem(input.password);
  if (problem) throw new AppError('INVALID_INPUT', { message: problem, issues: [{ field: 'password', message: problem }] });
  const region = await ctx.store.get('regions', input.regionCode);
  if (!region) throw new AppError('REGION_NOT_FOUND');
  const now = ctx.now();
  const doc: TAdminDoc = {
    _id: adminIdOf(input.username),
    username: input.username,
    displayName: input.displayName,
    role: input.role,
    regionCode: input.regionCode,
    regionName: region.name,
    ...(input.department ? { department: input.department } : {}),
    passwordHash: await hashPassword(input.password),
    createdAt: now.toISOString(),
  };
  await ctx.store.transaction(async (tx) => {
    await tx.create('admins', doc);
    await recordAudit(tx, now, 'system', {
      action: 'admin.create',
      targetType: 'admin',
      targetId: doc._id,
      regionCode: doc.regionCode,
      detail: { role: doc.role, ...(doc.department ? { department: doc.department } : {}) },
    });
  });
  return toPrincipal(doc);
}
