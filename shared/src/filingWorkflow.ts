import { AppError } from './errors';

/**
 * 不公开备案: instead of publishing a due item for a period, the village files
 * why not; the township approves (the item counts as fulfilled and residents
 * see the filing) or rejects with a reason, after which the village may file
 * again. One filing per village, item and period.
 */
export const FILING_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type TFilingStatus = (typeof FILING_STATUSES)[number];

export const FILING_STATUS_NAMES: Record<TFilingStatus, string> = {
  pending: '待审核',
  approved: '已备案',
  rejected: '已退回',
};

export type TFilingAction = 'file' | 'approve' | 'reject';

/** The status after `action`; `null` is a filing that does not exist yet. */
export function nextFilingStatus(status: TFilingStatus | null, action: TFilingAction): TFilingStatus {
  if (action === 'file') {
    if (status === null || status === 'rejected') return 'pending';
    throw new AppError('FILING_DUPLICATE', {
      message: status === 'approved' ? '这个事项本期的不公开备案已经通过，无需再次提交。' : undefined,
    });
  }
  if (status !== 'pending') {
    throw new AppError('INVALID_TRANSITION', {
      message: `“${status ? FILING_STATUS_NAMES[status] : '不存在'}”的备案不能${action === 'approve' ? '通过' : '退回'}，请刷新后查看最新状态。`,
    });
  }
  return action === 'approve' ? 'approved' : 'rejected';
}

/** The one id of a village's filing for an item and period, so a double submit cannot make two. */
export function filingIdFor(villageCode: string, catalogItemId: string, period: string): string {
  return `f-${villageCode}-${catalogItemId}-${period}`;
}
