import type { TDisclosureView } from '@sunshine/shared';
import { api } from '../../api/client';
import { ReasonModal } from '../../components/ReasonModal';

interface TProps {
  disclosure: TDisclosureView;
  open: boolean;
  onClose: () => void;
  onRejected: () => void;
}

/** Sends a disclosure back to its village with a reason the village reads and acts on. */
export function RejectModal({ disclosure, open, onClose, onRejected }: TProps) {
  return (
    <ReasonModal
      title={`退回“${disclosure.title}”`}
      label="退回理由"
      extra="村里会看到这段话，请写清楚需要修改什么。"
      placeholder="例如：名单第 2 行金额与乡镇核定的不一致，请核对后重新提交。"
      okText="确认退回"
      danger
      open={open}
      onClose={onClose}
      onSubmit={(reason) => api.review.reject({ id: disclosure.id, reason })}
      onDone={onRejected}
      testId="reject"
    />
  );
}
