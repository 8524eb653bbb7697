import { randomUUID } from 'node:crypto';
import {
  AppError,
  addDays,
  ageInDays,
  chinaDateOf,
  closabilityOf,
  daysOverdue,
  isWithinRegion,
  targetLevelOf,
  type TAdminPrincipal,
  type TFeedbackKind,
  type TPageRequest,
  type TSupervisionCaseDetail,
  type TSupervisionCasePage,
  type TSupervisionCaseView,
  type TSupervisionOrderPage,
  type TSupervisionOrderView,
  feedbackAnsweringScopeOf,
} from '@sunshine/shared';
import type { TFilter, Transaction } from '../../store/DocumentStore';
import type { TFeedbackDoc, TSupervisionOrderDoc } from '../../store/documents';
import { recordAudit } from '../audit';
import { noticeFeedbackResident } from './feedbackNotices';
import { toFeedbackView } from './feedback';
import { once } from '../idempotency';
import type { TServiceContext } from '../serviceContext';
import { findPage } from '../../store/findPage';

const UNRESOLVED = ['open', 'answered', 'rated'] as const;

/** The contract admits county supervisors only, so the admin's region is their county. */
const countyOf = (admin: TAdminPrincipal): string => admin.regionCode;

function toCaseView(d: TFeedbackDoc, now: Date): TSupervisionCaseView {
  const unresolved = d.status !== 'closed';
  return {
    ...toFeedbackView(d),
    villageCode: d.villageCode,
    townshipCode: d.townshipCode,
    ageDays: ageInDays(d.createdAt, now),
    overdueDays: unresolved && d.status === 'open' ? daysOverdue(d.dueDate, now) : 0,
  };
}

function toOrderView(o: TSupervisionOrderDoc, c: Pick<TFeedbackDoc, 'text' | 'villageName'>): TSupervisionOrderView {
  return {
    id: o._id,
    feedbackId: o.feedbackId,
    targetName: o.targetName,
    targetLevel: o.targetLevel,
    targetRegionCode: o.targetRegionCode,
    requirement: o.requirement,
    dueDate: o.dueDate,
    status: o.status,
    issuedAt: o.issuedAt,
    fix: o.fix ? { text: o.fix.text, evidence: o.fix.evidence, at: o.fix.at, byName: o.fix.byName } : null,
    caseText: c.text,
    villageName: c.villageName,
  };
}

/** A case of the admin's county, or "not found" (another county's cases are not even confirmed to exist). */
async function countyCase(ctx: TServiceContext, countyCode: string, id: string): Promise<TFeedbackDoc> {
  const doc = await ctx.store.get('feedback', id);
  if (!doc || doc.countyCode !== countyCode) throw new AppError('NOT_FOUND');
  return doc;
}

export async function supervisionCases(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  input: TPageRequest & { townshipCode?: string; villageCode?: string; kind?: TFeedbackKind; minAgeDays?: number; escalatedOnly?: boolean },
): Promise<TSupervisionCasePage> {
  const countyCode = countyOf(admin);
  for (const field of ['townshipCode', 'villageCode'] as const) {
    const code = input[field];
    if (code && !isWithinRegion(code, countyCode)) throw new AppError('OUT_OF_SCOPE', { issues: [{ field, message: '不在本县（区）范围内' }] });
  }
  const now = ctx.now();
  const where: TFilter[] = [['countyCode', '==', countyCode], ['status', 'in', UNRESOLVED]];
  if (input.townshipCode) where.push(['townshipCode', '==', input.townshipCode]);
  if (input.villageCode) where.push(['villageCode', '==', input.villageCode]);
  if (input.kind) where.push(['kind', '==', input.kind]);
  if (input.escalatedOnly) where.push(['level', 'in', ['township', 'county']]);
  if (input.minAgeDays !== undefined) {
    // At least N China days old: received before the start of (today − N + 1) in Beijing.
    const firstTooYoungDay = addDays(chinaDateOf(now), 1 - input.minAgeDays);
    where.push(['createdAt', '<', new Date(`${firstTooYoungDay}T00:00:00+08:00`).toISOString()]);
  }
  // Oldest first: a message waiting longest has also missed the most deadlines on its way up; then the earliest due.
  return findPage(ctx.store, 'feedback', { where, orderBy: [['createdAt', 'asc'], ['dueDate', 'asc']] }, input, (d) => toCaseView(d, now));
}

