import { useRef, useState } from 'react';
import { App, Button, Card, List, Popconfirm, Typography } from 'antd';
import { ATTACHMENT_LIMITS, canApplyDisclosureAction, type TAttachmentView, type TDisclosureView } from '@sunshine/shared';
import { api, toApiError } from '../../api/client';
import { useAdmin } from '../../auth/AuthContext';
import { base64ToBlob, bytesToBase64 } from './base64';
import { useRequestKey } from '../../hooks/useRequestKey';

const sizeText = (bytes: number) => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** Photos and PDFs of a disclosure: added while it can be edited, downloadable by anyone who may see it. */
export function AttachmentsCard({ disclosure, onChanged }: { disclosure: TDisclosureView; onChanged: () => void }) {
  const { message } = App.useApp();
  const admin = useAdmin();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const requestKey = useRequestKey();
  const editable = admin.role === 'village_admin' && canApplyDisclosureAction(disclosure.status, 'edit');
  if (!editable && disclosure.attachments.length === 0) return null;

  async function upload(file: File) {
    // The platform checks again by the file's bytes; this only saves a pointless upload.
    if (file.size > ATTACHMENT_LIMITS.maxBytes) return message.error(`“${file.name}”超过 3 MB，请压缩后再上传`);
    setBusy(true);
    try {
      const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const requestId = requestKey.keyFor({ disclosureId: disclosure.id, name: file.name, size: file.size, lastModified: file.lastModified });
      await api.attachment.upload({ requestId, disclosureId: disclosure.id, fileName: file.name, contentBase64 });
      requestKey.done();
      message.success(`已添加附件“${file.name}”`);
      onChanged();
    } catch (e) {
      message.error(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  }

  async function download(a: TAttachmentView) {
    try {
      const file = await api.attachment.download({ disclosureId: disclosure.id, attachmentId: a.id });
      const url = URL.createObjectURL(base64ToBlob(file.contentBase64, file.contentType));
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      message.error(toApiError(e).message);
    }
  }

  async function remove(a: TAttachmentView) {
    try {
      await api.attachment.remove({ disclosureId: disclosure.id, attachmentId: a.id });
      onChanged();
    } catch (e) {
      message.error(toApiError(e).message);
    }
  }

  return (
    <Card
      title="附件"
      size="small"
      style={{ marginTop: 16 }}
      data-testid="attachments"
      extra={
        editable && (
          <>
            <input
              ref={input}
              type="file"
              accept=".jpg,.jpeg,.png,.pdf"
              style={{ display: 'none' }}
              data-testid="attachment-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void upload(file);
              }}
            />
            <Button size="small" loading={busy} onClick={() => input.current?.click()}>
              添加附件（JPG/PNG/PDF，3 MB 以内）
            </Button>
          </>
        )
      }
    >
      <List
        locale={{ emptyText: '没有附件' }}
        dataSource={disclosure.attachments}
        renderItem={(a) => (
          <List.Item
            actions={[
              <Typography.Link key="download" onClick={() => download(a)}>
                下载
              </Typography.Link>,
              ...(editable
                ? [
                    <Popconfirm key="remove" title={`删除附件“${a.fileName}”？`} okText="删除" cancelText="取消" onConfirm={() => remove(a)}>
                      <Typography.Link type="danger">删除</Typography.Link>
                    </Popconfirm>,
                  ]
                : []),
            ]}
          >
            {a.fileName}　<Typography.Text type="secondary">{sizeText(a.size)}</Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
