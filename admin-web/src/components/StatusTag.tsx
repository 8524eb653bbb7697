import { Tag } from 'antd';
import { DISCLOSURE_STATUS_NAMES, type TDisclosureStatus } from '@sunshine/shared';

const STATUS_COLORS: Record<TDisclosureStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  rejected: 'warning',
  resubmitted: 'purple',
  published: 'success',
  commentSubmitted: 'processing',
  openForComment: 'cyan',
  superseded: 'default',
};

export function StatusTag({ status }: { status: TDisclosureStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{DISCLOSURE_STATUS_NAMES[status]}</Tag>;
}
