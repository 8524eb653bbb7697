import { Alert } from 'antd';
import type { TDisclosureView } from '@sunshine/shared';

/** The township's reason, shown wherever a rejected disclosure appears so the village knows what to fix. */
export function RejectReasonAlert({ disclosure, compact = false }: { disclosure: TDisclosureView; compact?: boolean }) {
  if (disclosure.status !== 'rejected' || !disclosure.rejectReason) return null;
  return (
    <Alert
      type="warning"
      showIcon
      message={`乡镇退回理由：${disclosure.rejectReason}`}
      style={compact ? { marginTop: 8, padding: '4px 12px' } : { marginBottom: 16 }}
      data-testid="reject-reason-alert"
    />
  );
}
