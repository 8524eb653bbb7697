import { randomUUID } from 'node:crypto';
import {
  AppError,
  feedbackDeadline,
  isPubliclyVisible,
  regionPathOf,
  surveyMonthOf,
  type TFeedbackKind,
  type TFeedbackPage,
  type TFeedbackView,
  type TPageRequest,
  type TRating,
  type TSurveyStatus,
} from '@sunshine/shared';
import type { TFilter, TQuery } from '../store/DocumentStore';
import type { TDisclosureDoc, TFeedbackDoc } from '../store/documents';
import { verifiedResident, verifiedResidentOrNull } from './identity';
import { checkResidentText } from './contentCheck';
import { residentKeyOf } from './residents';
import { calendarOf, feedbackDeadlinesOf, type TServiceContext } from './serviceContext';

/** Answers carry the message, the answers and the history, never who wrote them (admins appear by region name only). */
export const toFeedbackView = (d: TFeedbackDoc): TFeedbackView => ({
  id: d._id,
  disclosureId: d.disclosureId,
  disclosureTitle: d.disclosureTitle,
  villageName: d.villageName,
  kind: d.kind,
  text: d.text,
  status: d.status,
  level: d.level,
  dueDate: d.dueDate,
  deadlineNote: d.deadlineNote,
  reply: d.reply ? { text: d.reply.text, at: d.reply.at, byName: d.reply.byName, level: d.reply.level } : null,
  history: d.history.map((h) => ({
    at: h.at,
    action: h.action,
    level: h.level,
    byName: h.byName ?? null,
    text: h.text ?? null,
    rating: h.rating ?? null,
    reason: h.reason ?? null,
    dueDate: h.dueDate ?? null,
  })),
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
  // A message goes to the village's admins, people already: text needing review is kept and marked; risky text is refused.
  const verdict = await checkResidentText(ctx, openid, input.text);
  const now = ctx.now();
  const at = now.toISOString();
  const residentKey = residentKeyOf(ctx, openid);
  const { townshipCode, countyCode } = regionPathOf(disclosure.villageCode);
  const deadline = feedbackDeadline(calendarOf(ctx), 'village', now, feedbackDeadlinesOf(ctx));
  const doc: TFeedbackDoc = {
    _id: `fb-${randomUUID()}`,
    residentKey,
    openid,
    ...(verdict === 'review' ? { needsReview: true } : {}),
    disclosureId: disclosure._id,
    disclosureTitle: disclosure.title,
    villageCode: disclosure.villageCode,
    villageName: disclosure.villageName,
    kind: input.kind,
    text: input.text,
    status: 'open',
    townshipCode,
    countyCode,
    level: 'village',
    dueDate: deadline.dueDate,
    deadlineNote: deadline.explanation,
    supervised: false,
    reply: null,
    history: [{ at, action: 'submit', by: residentKey, level: 'village', dueDate: deadline.dueDate }],
    createdAt: at,
    updatedAt: at,
  };
  await ctx.store.transaction((tx) => tx.create('feedback', doc));
  return toFeedbackView(doc);
}

export async function myFeedback(ctx: TServiceContext, openid: string, input: TPageRequest & { id?: string }): Promise<TFeedbackPage> {
  const residentKey = residentKeyOf(ctx, openid);
  if (input.id) {
    // Another resident's message is as absent as one that never existed.
    const doc = await ctx.store.get('feedback', input.id);
    const items = doc && doc.residentKey === residentKey ? [toFeedbackView(doc)] : [];
    return { items, total: items.length, page: 1, pageSize: input.pageSize };
  }
  return feedbackPageOf(ctx, [['residentKey', '==', residentKey]], { page: input.page, pageSize: input.pageSize });
}

export async function feedbackPageOf(ctx: TServiceContext, where: readonly TFilter[], page: TPageRequest, orderBy: TQuery['orderBy'] = [['createdAt', 'desc']]): Promise<TFeedbackPage> {
  const [docs, total] = await Promise.all([
    ctx.store.find('feedback', { where, orderBy, offset: (page.page - 1) * page.pageSize, limit: page.pageSize }),
    ctx.store.count('feedback', where),
  ]);
  return { items: docs.map(toFeedbackView), total, page: page.page, pageSize: page.pageSize };
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

/**
 * The survey is of the resident's own village: a verified binding says which.
 * Without one there is simply no survey to offer (null), which every village
 * page asks about: a refusal there would be an error on every visit.
 */
export async function surveyStatus(ctx: TServiceContext, openid: string): Promise<TSurveyStatus | null> {
  const resident = await verifiedResidentOrNull(ctx, openid);
  if (!resident) return null;
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
