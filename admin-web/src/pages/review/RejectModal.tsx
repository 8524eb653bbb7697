import { useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import { DISCLOSURE_LIMITS, toFieldIssues, ZRejectRequest, type TDisclosureView } from '@sunshine/shared';
import { api, toApiError } from '../../api/client';
import { applyFormIssues, clearIssuesOnChange } from '../../forms/fieldIssues';

const FIELDS = ['reason'] as const;

interface TProps {
  disclosure: TDisclosureView;
  open: boolean;
  onClose: () => void;
  onRejected: () => void;
}

export function RejectModal({ disclosure, open, onClose, onRejected }: TProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [submitting, setSubmitting] = useState(false);

  async function handleOk() {
    const parsed = ZRejectRequest.safeParse({ id: disclosure.id, reason: form.getFieldValue('reason') ?? '' });
    if (!parsed.success) {
      applyFormIssues(form, FIELDS, toFieldIssues(parsed.error));
      return;
    }
    setSubmitting(true);
    try {
      await api.review.reject(parsed.data);
      onRejected();
    } catch (e) {
      const error = toApiError(e);
      message.error(error.message);
      applyFormIssues(form, FIELDS, error.issues);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Modal
      title={`退回“${disclosure.title}”`}
      open={open}
      okText="确认退回"
      cancelText="取消"
      okButtonProps={{ danger: true, 'data-testid': 'reject-confirm' } as ButtonProps}
      confirmLoading={submitting}
      onOk={handleOk}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} onValuesChange={clearIssuesOnChange(form)}>
        <Form.Item label="退回理由" name="reason" required extra="村里会看到这段话，请写清楚需要修改什么。">
          <Input.TextArea
            rows={4}
            showCount
            maxLength={DISCLOSURE_LIMITS.rejectReasonMax}
            placeholder="例如：名单第 2 行金额与乡镇核定的不一致，请核对后重新提交。"
            data-testid="reject-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
