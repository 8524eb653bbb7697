import { useState, type ReactNode } from 'react';
import { App, Form, Input, Modal } from 'antd';
import type { ButtonProps } from 'antd';
import { toApiError } from '../api/client';
import { applyFormIssues, clearIssuesOnChange } from '../forms/fieldIssues';

const FIELDS = ['reason'] as const;
const MAX_LENGTH = 500;

interface TProps {
  title: string;
  label: string;
  extra: string;
  placeholder: string;
  okText: string;
  danger?: boolean;
  open: boolean;
  onClose: () => void;
  /** Sends the reason; a failure's message and field issues are shown in the modal. */
  onSubmit: (reason: string) => Promise<unknown>;
  onDone: () => void;
  testId: string;
  /** What the writer needs to see first, e.g. a message's whole history before answering it. */
  context?: ReactNode;
}

/** A written reason for a decision (a filing, a rejection); the server's field issues land on the field. */
export function ReasonModal({ title, label, extra, placeholder, okText, danger, open, onClose, onSubmit, onDone, testId, context }: TProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [submitting, setSubmitting] = useState(false);
  const written = Form.useWatch('reason', form) ?? '';

  async function handleOk() {
    setSubmitting(true);
    try {
      await onSubmit(form.getFieldValue('reason') ?? '');
      onDone();
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
      title={title}
      open={open}
      okText={okText}
      cancelText="取消"
      okButtonProps={{ danger, 'data-testid': `${testId}-confirm` } as ButtonProps}
      confirmLoading={submitting}
      onOk={handleOk}
      onCancel={onClose}
      destroyOnHidden
      width={context ? 680 : undefined}
    >
      {context}
      <Form form={form} layout="vertical" preserve={false} onValuesChange={clearIssuesOnChange(form)}>
        <Form.Item
          label={label}
          name="reason"
          required
          // The count shares the help line instead of floating over it.
          extra={
            <span style={{ display: 'flex', gap: 12, justifyContent: 'space-between' }}>
              <span>{extra}</span>
              <span style={{ flex: 'none' }} data-testid={`${testId}-count`}>
                {[...written].length} / {MAX_LENGTH}
              </span>
            </span>
          }
        >
          <Input.TextArea rows={4} maxLength={MAX_LENGTH} placeholder={placeholder} data-testid={`${testId}-reason`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
