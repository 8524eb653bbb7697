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
import type { TFilter, TQuery } from '../../store/DocumentStore';
import type { TDisclosureDoc, TFeedbackDoc } from '../../store/documents';
import { verifiedResident, verifiedResidentOrNull } from '../resident/identity';
import { checkResidentText } from '../contentCheck';
import { once, requestScopedId, type TRequestKey } from '../idempotency';
import { countNewRequest } from '../rateLimits';
import { residentKeyOf } from '../resident/residents';
import { calendarOf, feedbackDeadlinesOf, type TServiceContext } from '../serviceContext';
import { findPage } from '../../store/findPage';

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

export async function submitFeedback(ctx: TServiceContext, openid: string, input: { requestId: string; disclosureId: string; kind: TFeedbackKind; text: string }) {
  const disclosure = await publicDisclosure(ctx, input.disclosureId);
  const residentKey = residentKeyOf(ctx, openid);
  const request: TRequestKey = { scope: 'feedback.submit', actor: residentKey, requestId: input.requestId };
  await countNewRequest(ctx, request, 'feedback', { resident: residentKey, village: disclosure.villageCode });
  // A message goes to the village's admins, people already: text needing review is kept and marked; risky text is refused.
  const verdict = await checkResidentText(ctx, openid, input.text);
  const now = ctx.now();
  const at = now.toISOString();
  const { townshipCode, countyCode } = regionPathOf(disclosure.villageCode);
  const deadline = feedbackDeadline(calendarOf(ctx), 'village', now, feedbackDeadlinesOf(ctx));
  const doc: TFeedbackDoc = {
    _id: requestScopedId('fb-', request),
    residentKey,
    openid,
    ...(verdict === 'review' ? { needsReview: true } : {}),
    disclosureId: disclosure._id,
    disclosureTitle: disclosure.title,
    villageCode: disclosure.villageCode,
    villageName: disclosure.villageName,
    catalogItemId: disclosure.catalogItemId,
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
  return ctx.store.transaction((tx) =>
    once(tx, request, input, now, {
      run: async () => (await tx.create('feedback', doc), { targetId: doc._id, result: toFeedbackView(doc) }),
      replay: async (id) => toFeedbackView((await tx.get('feedback', id))!),
    }),
  );
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
  return findPage(ctx.store, 'feedback', { where, orderBy }, page, toFeedbackView);
}

/** Rating again (a new request) replaces the rating; a retried request changes nothing. */
export async function rateDisclosure(ctx: TServiceContext, openid: string, input: { requestId: string; disclosureId: string; rating: TRating }) {
  const disclosure = await publicDisclosure(ctx, input.disclosureId);
  const residentKey = residentKeyOf(ctx, openid);
  const now = ctx.now();
  const result = { disclosureId: disclosure._id, rating: input.rating };
  const request: TRequestKey = { scope: 'feedback.rate', actor: residentKey, requestId: input.requestId };
  await countNewRequest(ctx, request, 'rating', { resident: residentKey, village: disclosure.villageCode });
  return ctx.store.transaction((tx) =>
    once(tx, request, input, now, {
      run: async () => {
        const id = `${residentKey}:${disclosure._id}`;
        await tx.set('ratings', {
          _id: id,
          residentKey,
          disclosureId: disclosure._id,
          villageCode: disclosure.villageCode,
          catalogItemId: disclosure.catalogItemId,
          rating: input.rating,
          updatedAt: now.toISOString(),
        });
        return { targetId: id, result };
      },
      replay: async () => result,
    }),
  );
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

export async function answerSurvey(ctx: TServiceContext, openid: string, input: { requestId: string; rating: TRating; comment?: string }): Promise<TSurveyStatus> {
  const resident = await verifiedResident(ctx, openid);
  const request: TRequestKey = { scope: 'feedback.survey', actor: resident._id, requestId: input.requestId };
  await countNewRequest(ctx, request, 'survey', { resident: resident._id, village: resident.villageCode });
  const now = ctx.now();
  const month = surveyMonthOf(now);
  const statusOf = (survey: { month: string; rating: TRating }): TSurveyStatus => ({ month: survey.month, villageCode: resident.villageCode, villageName: resident.villageName, rating: survey.rating });
  return ctx.store.transaction((tx) =>
    // A retried answer is answered as the first; a second answer this month (a new request) is refused.
    once(tx, request, input, now, {
      run: async () => {
        const id = `${resident._id}:${resident.villageCode}:${month}`;
        // The id makes it one per resident, village and month; create refuses a second.
        if (await tx.get('surveys', id)) throw new AppError('SURVEY_ALREADY_DONE');
        await tx.create('surveys', { _id: id, residentKey: resident._id, villageCode: resident.villageCode, month, rating: input.rating, comment: input.comment || null, createdAt: now.toISOString() });
        return { targetId: id, result: statusOf({ month, rating: input.rating }) };
      },
      replay: async (id) => statusOf((await tx.get('surveys', id))!),
    }),
  );
}
