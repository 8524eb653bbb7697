import {
  AppError,
  FEEDBACK_LEVEL_NAMES,
  feedbackDeadline,
  outcomeOfDeadline,
  outcomeOfRating,
  chinaDateOf,
  feedbackAnsweringScopeOf,
  type TAdminPrincipal,
  type TAnswerRating,
  type TEscalationReason,
  type TFeedbackLevel,
  type TFeedbackPage,
  type TFeedbackStatus,
  type TPageRequest,
  type TRoutingOutcome,
} from '@sunshine/shared';
import type { TFilter } from '../../store/DocumentStore';
import type { TFeedbackDoc } from '../../store/documents';
import { recordAudit } from '../audit';
import { feedbackPageOf, toFeedbackView } from './feedback';
import { noticeFeedbackResident } from './feedbackNotices';
import { residentKeyOf } from '../resident/residents';
import { calendarOf, feedbackDeadlinesOf, type TServiceContext } from '../serviceContext';

/** The village's own list of its messages (any level), newest first. */
export async function villageFeedback(ctx: TServiceContext, admin: TAdminPrincipal, input: TPageRequest & { status?: TFeedbackStatus }): Promise<TFeedbackPage> {
  const where: TFilter[] = [['villageCode', '==', admin.regionCode], ...(input.status ? [['status', '==', input.status] as const] : [])];
  return feedbackPageOf(ctx, where, input);
}

/** 待办留言: what waits for the admin's level in its region, the soonest due first. */
export async function waitingFeedback(ctx: TServiceContext, admin: TAdminPrincipal, page: TPageRequest): Promise<TFeedbackPage> {
  const { level, field } = feedbackAnsweringScopeOf(admin);
  const where: TFilter[] = [[field, '==', admin.regionCode], ['level', '==', level], ['status', '==', 'open']];
  return feedbackPageOf(ctx, where, page, [['dueDate', 'asc'], ['createdAt', 'asc']]);
}

/**
 * The level that holds a message answers it; a message outside the admin's
 * region is "not found", one still with another level is refused by name.
 */
export async function replyToFeedback(ctx: TServiceContext, admin: TAdminPrincipal, input: { id: string; text: string }) {
  const { level, field } = feedbackAnsweringScopeOf(admin);
  const now = ctx.now();
  const at = now.toISOString();
  const answered = await ctx.store.transaction(async (tx) => {
    const doc = await tx.get('feedback', input.id);
    if (!doc || doc[field] !== admin.regionCode) throw new AppError('NOT_FOUND');
    if (doc.level !== level || doc.status !== 'open') {
      throw new AppError('INVALID_TRANSITION', { message: `这条留言现在${doc.status === 'open' ? `由${FEEDBACK_LEVEL_NAMES[doc.level]}答复` : '不需要答复'}。` });
    }
    const updated: TFeedbackDoc = {
      ...doc,
      status: 'answered',
      reply: { text: input.text, at, byName: admin.regionName, byId: admin.id, level },
      history: [...doc.history, { at, action: 'reply', by: admin.id, byName: admin.regionName, level, text: input.text }],
      updatedAt: at,
    };
    await tx.set('feedback', updated);
    await recordAudit(tx, now, admin, { action: 'feedback.reply', targetType: 'feedback', targetId: doc._id, regionCode: admin.regionCode });
    await noticeFeedbackResident(tx, ctx, updated, 'answer');
    return updated;
  });
  return toFeedbackView(answered);
}

/** The resident rates the latest answer to their own message; the rating closes or escalates it (feedbackRouting.ts). */
export async function rateAnswer(ctx: TServiceContext, openid: string, input: { id: string; rating: TAnswerRating }) {
  const residentKey = residentKeyOf(ctx, openid);
  const now = ctx.now();
  return ctx.store.transaction(async (tx) => {
    const doc = await tx.get('feedback', input.id);
    if (!doc || doc.residentKey !== residentKey) throw new AppError('NOT_FOUND');
    if (doc.status !== 'answered') throw new AppError('INVALID_TRANSITION', { message: '这条留言还没有新的答复，暂时不能评价。' });
    const at = now.toISOString();
    const rated: TFeedbackDoc = { ...doc, history: [...doc.history, { at, action: 'rate', by: residentKey, level: doc.level, rating: input.rating }] };
    const updated = applyOutcome(ctx, rated, outcomeOfRating(doc.level, input.rating, doc.supervised), now);
    await tx.set('feedback', updated);
    return toFeedbackView(updated);
  });
}

/** Closes, escalates with a fresh deadline, or reopens at the county; the answer stays in the history. */
function applyOutcome(ctx: TServiceContext, doc: TFeedbackDoc, outcome: TRoutingOutcome, now: Date): TFeedbackDoc {
  const at = now.toISOString();
  if (outcome.kind === 'close') {
    return { ...doc, status: 'closed', history: [...doc.history, { at, action: 'close', by: 'system', level: doc.level }], updatedAt: at };
  }
  if (outcome.kind === 'awaitCountyClose') return { ...doc, status: 'rated', updatedAt: at };
  const to: TFeedbackLevel = outcome.kind === 'escalate' ? outcome.to : 'county';
  return reassign(ctx, doc, to, outcome.reason, now);
}

function reassign(ctx: TServiceContext, doc: TFeedbackDoc, to: TFeedbackLevel, reason: TEscalationReason, now: Date): TFeedbackDoc {
  const at = now.toISOString();
  const deadline = feedbackDeadline(calendarOf(ctx), to, now, feedbackDeadlinesOf(ctx));
  return {
    ...doc,
    status: 'open',
    level: to,
    dueDate: deadline.dueDate,
    deadlineNote: deadline.explanation,
    reply: null,
    history: [...doc.history, { at, action: 'escalate', by: 'system', level: to, reason, dueDate: deadline.dueDate }],
    updatedAt: at,
  };
}

const SWEEP_PAGE = 200;

/**
 * Sends every unanswered message past its due day one level up. Run by a
 * timer (CloudBase `feedbackSweep`, the local gateway's loop); each message
 * is re-read in its own transaction, so two sweeps never escalate twice.
 */
export async function escalateOverdueFeedback(ctx: TServiceContext): Promise<{ escalated: number }> {
  const now = ctx.now();
  const today = chinaDateOf(now);
  let escalated = 0;
  for (const level of ['village', 'township'] as const) {
    for (;;) {
      const due = await ctx.store.find('feedback', {
        where: [['level', '==', level], ['status', '==', 'open'], ['dueDate', '<', today]],
        orderBy: [['dueDate', 'asc']],
        limit: SWEEP_PAGE,
      });
      for (const candidate of due) {
        const moved = await ctx.store.transaction(async (tx) => {
          const doc = await tx.get('feedback', candidate._id);
          const outcome = doc && outcomeOfDeadline(doc.status, doc.level, doc.dueDate, now);
          if (!doc || !outcome) return null;
          const next = applyOutcome(ctx, doc, outcome, now);
          await tx.set('feedback', next);
          await noticeFeedbackResident(tx, ctx, next, 'escalate');
          return next;
        });
        if (moved) escalated += 1;
      }
      if (due.length < SWEEP_PAGE) break;
    }
  }
  return { escalated };
}
