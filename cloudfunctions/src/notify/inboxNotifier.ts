import type { DocumentStore } from '../store/DocumentStore';
import type { Notifier, TResidentMessage } from './Notifier';

/** The in-app inbox: one document per message, read by the resident's `inbox` actions. */
export class InboxNotifier implements Notifier {
  constructor(private readonly store: DocumentStore) {}

  async notify(message: TResidentMessage): Promise<void> {
    await this.store.transaction(async (tx) => {
      if (await tx.get('notifications', message.id)) return;
      await tx.create('notifications', {
        _id: message.id,
        residentKey: message.residentKey,
        title: message.title,
        body: message.body,
        orderId: message.orderId,
        feedbackId: message.feedbackId,
        createdAt: message.at,
        readAt: null,
      });
    });
  }
}
