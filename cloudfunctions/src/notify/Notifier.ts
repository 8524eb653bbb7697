/** A message for one resident: an answer or a status change of their case. */
export interface TResidentMessage {
  /** Stable per event, so sending the same event twice leaves one message. */
  id: string;
  residentKey: string;
  openid: string;
  title: string;
  body: string;
  orderId: string | null;
  /** The resident's message (留言) the notice is about, so tapping it opens that message. */
  feedbackId: string | null;
  at: string;
}

export interface Notifier {
  notify(message: TResidentMessage): Promise<void>;
}
