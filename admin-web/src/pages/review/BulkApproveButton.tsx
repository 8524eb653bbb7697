import { useState } from 'react';
import { App, Button, List, Modal, Popconfirm, Tag } from 'antd';
import type { ButtonProps } from 'antd';
import { BULK_APPROVE_MAX, type TApproveManyResult, type TDisclosureView } from '@sunshine/shared';
import { api, toApiError } from '../../api/client';

/** Approves the selected items, each on its own; the result lists what passed and why anything did not. */
export function BulkApproveButton({ selected, onDone }: { selected: TDisclosureView[]; onDone: () => void }) {
  const { message } = App.useApp();
  const [results, setResults] = useState<TApproveManyResult | null>(null);
  const [busy, setBusy] = useState(false);
  const titles = new Map(selected.map((d) => [d.id, d.title]));

  async function approve() {
    setBusy(true);
    try {
      setResults(await api.review.approveMany({ ids: selected.map((d) => d.id) }));
    } catch (e) {
      message.error(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Popconfirm
        title={`批量通过并发布 ${selected.length} 项？`}
        description="每一项单独审核发布，发布后不能修改。"
        okText="通过并发布"
        cancelText="取消"
        disabled={selected.length === 0}
        okButtonProps={{ 'data-testid': 'bulk-approve-confirm' } as ButtonProps}
        onConfirm={approve}
      >
        <Button type="primary" disabled={selected.length === 0 || selected.length > BULK_APPROVE_MAX} loading={busy} data-testid="bulk-approve">
          批量通过{selected.length > 0 ? `（${selected.length}）` : ''}
        </Button>
      </Popconfirm>
      <Modal
        title="批量审核结果"
        open={results !== null}
        footer={<Button onClick={() => (setResults(null), onDone())}>知道了</Button>}
        onCancel={() => (setResults(null), onDone())}
      >
        <List
          dataSource={results ?? []}
          data-testid="bulk-results"
          renderItem={(r) => (
            <List.Item>
              {r.ok ? <Tag color="green">已发布</Tag> : <Tag color="red">未通过</Tag>} {r.title ?? titles.get(r.id) ?? r.id}
              {r.message && `：${r.message}`}
            </List.Item>
          )}
        />
      </Modal>
    </>
  );
}
