import { createHash } from 'node:crypto';
import { dissatisfiedMeans } from '@sunshine/shared';
import type { TResidentMessage } from '../notify/Notifier';
import type { TFeedbackDoc } from '../store/documents';
import { integrationsOf } from './integrations';
import type { TServiceContext } from './serviceContext';

const NOTICES = {
  answer: { title: '您的留言有了答复', body: (d: TFeedbackDoc) => `关于“${d.disclosureTitle}”的留言已有答复，请查看并评价：满意即办结，${dissatisfiedMeans(d.level)}。` },
  escalate: { title: '您的留言已转上一级办理', body: (d: TFeedbackDoc) => `关于“${d.disclosureTitle}”的留言已转交上一级，答复期限 ${d.dueDate ?? '见留言详情'}。` },
} as const;

/**
 * Tells the resident that their message moved: every channel is tried after
 * the change has committed, and one failing (WeChat down) undoes nothing.
 * The message id is stable per event, so a repeated call leaves one message.
 */
export async function notifyFeedbackResident(ctx: TServiceContext, doc: TFeedbackDoc, kind: keyof typeof NOTICES): Promise<void> {
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
  for (const notifier of integrationsOf(ctx).notifiers) {
    await notifier.notify(message).catch((error: unknown) => console.error('[feedback] notification failed', error));
  }
}
