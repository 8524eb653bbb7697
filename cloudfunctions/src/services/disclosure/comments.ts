import { randomUUID } from 'node:crypto';
import {
  AppError,
  assertCanSeeDisclosure,
  COMMENT_LIMITS,
  commentWindowState,
  type TAdminPrincipal,
  type TCommentView,
  type TPage,
  type ZListCommentsRequest,
  type ZSubmitCommentRequest,
} from '@sunshine/shared';
import type { z } from 'zod';
import type { TCommentDoc } from '../../store/documents';
import { checkResidentText } from '../contentCheck';
import { alreadyRan, once, type TRequestKey } from '../idempotency';
import { countAttempt } from '../rateLimits';
import { residentKeyOf } from '../resident/residents';
import type { TServiceContext } from '../serviceContext';
import { findPage } from '../../store/findPage';

/**
 * 征求意见: while a draft is open for comment, residents send their views;
 * the village reads them before it submits the final version. A resident is
 * known by the pseudonym of their openid, never the openid itself.
 */
export async function submitComment(ctx: TServiceContext, openid: string, input: z.output<typeof ZSubmitCommentRequest>): Promise<TCommentView> {
  const now = ctx.now();
  const doc = await ctx.store.get('disclosures', input.disclosureId);
  if (!doc || doc.status !== 'openForComment' || !doc.commentPeriod) {
    throw new AppError('NOT_FOUND', { message: '这个事项没有在征求意见，不能提交意见。' });
  }
  if (commentWindowState(doc.commentPeriod, now) !== 'open') throw new AppError('COMMENT_PERIOD_CLOSED');
  const residentKey = residentKeyOf(ctx, openid);
  const request: TRequestKey = { scope: 'comment.submit', actor: residentKey, requestId: input.requestId };
  // A retry of the resident's last allowed comment is answered, not refused as one too many.
  const retry = await alreadyRan(ctx.store, request);
  const already = await ctx.store.count('disclosureComments', [
    ['disclosureId', '==', doc._id],
    ['residentKey', '==', residentKey],
  ]);
  if (!retry && already >= COMMENT_LIMITS.perResident) throw new AppError('COMMENT_LIMIT_REACHED');
  if (!retry) await countAttempt(ctx, 'comment', { resident: residentKey, village: doc.villageCode });
  // Comments reach only the village's admins, so text needing review is kept, marked for them; risky text is refused.
  const verdict = retry ? 'pass' : await checkResidentText(ctx, openid, input.text);
  const comment: TCommentDoc = {
    _id: `${now.getTime().toString(36)}-${randomUUID()}`,
    disclosureId: doc._id,
    villageCode: doc.villageCode,
    residentKey,
    text: input.text,
    ...(verdict === 'review' ? { needsReview: true } : {}),
    createdAt: now.toISOString(),
  };
  return ctx.store.transaction((tx) =>
    once(tx, request, input, now, {
      run: async () => (await tx.create('disclosureComments', comment), { targetId: comment._id, result: toCommentView(comment) }),
      replay: async (id) => toCommentView((await tx.get('disclosureComments', id))!),
    }),
  );
}

const toCommentView = ({ _id, disclosureId, residentKey, text, createdAt }: TCommentDoc): TCommentView => ({ id: _id, disclosureId, residentKey, text, createdAt });

/** The comments on a disclosure, oldest first, for the admins who may see it. */
export async function listComments(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  input: z.output<typeof ZListCommentsRequest>,
): Promise<TPage<TCommentView>> {
  const doc = await ctx.store.get('disclosures', input.disclosureId);
  if (!doc) throw new AppError('NOT_FOUND');
  assertCanSeeDisclosure(admin, doc);
  const where = [['disclosureId', '==', doc._id] as const];
  return findPage(ctx.store, 'disclosureComments', { where, orderBy: [['createdAt', 'asc']] }, input, toCommentView);
}
