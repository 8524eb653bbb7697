import {
  AppError,
  CONSENT_VERSION,
  displayRegionName,
  maskIdNumber,
  maskName,
  maskPhone,
  parseRosterCsv,
  type TAdminPrincipal,
  type TBindingStatus,
  type TPageRequest,
  type TPendingBindingPage,
  type TRosterStatus,
} from '@sunshine/shared';
import { findAll } from '../store/findAll';
import type { Transaction } from '../store/DocumentStore';
import type { TResidentDoc } from '../store/documents';
import { recordAudit } from './audit';
import { residentKeyOf } from './residents';
import { getVillage } from './regions';
import type { TServiceContext } from './serviceContext';

const UNBOUND: TBindingStatus = {
  status: 'unbound',
  villageCode: null,
  villageName: null,
  maskedName: null,
  maskedIdNumber: null,
  maskedPhone: null,
  verifiedBy: null,
  rejectReason: null,
};

/** The resident's own binding, masked: never a cipher, a hash or a full number. */
function statusView(doc: TResidentDoc | null): TBindingStatus {
  if (!doc) return UNBOUND;
  return {
    status: doc.bindingStatus,
    villageCode: doc.villageCode,
    villageName: doc.villageName,
    maskedName: doc.maskedName,
    maskedIdNumber: doc.maskedIdNumber,
    maskedPhone: doc.maskedPhone,
    verifiedBy: doc.verifiedBy,
    rejectReason: doc.rejectReason,
  };
}

export async function bindingStatus(ctx: TServiceContext, openid: string): Promise<TBindingStatus> {
  return statusView(await ctx.store.get('residents', residentKeyOf(ctx, openid)));
}

/** The verified binding of the caller, for features open to verified residents only. */
type TVerifiedResident = TResidentDoc & { idNumber: NonNullable<TResidentDoc['idNumber']> };

export async function verifiedResident(ctx: TServiceContext, openid: string): Promise<TVerifiedResident> {
  const doc = await verifiedResidentOrNull(ctx, openid);
  if (!doc) throw new AppError('NOT_VERIFIED');
  return doc;
}

/** The caller's verified binding, or null for one with none (not yet bound, pending or rejected). */
export async function verifiedResidentOrNull(ctx: TServiceContext, openid: string): Promise<TVerifiedResident | null> {
  const doc = await ctx.store.get('residents', residentKeyOf(ctx, openid));
  return doc && doc.bindingStatus === 'verified' && doc.idNumber ? (doc as TVerifiedResident) : null;
}

interface TBindRequest {
  villageCode: string;
  name: string;
  idNumber: string;
  phone?: string;
}

/**
 * Binds a real identity. A roster line with the same ID number and name
 * verifies at once; a roster line with another name is refused; no line (or
 * no roster) leaves the binding pending for the village admin. The ID number
 * is locked to this account by a document keyed by its hash, created in the
 * same transaction, so two accounts racing for one ID cannot both win.
 */
export async function bindIdentity(ctx: TServiceContext, openid: string, input: TBindRequest): Promise<TBindingStatus> {
  const residentKey = residentKeyOf(ctx, openid);
  const village = await getVillage(ctx, input.villageCode);
  const idHash = ctx.vault.lookupHash(input.idNumber);
  const rosterLine = await ctx.store.get('rosterEntries', `${village.code}:${idHash}`);
  if (rosterLine && ctx.vault.decrypt(rosterLine.nameCipher) !== input.name) throw new AppError('ROSTER_NAME_MISMATCH');
  const now = ctx.now().toISOString();
  const doc: TResidentDoc = {
    _id: residentKey,
    villageCode: village.code,
    villageName: displayRegionName(village.name),
    bindingStatus: rosterLine ? 'verified' : 'pending',
    nameCipher: ctx.vault.encrypt(input.name),
    maskedName: maskName(input.name),
    idNumber: { cipher: ctx.vault.encrypt(input.idNumber), hash: idHash },
    maskedIdNumber: maskIdNumber(input.idNumber),
    phoneCipher: input.phone ? ctx.vault.encrypt(input.phone) : null,
    maskedPhone: input.phone ? maskPhone(input.phone) : null,
    verifiedBy: rosterLine ? 'roster' : null,
    consentVersion: CONSENT_VERSION,
    requestedAt: now,
    decidedAt: rosterLine ? now : null,
    decidedBy: null,
    rejectReason: null,
  };
  await ctx.store.transaction(async (tx) => {
    const existing = await tx.get('residents', residentKey);
    if (existing && existing.bindingStatus !== 'rejected') throw new AppError('ALREADY_BOUND');
    const lock = await tx.get('bindingsByIdHash', idHash);
    if (lock && lock.residentKey !== residentKey) throw new AppError('ID_ALREADY_BOUND');
    if (!lock) await tx.create('bindingsByIdHash', { _id: idHash, residentKey, createdAt: now });
    await tx.set('residents', doc);
  });
  return statusView(doc);
}

/** Deletes the binding, the ID lock and every personal datum kept with them. */
export async function unbindAndDelete(ctx: TServiceContext, openid: string): Promise<TBindingStatus> {
  const residentKey = residentKeyOf(ctx, openid);
  await ctx.store.transaction(async (tx) => {
    const doc = await tx.get('residents', residentKey);
    if (!doc) return;
    await releaseIdLock(tx, doc);
    await tx.remove('residents', residentKey);
  });
  return UNBOUND;
}

