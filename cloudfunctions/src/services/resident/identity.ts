import {
  AppError,
  BINDING_NOTES,
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
import { findAll } from '../../store/findAll';
import type { Transaction } from '../../store/DocumentStore';
import type { TBindingByIdHashDoc, TResidentDoc } from '../../store/documents';
import { recordAudit } from '../audit';
import { countAttempt } from '../rateLimits';
import { residentKeyOf } from './residents';
import { getVillage } from '../regions/regions';
import type { TServiceContext } from '../serviceContext';
import { findPage } from '../../store/findPage';

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

/** The verified binding holding an ID number other than `self`, if any (a pre-issue-9 lock may name a pending one). */
async function verifiedHolder(tx: Transaction, lock: TBindingByIdHashDoc | null, self: string): Promise<TResidentDoc | null> {
  if (!lock?.residentKey || lock.residentKey === self) return null;
  const holder = await tx.get('residents', lock.residentKey);
  return holder?.bindingStatus === 'verified' && holder.idNumber?.hash === lock._id ? holder : null;
}

/** Everyone seeking the ID number without holding it: the listed ones, and a legacy pending "holder". */
function seekersOf(lock: TBindingByIdHashDoc | null, holder: TResidentDoc | null): string[] {
  const keys = new Set(lock?.pendingKeys ?? []);
  if (lock?.residentKey && lock.residentKey !== holder?._id) keys.add(lock.residentKey);
  return [...keys];
}

/**
 * Binds a real identity. Only a roster line with the same ID number and
 * name, for an ID number no other verified binding holds, verifies at once;
 * everything else — no roster line, another name on the line, the ID held
 * by someone else — waits for the village admin, who sees why. The resident
 * is answered "waiting" in all those cases alike, so trying names and numbers
 * tells nothing about rosters or other people's bindings; attempts are
 * limited per account and per ID number besides.
 *
 * A verified binding takes the ID number's document in the same transaction,
 * so two accounts racing for one ID cannot both be verified; a pending
 * binding never holds it, so nobody can keep the real person out by asking
 * first.
 */
export async function bindIdentity(ctx: TServiceContext, openid: string, input: TBindRequest): Promise<TBindingStatus> {
  const residentKey = residentKeyOf(ctx, openid);
  const idHash = ctx.vault.lookupHash(input.idNumber);
  await countAttempt(ctx, 'bind', { resident: residentKey, idNumber: idHash });
  const village = await getVillage(ctx, input.villageCode);
  const rosterLine = await ctx.store.get('rosterEntries', `${village.code}:${idHash}`);
  const rosterMatches = rosterLine !== null && ctx.vault.decrypt(rosterLine.nameCipher) === input.name;
  const now = ctx.now().toISOString();
  const encrypted = {
    nameCipher: ctx.vault.encrypt(input.name),
    idNumber: { cipher: ctx.vault.encrypt(input.idNumber), hash: idHash },
    phoneCipher: input.phone ? ctx.vault.encrypt(input.phone) : null,
  };
  return ctx.store.transaction(async (tx) => {
    const existing = await tx.get('residents', residentKey);
    if (existing && existing.bindingStatus !== 'rejected') throw new AppError('ALREADY_BOUND');
    const lock = await tx.get('bindingsByIdHash', idHash);
    const holder = await verifiedHolder(tx, lock, residentKey);
    const verified = rosterMatches && !holder;
    const seekers = seekersOf(lock, holder).filter((k) => k !== residentKey);
    await tx.set('bindingsByIdHash', {
      _id: idHash,
      residentKey: verified ? residentKey : (holder?._id ?? null),
      pendingKeys: verified ? seekers : [...seekers, residentKey],
      createdAt: lock?.createdAt ?? now,
    });
    const doc: TResidentDoc = {
      _id: residentKey,
      villageCode: village.code,
      villageName: displayRegionName(village.name),
      bindingStatus: verified ? 'verified' : 'pending',
      nameCipher: encrypted.nameCipher,
      maskedName: maskName(input.name),
      idNumber: encrypted.idNumber,
      maskedIdNumber: maskIdNumber(input.idNumber),
      phoneCipher: encrypted.phoneCipher,
      maskedPhone: input.phone ? maskPhone(input.phone) : null,
      verifiedBy: verified ? 'roster' : null,
      consentVersion: CONSENT_VERSION,
      requestedAt: now,
      decidedAt: verified ? now : null,
      decidedBy: null,
      rejectReason: null,
    };
    await tx.set('residents', doc);
    return statusView(doc);
  });
}

/** Deletes the binding, its place on the ID number and every personal datum kept with them. */
export async function unbindAndDelete(ctx: TServiceContext, openid: string): Promise<TBindingStatus> {
  const residentKey = residentKeyOf(ctx, openid);
  await ctx.store.transaction(async (tx) => {
    const doc = await tx.get('residents', residentKey);
    if (!doc) return;
    await releaseIdNumber(tx, doc);
    await tx.remove('residents', residentKey);
  });
  return UNBOUND;
}

/** Takes the binding off its ID number's document, holder or seeker; an empty document goes. */
async function releaseIdNumber(tx: Transaction, doc: TResidentDoc): Promise<void> {
  if (!doc.idNumber) return;
  const lock = await tx.get('bindingsByIdHash', doc.idNumber.hash);
  if (!lock) return;
  const residentKey = lock.residentKey === doc._id ? null : lock.residentKey;
  const pendingKeys = (lock.pendingKeys ?? []).filter((k) => k !== doc._id);
  if (!residentKey && pendingKeys.length === 0) await tx.remove('bindingsByIdHash', lock._id);
  else await tx.set('bindingsByIdHash', { ...lock, residentKey, pendingKeys });
}

export async function rosterStatus(ctx: TServiceContext, admin: TAdminPrincipal): Promise<TRosterStatus> {
  const villageCode = admin.regionCode; // a village admin's region is their village (the contract admits no other role)
  const roster = await ctx.store.get('rosters', villageCode);
  return { villageCode, entryCount: roster?.entryCount ?? 0, uploadedAt: roster?.uploadedAt ?? null };
}

/**
 * Replaces the village's roster as a whole: a file with any bad line changes
 * nothing, and the old lines go in the same transaction the new ones land.
 */
export async function uploadRoster(ctx: TServiceContext, admin: TAdminPrincipal, csv: string): Promise<TRosterStatus> {
  const villageCode = admin.regionCode; // a village admin's region is their village (the contract admits no other role)
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
  const villageCode = admin.regionCode; // a village admin's region is their village (the contract admits no other role)
  const where = [['villageCode', '==', villageCode], ['bindingStatus', '==', 'pending']] as const;
  return findPage(ctx.store, 'residents', { where, orderBy: [['requestedAt', 'asc']] }, page, async (d) => {
    // The admin compares the full name with the household register; the ID number stays masked.
    const name = d.nameCipher ? ctx.vault.decrypt(d.nameCipher) : '';
    return { residentKey: d._id, name, maskedIdNumber: d.maskedIdNumber ?? '', maskedPhone: d.maskedPhone, requestedAt: d.requestedAt, notes: await bindingNotes(ctx, d, name) };
  });
}

/** What the admin should look at before deciding, worked out from the current state rather than stored. */
async function bindingNotes(ctx: TServiceContext, doc: TResidentDoc, name: string): Promise<string[]> {
  if (!doc.idNumber) return [];
  const [rosterLine, lock] = await Promise.all([
    ctx.store.get('rosterEntries', `${doc.villageCode}:${doc.idNumber.hash}`),
    ctx.store.get('bindingsByIdHash', doc.idNumber.hash),
  ]);
  const notes: string[] = [];
  if (rosterLine && ctx.vault.decrypt(rosterLine.nameCipher) !== name) notes.push(BINDING_NOTES.rosterNameMismatch);
  const holder = lock?.residentKey && lock.residentKey !== doc._id ? await ctx.store.get('residents', lock.residentKey) : null;
  if (holder?.bindingStatus === 'verified' && holder.idNumber?.hash === doc.idNumber.hash) notes.push(BINDING_NOTES.idVerifiedElsewhere);
  const others = seekersOf(lock, holder?.bindingStatus === 'verified' ? holder : null).filter((k) => k !== doc._id).length;
  if (others > 0) notes.push(BINDING_NOTES.otherPending(others));
  return notes;
}

/**
 * The admin's approval gives the binding the ID number. A verified binding
 * that held it goes back to pending, where its own village's admin sees the
 * conflict and decides: a person, not the order of requests, settles who the
 * number belongs to. Returns the displaced binding's key.
 */
async function takeIdNumber(tx: Transaction, doc: TResidentDoc): Promise<string | null> {
  if (!doc.idNumber) return null;
  const lock = await tx.get('bindingsByIdHash', doc.idNumber.hash);
  const holder = await verifiedHolder(tx, lock, doc._id);
  if (holder) await tx.update('residents', holder._id, { bindingStatus: 'pending', verifiedBy: null, decidedAt: null, decidedBy: null });
  const seekers = seekersOf(lock, holder).filter((k) => k !== doc._id);
  await tx.set('bindingsByIdHash', {
    _id: doc.idNumber.hash,
    residentKey: doc._id,
    pendingKeys: holder ? [...seekers, holder._id] : seekers,
    createdAt: lock?.createdAt ?? doc.requestedAt,
  });
  return holder?._id ?? null;
}

/** Approves or rejects a pending binding of the admin's village; a rejection deletes the personal data at once. */
export async function decideBinding(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  input: { residentKey: string; approve: boolean; reason?: string },
): Promise<{ residentKey: string; status: 'verified' | 'rejected' }> {
  const villageCode = admin.regionCode; // a village admin's region is their village (the contract admits no other role)
  if (!input.approve && !input.reason) throw new AppError('REJECT_REASON_REQUIRED', { message: '不通过时请填写理由，方便群众了解原因。' });
  const at = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const doc = await tx.get('residents', input.residentKey);
    if (!doc || doc.villageCode !== villageCode) throw new AppError('NOT_FOUND');
    if (doc.bindingStatus !== 'pending') throw new AppError('INVALID_TRANSITION');
    const decided = { decidedAt: at.toISOString(), decidedBy: admin.id };
    let displaced: string | null = null;
    if (input.approve) {
      displaced = await takeIdNumber(tx, doc);
      await tx.update('residents', doc._id, { ...decided, bindingStatus: 'verified', verifiedBy: 'admin' });
    } else {
      await releaseIdNumber(tx, doc);
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
      ...(displaced ? { detail: { displaced } } : {}),
    });
    return { residentKey: doc._id, status: input.approve ? 'verified' : 'rejected' };
  });
}
