import { attachmentContract } from '@sunshine/shared';
import { downloadAttachmentForAdmin, downloadPublishedAttachment, removeAttachment, uploadAttachment } from '../services/disclosure/attachments';
import { defineFunction } from './defineFunction';

/** Images and PDFs of a disclosure: the village attaches, admins in scope and (once published) anyone download. */
export const attachmentFunction = defineFunction(attachmentContract, {
  upload: uploadAttachment,
  remove: removeAttachment,
  download: downloadAttachmentForAdmin,
  publicDownload: downloadPublishedAttachment,
});