export async function supervisionCaseDetail(ctx: TServiceContext, admin: TAdminPrincipal, id: string): Promise<TSupervisionCaseDetail> {
  const doc = await countyCase(ctx, countyOf(admin), id);
  const orders = await ctx.store.find('supervisionOrders', { where: [['feedbackId', '==', id]], orderBy: [['issuedAt', 'asc']], limit: 100 });
  const now = ctx.now();
  return { ...toCaseView(doc, now), orders: orders.map((o) => toOrderView(o, doc)), closability: closabilityOf(doc.history, doc.status, now) };
}

export async function issueSupervisionOrder(
  ctx: TServiceContext,
  admin: TAdminPrincipal,
  input: { requestId: string; feedbackId: string; targetName: string; targetRegionCode: string; requirement: string; dueDate: string },
): Promise<TSupervisionOrderView> {
  const countyCode = countyOf(admin);
  const now = ctx.now();
  return ctx.store.transaction((tx) => once(tx, { scope: 'supervision.issue', actor: admin.id, requestId: input.requestId }, input, now, {
    replay: (orderId) => orderViewById(tx, orderId),
    run: async () => {
      if (input.dueDate < chinaDateOf(now)) throw new AppError('INVALID_INPUT', { issues: [{ field: 'dueDate', message: '整改期限不能早于今天' }] });
      const doc = await tx.get('feedback', input.feedbackId);
      if (!doc || doc.countyCode !== countyCode) throw new AppError('NOT_FOUND');
      if (doc.status === 'closed') throw new AppError('INVALID_TRANSITION', { message: '这条留言已经结案。' });
      const targetLevel = targetLevelOf(doc, input.targetRegionCode);
      if (!targetLevel) throw new AppError('INVALID_INPUT', { issues: [{ field: 'targetRegionCode', message: '责任单位只能是留言所在的村（社区）、乡镇（街道）或本县（区）' }] });
      const at = now.toISOString();
      const order: TSupervisionOrderDoc = {
        _id: `so-${randomUUID()}`,
        feedbackId: doc._id,
        countyCode,
        villageCode: doc.villageCode,
        targetName: input.targetName,
        targetLevel,
        targetRegionCode: input.targetRegionCode,
        requirement: input.requirement,
        dueDate: input.dueDate,
        status: 'issued',
        issuedAt: at,
        issuedBy: admin.id,
        fix: null,
      };
      await tx.create('supervisionOrders', order);
      await tx.set('feedback', {
        ...doc,
        supervised: true,
        history: [...doc.history, { at, action: 'supervise', by: admin.id, byName: admin.regionName, level: targetLevel, text: `督办${input.targetName}：${input.requirement}`, dueDate: input.dueDate }],
        updatedAt: at,
      });
      await recordAudit(tx, now, admin, { action: 'supervision.issue', targetType: 'feedback', targetId: doc._id, regionCode: countyCode, detail: { orderId: order._id, targetRegionCode: input.targetRegionCode } });
      return { targetId: order._id, result: toOrderView(order, doc) };
    },
  }));
}

/** A 督办单 as it stands now, for the answer to a repeated request. */
async function orderViewById(tx: Transaction, orderId: string): Promise<TSupervisionOrderView> {
  const order = (await tx.get('supervisionOrders', orderId))!;
  return toOrderView(order, (await tx.get('feedback', order.feedbackId)) ?? { text: '', villageName: '' });
}

