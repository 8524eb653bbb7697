import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Button, Popconfirm, Space } from 'antd';
import type { ButtonProps } from 'antd';
import type { TDisclosureView } from '@sunshine/shared';
import { api, toApiError } from '../../api/client';
import { RejectModal } from './RejectModal';

/** A reviewer's decision; either way the disclosure leaves the queue, so the reviewer goes back to it. */
export function ReviewActions({ disclosure }: { disclosure: TDisclosureView }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [isRejecting, setRejecting] = useState(false);

  async function approve() {
    try {
      await api.review.approve({ id: disclosure.id });
      message.success(`“${disclosure.title}”已通过并发布`);
      navigate('/review');
    } catch (e) {
      message.error(toApiError(e).message);
    }
  }

  function handleRejected() {
    setRejecting(false);
    message.success(`“${disclosure.title}”已退回，村里修改后会重新提交`);
    navigate('/review');
  }

  return (
    <Space>
      <Popconfirm
        title="通过并发布？"
        description="发布后群众即可看到，内容不能再修改。"
        okText="通过并发布"
        cancelText="取消"
        okButtonProps={{ 'data-testid': 'approve-confirm' } as ButtonProps}
        onConfirm={approve}
      >
        <Button type="primary" data-testid="approve-button">
          通过并发布
        </Button>
      </Popconfirm>
      <Button danger onClick={() => setRejecting(true)} data-testid="reject-button">
        退回
      </Button>
      <RejectModal disclosure={disclosure} open={isRejecting} onClose={() => setRejecting(false)} onRejected={handleRejected} />
    </Space>
  );
}
