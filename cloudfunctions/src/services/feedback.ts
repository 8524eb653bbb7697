import { randomUUID } from 'node:crypto';
import {
  AppError,
  isPubliclyVisible,
  surveyMonthOf,
  type TAdminPrincipal,
  type TFeedbackKind,
  type TFeedbackPage,
  type TFeedbackStatus,
  type TPageRequest,
  type TRating,
  type TSurveyStatus,
} from '@sunshine/shared';
import type { TFilter } from '../store/DocumentStore';
import type { TDisclosureDoc, TFeedbackDoc } from '../store/documents';
import { recordAudit } from './audit';
import { verifiedResident } from './identity';
import { residentKeyOf } from './residents';
import type { TServiceContext } from './serviceContext';

/** Answers carry the message and the reply, never who wrote it. */
const toView = (d: TFeedbackDoc) => ({
  id: d._id,
  disclosureId: d.disclosureId,
  disclosureTitle: d.disclosureTitle,
  villageName: d.villageName,
  kind: d.kind,
  text: d.text,
  status: d.status,
  reply: d.reply ? { text: d.reply.text, at: d.reply.at, byName: d.reply.byName } : null,
  createdAt: d.createdAt,
});

/** A disclosure residents can read; anything else is "not found", so drafts are not even confirmed to exist. */
async function publicDisclosure(ctx: TServiceContext, id: string): Promise<TDisclosureDoc> {
  const doc = await ctx.store.get('disclosures', id);
  if (!doc || !isPubliclyVisible(doc.status)) throw new AppError('NOT_FOUND');
  return doc;
}

export async function submitFeedback(ctx: TServiceContext, openid: string, input: { disclosureId: string; kind: TFeedbackKind; text: string }) {
  const disclosure = await publicDisclosure(ctx, input.disclosureId);
  const at = ctx.now().toISOString();
  const residentKey = residentKeyOf(ctx, openid);
  const doc: TFeedbackDoc = {
    _id: `fb-${randomUUID()}`,
    residentKey,
    disclosureId: disclosure._id,
    disclosureTitle: disclosure.title,
    villageCode: disclosure.villageCode,
    villageName: disclosure.villageName,
    kind: input.kind,
    text: input.text,
    status: 'open',
    reply: null,
    history: [{ at, action: 'submit', by: residentKey }],
    createdAt: at,
    updatedAt: at,
  };
  await ctx.store.transaction((tx) => tx.create('feedback', doc));
  return toView(doc);
}

export async function myFeedback(ctx: TServiceContext, openid: string, page: TPageRequest): Promise<TFeedbackPage> {
  const where = [['residentKey', '==', residentKeyOf(ctx, openid)]] as const;
  return pageOf(ctx, where, page);
}

async function pageOf(ctx: TServiceContext, where: readonly TFilter[], page: TPageRequest): Promise<TFeedbackPage> {
  const [docs, total] = await Promise.all([
    ctx.store.find('feedback', { where, orderBy: [['createdAt', 'desc']], offset: (page.page - 1) * page.pageSize, limit: page.pageSize }),
    ctx.store.count('feedback', where),
  ]);
  return { items: docs.map(toView), total, page: page.page, pageSize: page.pageSize };
}

export async function rateDisclosure(ctx: TServiceContext, openid: string, input: { disclosureId: string; rating: TRating }) {
  const disclosure = await publicDisclosure(ctx, input.disclosureId);
  const residentKey = residentKeyOf(ctx, openid);
  await ctx.store.transaction((tx) =>
    tx.set('ratings', {
      _id: `${residentKey}:${disclosure._id}`,
      residentKey,
      disclosureId: disclosure._id,
      villageCode: disclosure.villageCode,
      rating: input.rating,
      updatedAt: ctx.now().toISOString(),
    }),
  );
  return { disclosureId: disclosure._id, rating: input.rating };
}

export async function myRating(ctx: TServiceContext, openid: string, disclosureId: string) {
  const doc = await ctx.store.get('ratings', `${residentKeyOf(ctx, openid)}:${disclosureId}`);
  return { disclosureId, rating: doc?.rating ?? null };
}

function assertVillageAdmin(admin: TAdminPrincipal): string {
  if (admin.role !== 'village_admin') throw new AppError('FORBIDDEN', { message: '只有村（社区）管理员可以回复本村群众的留言。' });
  return admin.regionCode;
}

export async function villageFeedback(ctx: TServiceContext, admin: TAdminPrincipal, input: TPageRequest & { status?: TFeedbackStatus }): Promise<TFeedbackPage> {
  const villageCode = assertVillageAdmin(admin);
  const where: TFilter[] = [['villageCode', '==', villageCode], ...(input.status ? [['status', '==', input.status] as const] : [])];
  return pageOf(ctx, where, input);
}

export async function replyToFeedback(ctx: TServiceContext, admin: TAdminPrincipal, input: { id: string; text: string }) {
  const villageCode = assertVillageAdmin(admin);
  const now = ctx.now();
  const at = now.toISOString();
  return ctx.store.transaction(async (tx) => {
    const doc = await tx.get('feedback', input.id);
    if (!doc || doc.villageCode !== villageCode) throw new AppError('NOT_FOUND');
    const updated: TFeedbackDoc = {
      ...doc,
      status: 'answered',
      reply: { text: input.text, at, byName: admin.regionName, byId: admin.id },
      history: [...doc.history, { at, action: 'reply', by: admin.id }],
      updatedAt: at,
    };
    await tx.set('feedback', updated);
    await recordAudit(tx, now, admin, { action: 'feedback.reply', targetType: 'feedback', targetId: doc._id, regionCode: villageCode });
    return toView(updated);
  });
}

/** The survey is of the resident's own village: a verified binding says which. */
export async function surveyStatus(ctx: TServiceContext, openid: string): Promise<TSurveyStatus> {
  const resident = await verifiedResident(ctx, openid);
  const month = surveyMonthOf(ctx.now());
  const done = await ctx.store.get('surveys', `${resident._id}:${resident.villageCode}:${month}`);
  return { month, villageCode: resident.villageCode, villageName: resident.villageName, rating: done?.rating ?? null };
}

export async function answerSurvey(ctx: TServiceContext, openid: string, input: { rating: TRating; comment?: string }): Promise<TSurveyStatus> {
  const resident = await verifiedResident(ctx, openid);
  const now = ctx.now();
  const month = surveyMonthOf(now);
  await ctx.store.transaction(async (tx) => {
    const id = `${resident._id}:${resident.villageCode}:${month}`;
    // The id makes it one per resident, village and month; create refuses a second.
    if (await tx.get('surveys', id)) throw new AppError('SURVEY_ALREADY_DONE');
    await tx.create('surveys', { _id: id, residentKey: resident._id, villageCode: resident.villageCode, month, rating: input.rating, comment: input.comment || null, createdAt: now.toISOString() });
  });
  return { month, villageCode: resident.villageCode, villageName: resident.villageName, rating: input.rating };
}