async function releaseIdLock(tx: Transaction, doc: TResidentDoc): Promise<void> {
  if (!doc.idNumber) return;
  const lock = await tx.get('bindingsByIdHash', doc.idNumber.hash);
  if (lock?.residentKey === doc._id) await tx.remove('bindingsByIdHash', doc.idNumber.hash);
}

function assertVillageAdmin(admin: TAdminPrincipal): string {
  if (admin.role !== 'village_admin') throw new AppError('FORBIDDEN', { message: '只有村（社区）管理员可以管理本村的户籍名册和身份审核。' });
  return admin.regionCode;
}

export async function rosterStatus(ctx: TServiceContext, admin: TAdminPrincipal): Promise<TRosterStatus> {
  const villageCode = assertVillageAdmin(admin);
  const roster = await ctx.store.get('rosters', villageCode);
  return { villageCode, entryCount: roster?.entryCount ?? 0, uploadedAt: roster?.uploadedAt ?? null };
}

/**
 * Replaces the village's roster as a whole: a file with any bad line changes
 * nothing, and the old lines go in the same transaction the new ones land.
 */
export async function uploadRoster(ctx: TServiceContext, admin: TAdminPrincipal, csv: string): Promise<TRosterStatus> {
  const villageCode = assertVillageAdmin(admin);
  const { entries, problems } = parseRosterCsv(csv);
  if (problems.length > 0) {
    throw new AppError('ROSTER_INVALID', { issues: problems.slice(0, 50).map((p) => ({ field: `line.${p.line}`, message: `第 ${p.line} 行：${p.message}` })) });
  }
  const newLines = entries.map((e) => {
    const idHash = ctx.vault.lookupHash(e.idNumber);
    return { _id: `${villageCode}:${idHash}`, villageCode, idHash, nameCipher: ctx.vault.encrypt(e.name) };
  });
  const oldIds = (await findAll(ctx.store, 'rosterEntries', { where: [['villageCode', '==', villageCode]] })).map((d) => d._id);
  const at = ctx.now();
  await ctx.store.transaction(async (tx) => {
    const keep = new Set(newLines.map((l) => l._id));
    for (const id of oldIds) if (!keep.has(id)) await tx.remove('rosterEntries', id);
    for (const line of newLines) await tx.set('rosterEntries', line);
    await tx.set('rosters', { _id: villageCode, entryCount: newLines.length, uploadedAt: at.toISOString(), uploadedBy: admin.id });
    await recordAudit(tx, at, admin, { action: 'roster.upload', targetType: 'roster', targetId: villageCode, regionCode: villageCode, detail: { entryCount: newLines.length } });
  });
  return { villageCode, entryCount: newLines.length, uploadedAt: at.toISOString() };
}

export async function pendingBindings(ctx: TServiceContext, admin: TAdminPrincipal, page: TPageRequest): Promise<TPendingBindingPage> {
  const villageCode = assertVillageAdmin(admin);
  const where = [['villageCode', '==', villageCode], ['bindingStatus', '==', 'pending']] as const;
  const [docs, total] = await Promise.all([
    ctx.store.find('residents', { where, orderBy: [['requestedAt', 'asc']], offset: (page.page - 1) * page.pageSize, limit: page.pageSize }),
    ctx.store.count('residents', where),
  ]);
  return {
    items: docs.map((d) => ({
      residentKey: d._id,
      // The admin compares the full name with the household register; the ID number stays masked.
      name: d.nameCipher ? ctx.vault.decrypt(d.nameCipher) : '',
      maskedIdNumber: d.maskedIdNumber ?? '',
      maskedPhone: d.maskedPhone,
      requestedAt: d.requestedAt,
    })),
    total,
    page: page.page,
    pageSize: page.pageSize,
  };
}

/** Approves or rejects a pending binding of the admin's village; a rejection deletes the personal data at once. */
export async function decideBinding(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  input: { residentKey: string; approve: boolean; reason?: string },
): Promise<{ residentKey: string; status: 'verified' | 'rejected' }> {
  const villageCode = assertVillageAdmin(admin);
  if (!input.approve && !input.reason) throw new AppError('REJECT_REASON_REQUIRED', { message: '不通过时请填写理由，方便群众了解原因。' });
  const at = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const doc = await tx.get('residents', input.residentKey);
    if (!doc || doc.villageCode !== villageCode) throw new AppError('NOT_FOUND');
    if (doc.bindingStatus !== 'pending') throw new AppError('INVALID_TRANSITION');
    const decided = { decidedAt: at.toISOString(), decidedBy: admin.id };
    if (input.approve) {
      await tx.update('residents', doc._id, { ...decided, bindingStatus: 'verified', verifiedBy: 'admin' });
    } else {
      await releaseIdLock(tx, doc);
      await tx.update('residents', doc._id, {
        ...decided,
        bindingStatus: 'rejected',
        rejectReason: input.reason ?? null,
        nameCipher: null,
        maskedName: null,
        idNumber: null,
        maskedIdNumber: null,
        phoneCipher: null,
        maskedPhone: null,
      });
    }
    await recordAudit(tx, at, admin, {
      action: input.approve ? 'binding.approve' : 'binding.reject',
      targetType: 'resident',
      targetId: doc._id,
      regionCode: villageCode,
    });
    return { residentKey: doc._id, status: input.approve ? 'verified' : 'rejected' };
  });
}
