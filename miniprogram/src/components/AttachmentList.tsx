import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { TAttachmentView } from '@sunshine/shared';
import { toCloudError } from '../services/cloud';
import { downloadAttachment } from '../services/disclosureRecords';
import { openAttachment } from '../services/openAttachment';
import './DisclosureRecords.scss';

const TYPE_NAMES: Record<TAttachmentView['contentType'], string> = {
  'image/jpeg': '图片',
  'image/png': '图片',
  'application/pdf': 'PDF 文件',
};

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** Scanned originals (signed lists, invoices) published with the disclosure. */
export function AttachmentList({ disclosureId, attachments }: { disclosureId: string; attachments: TAttachmentView[] }) {
  const [opening, setOpening] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (attachments.length === 0) return null;

  async function open(attachment: TAttachmentView) {
    setOpening(attachment.id);
    setError(null);
    try {
      await openAttachment(await downloadAttachment(disclosureId, attachment.id));
    } catch (e) {
      setError(toCloudError(e).message);
    } finally {
      setOpening(null);
    }
  }

  return (
    <View className="card records" data-testid="attachments">
      <Text className="records__title">附件（{attachments.length} 个）</Text>
      {attachments.map((a) => (
        <View key={a.id} className="records__item">
          <Text className="records__line">
            {a.fileName}（{TYPE_NAMES[a.contentType]}，{sizeText(a.size)}）
          </Text>
          <Button className="button button--plain" disabled={opening !== null} onClick={() => open(a)} data-testid="attachment-open">
            {opening === a.id ? '正在打开…' : '查看'}
          </Button>
        </View>
      ))}
      {error && <Text className="records__error">{error}</Text>}
    </View>
  );
}
