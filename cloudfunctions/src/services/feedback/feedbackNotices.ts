import { createHash } from 'node:crypto';
import { dissatisfiedMeans } from '@sunshine/shared';
import type { TResidentMessage } from '../../notify/Notifier';
import type { Transaction } from '../../store/DocumentStore';
import type { TFeedbackDoc } from '../../store/documents';
import { recordResidentNotice } from '../resident/residentNotices';
import type { TServiceContext } from '../serviceContext';

const NOTICES = {
  answer: { title: '您的留言有了答复', body: (d: TFeedbackDoc) => `关于“${d.disclosureTitle}”的留言已有答复，请查看并评价：满意即办结，${dissatisfiedMeans(d.level)}。` },
  escalate: { title: '您的留言已转上一级办理', body: (d: TFeedbackDoc) => `关于“${d.disclosureTitle}”的留言已转交上一级，答复期限 ${d.dueDate ?? '见留言详情'}。` },
} as const;

/**
 * Tells the resident that their message moved, in the transaction that moved
 * it (see `recordResidentNotice`): WeChat being down, or the process dying
 * right after the commit, loses no notice. The message id is stable per event.
 */
export async function noticeFeedbackResident(tx: Transaction, ctx: TServiceContext, doc: TFeedbackDoc, kind: keyof typeof NOTICES): Promise<void> {
  const notice = NOTICES[kind];
  const message: TResidentMessage = {
    id: `n_${createHash('sha256').update(`feedback:${doc._id}:${kind}:${doc.updatedAt}`).digest('base64url').slice(0, 22)}`,
    residentKey: doc.residentKey,
    openid: doc.openid ?? '',
    title: notice.title,
    body: notice.body(doc),
    orderId: null,
    feedbackId: doc._id,
    at: doc.updatedAt,
  };
  await recordResidentNotice(tx, ctx, message);
}
