import { attachmentActions } from '@sunshine/shared';
import { downloadAttachmentForAdmin, downloadPublishedAttachment, removeAttachment, uploadAttachment } from '../services/disclosure/attachments';
import { adminAction, defineFunction, publicAction } from './defineFunction';

/** Images and PDFs of a disclosure: the village attaches, admins in scope and (once published) anyone download. */
export const attachmentFunction = defineFunction('attachment', {
  upload: adminAction(attachmentActions.upload, uploadAttachment),
  remove: adminAction(attachmentActions.remove, removeAttachment),
  download: adminAction(attachmentActions.download, downloadAttachmentForAdmin),
  publicDownload: publicAction(attachmentActions.publicDownload, downloadPublishedAttachment),
});
