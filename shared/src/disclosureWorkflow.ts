import { AppError } from './errors';

/**
 * The life of a disclosure: the village drafts and submits, the township
 * approves (published) or rejects with a reason; a rejected disclosure is
 * edited and resubmitted. Published is final: it is never edited.
 */
export const DISCLOSURE_STATUSES = ['draft', 'submitted', 'rejected', 'resubmitted', 'published'] as const;
export type TDisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];

export const DISCLOSURE_STATUS_NAMES: Record<TDisclosureStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  rejected: '已退回',
  resubmitted: '重新提交待审核',
  published: '已发布',
};

export type TDisclosureAction = 'edit' | 'submit' | 'approve' | 'reject';

export const DISCLOSURE_ACTION_NAMES: Record<TDisclosureAction, string> = {
  edit: '修改',
  submit: '提交审核',
  approve: '审核通过并发布',
  reject: '退回',
};

const TRANSITIONS: Record<TDisclosureAction, Partial<Record<TDisclosureStatus, TDisclosureStatus>>> = {
  edit: { draft: 'draft', rejected: 'rejected' },
  submit: { draft: 'submitted', rejected: 'resubmitted' },
  approve: { submitted: 'published', resubmitted: 'published' },
  reject: { submitted: 'rejected', resubmitted: 'rejected' },
};

export function canApplyDisclosureAction(status: TDisclosureStatus, action: TDisclosureAction): boolean {
  return TRANSITIONS[action][status] !== undefined;
}

/** The status after `action`, or the error a person sees when it is not allowed. */
export function nextDisclosureStatus(status: TDisclosureStatus, action: TDisclosureAction): TDisclosureStatus {
  const next = TRANSITIONS[action][status];
  if (next) return next;
  if (status === 'published' && action === 'edit') throw new AppError('PUBLISHED_IS_SEALED');
  throw new AppError('INVALID_TRANSITION', {
    message: `“${DISCLOSURE_STATUS_NAMES[status]}”状态的公开事项不能${DISCLOSURE_ACTION_NAMES[action]}，请刷新后查看最新状态。`,
  });
}

export const isAwaitingReview = (status: TDisclosureStatus): boolean =>
  status === 'submitted' || status === 'resubmitted';

/** Drafts belong to the village alone; reviewers and supervisors see what was submitted. */
export const isVisibleAboveVillage = (status: TDisclosureStatus): boolean => status !== 'draft';