/** 待整改: the 督办单 naming the admin's own body, soonest due first. */
export async function myOrders(ctx: TServiceContext, admin: TAdminPrincipal, page: TPageRequest): Promise<TSupervisionOrderPage> {
  feedbackAnsweringScopeOf(admin);
  const where: TFilter[] = [['targetRegionCode', '==', admin.regionCode], ['status', '==', 'issued']];
  return findPage(ctx.store, 'supervisionOrders', { where, orderBy: [['dueDate', 'asc'], ['issuedAt', 'asc']] }, page, async (o) =>
    toOrderView(o, (await ctx.store.get('feedback', o.feedbackId)) ?? { text: '', villageName: '' }),
  );
}

/** The named body records its fix; the fix becomes the answer the resident rates. */
export async function recordSupervisionFix(ctx: TServiceContext, admin: TAdminPrincipal, input: { requestId: string; orderId: string; text: string; evidence: string }): Promise<TSupervisionOrderView> {
  const { level } = feedbackAnsweringScopeOf(admin);
  const now = ctx.now();
  const at = now.toISOString();
  return ctx.store.transaction((tx) => once(tx, { scope: 'supervision.fix', actor: admin.id, requestId: input.requestId }, input, now, {
    replay: (orderId) => orderViewById(tx, orderId),
    run: async () => {
      const order = await tx.get('supervisionOrders', input.orderId);
      if (!order || order.targetRegionCode !== admin.regionCode || order.targetLevel !== level) throw new AppError('NOT_FOUND');
      const doc = await tx.get('feedback', order.feedbackId);
      if (!doc) throw new AppError('NOT_FOUND');
      if (order.status !== 'issued' || doc.status === 'closed') throw new AppError('INVALID_TRANSITION', { message: '这份督办单已经整改或结案。' });
      const fixed: TSupervisionOrderDoc = { ...order, status: 'fixed', fix: { text: input.text, evidence: input.evidence, at, by: admin.id, byName: admin.regionName } };
      await tx.set('supervisionOrders', fixed);
      const answered: TFeedbackDoc = {
        ...doc,
        status: 'answered',
        reply: { text: input.text, at, byName: admin.regionName, byId: admin.id, level },
        history: [...doc.history, { at, action: 'fix', by: admin.id, byName: admin.regionName, level, text: `${input.text}（佐证：${input.evidence}）` }],
        updatedAt: at,
      };
      await tx.set('feedback', answered);
      await recordAudit(tx, now, admin, { action: 'supervision.fix', targetType: 'feedback', targetId: doc._id, regionCode: admin.regionCode, detail: { orderId: order._id } });
      await noticeFeedbackResident(tx, ctx, answered, 'answer');
      return { targetId: order._id, result: toOrderView(fixed, doc) };
    },
  }));
}

export async function closeSupervisedCase(ctx: TServiceContext, admin: TAdminPrincipal, input: { id: string; note?: string }): Promise<TSupervisionCaseView> {
  const countyCode = countyOf(admin);
  const now = ctx.now();
  const at = now.toISOString();
  return ctx.store.transaction(async (tx) => {
    const doc = await tx.get('feedback', input.id);
    if (!doc || doc.countyCode !== countyCode) throw new AppError('NOT_FOUND');
    const closability = closabilityOf(doc.history, doc.status, now);
    if (!closability.closable) throw new AppError('INVALID_TRANSITION', { message: `现在还不能结案：${closability.reason}。` });
    if (closability.noteRequired && !input.note) throw new AppError('INVALID_INPUT', { issues: [{ field: 'note', message: '群众未评价，请注明结案情况' }] });
    const closed: TFeedbackDoc = {
      ...doc,
      status: 'closed',
      history: [...doc.history, { at, action: 'close', by: admin.id, byName: admin.regionName, level: 'county', ...(input.note ? { text: input.note } : {}) }],
      updatedAt: at,
    };
    await tx.set('feedback', closed);
    await recordAudit(tx, now, admin, { action: 'supervision.close', targetType: 'feedback', targetId: doc._id, regionCode: countyCode });
    return toCaseView(closed, now);
  });
}
