import { AppError } from './errors';

/**
 * The life of one version of a disclosure: the village drafts and submits,
 * the township approves (published) or rejects with a reason; a rejected
 * version is edited and resubmitted. A version may instead be submitted as
 * a draft for comment (征求意见稿): once approved it is open to residents'
 * comments for the days the village chose. Published content is never
 * edited: a correction, or the final version after a comment period, is a
 * new version, and when it is approved the version it follows becomes
 * superseded (kept in the history, unchanged).
 */
export const DISCLOSURE_STATUSES = [
  'draft',
  'submitted',
  'rejected',
  'resubmitted',
  'published',
  'commentSubmitted',
  'openForComment',
  'superseded',
] as const;
export type TDisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];

export const DISCLOSURE_STATUS_NAMES: Record<TDisclosureStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  rejected: '已退回',
  resubmitted: '重新提交待审核',
  published: '已发布',
  commentSubmitted: '征求意见稿待审核',
  openForComment: '征求意见中',
  superseded: '已被新版本取代',
};

export type TDisclosureAction = 'edit' | 'submit' | 'submitForComment' | 'approve' | 'reject' | 'supersede';

export const DISCLOSURE_ACTION_NAMES: Record<TDisclosureAction, string> = {
  edit: '修改',
  submit: '提交审核',
  submitForComment: '提交征求意见稿',
  approve: '审核通过并发布',
  reject: '退回',
  supersede: '由新版本取代',
};

const TRANSITIONS: Record<TDisclosureAction, Partial<Record<TDisclosureStatus, TDisclosureStatus>>> = {
  edit: { draft: 'draft', rejected: 'rejected' },
  submit: { draft: 'submitted', rejected: 'resubmitted' },
  submitForComment: { draft: 'commentSubmitted', rejected: 'commentSubmitted' },
  approve: { submitted: 'published', resubmitted: 'published', commentSubmitted: 'openForComment' },
  reject: { submitted: 'rejected', resubmitted: 'rejected', commentSubmitted: 'rejected' },
  supersede: { published: 'superseded', openForComment: 'superseded' },
};

export function canApplyDisclosureAction(status: TDisclosureStatus, action: TDisclosureAction): boolean {
  return TRANSITIONS[action][status] !== undefined;
}

/** The status after `action`, or the error a person sees when it is not allowed. */
export function nextDisclosureStatus(status: TDisclosureStatus, action: TDisclosureAction): TDisclosureStatus {
  const next = TRANSITIONS[action][status];
  if (next) return next;
  if (isPubliclyVisible(status) && action === 'edit') throw new AppError('PUBLISHED_IS_SEALED');
  throw new AppError('INVALID_TRANSITION', {
    message: `“${DISCLOSURE_STATUS_NAMES[status]}”状态的公开事项不能${DISCLOSURE_ACTION_NAMES[action]}，请刷新后查看最新状态。`,
  });
}

export const isAwaitingReview = (status: TDisclosureStatus): boolean =>
  status === 'submitted' || status === 'resubmitted' || status === 'commentSubmitted';

export const AWAITING_REVIEW_STATUSES: readonly TDisclosureStatus[] = ['submitted', 'resubmitted', 'commentSubmitted'];

/** Drafts belong to the village alone; reviewers and supervisors see what was submitted. */
export const isVisibleAboveVillage = (status: TDisclosureStatus): boolean => status !== 'draft';

/** What residents may read: the published versions, the old ones in the history, and drafts open for comment. */
export const PUBLIC_STATUSES: readonly TDisclosureStatus[] = ['published', 'openForComment', 'superseded'];
export const isPubliclyVisible = (status: TDisclosureStatus): boolean => PUBLIC_STATUSES.includes(status);

/** Approving these seals a version into the village's hash chain. */
export const isSealedOnApproval = (status: TDisclosureStatus): boolean => status === 'published' || status === 'openForComment';

export const COMMENT_PERIOD_DAYS = { min: 3, max: 30 } as const;

/** A comment period as the village set it: its length, and once approved, its window. */
export interface TCommentPeriod {
  days: number;
  opensAt: string | null;
  closesAt: string | null;
}

export type TCommentWindowState = 'notOpen' | 'open' | 'closed';

export function commentWindowState(period: TCommentPeriod, now: Date): TCommentWindowState {
  if (!period.opensAt || !period.closesAt) return 'notOpen';
  return now.getTime() < Date.parse(period.closesAt) ? 'open' : 'closed';
}

/** The window starts when the township approves the draft for comment and runs `days` whole days. */
export function openCommentWindow(days: number, approvedAt: Date): TCommentPeriod {
  return { days, opensAt: approvedAt.toISOString(), closesAt: new Date(approvedAt.getTime() + days * 86_400_000).toISOString() };
}

/**
 * Whether the village may start a new version after this one: a correction
 * of a published version, or the final version after a closed comment period.
 */
export function assertCanFollowWithNewVersion(status: TDisclosureStatus, period: TCommentPeriod | null, now: Date): void {
  if (status === 'published') return;
  if (status === 'openForComment' && period) {
    if (commentWindowState(period, now) === 'closed') return;
    throw new AppError('COMMENT_PERIOD_OPEN', {
      message: `征求意见期到 ${period.closesAt?.slice(0, 10)} 才结束，结束后才能提交正式版本。`,
    });
  }
  throw new AppError('INVALID_TRANSITION', {
    message: `“${DISCLOSURE_STATUS_NAMES[status]}”状态的公开事项不能发起更正，只有已发布的内容可以更正。`,
  });
}
