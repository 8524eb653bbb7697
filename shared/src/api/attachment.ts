import { z } from '../zodLocale';
import { ATTACHMENT_LIMITS } from '../attachment';
import { ZRequestId } from './requestId';

export const ZUploadAttachmentRequest = z.object({
  requestId: ZRequestId,
  disclosureId: z.string().min(1),
  fileName: z.string().trim().min(1).max(ATTACHMENT_LIMITS.fileNameMax),
  /**
   * The file itself, base64. Its size is checked after decoding, so a file
   * a little over the limit gets FILE_TOO_LARGE; this bound only stops absurd requests.
   */
  contentBase64: z.string().min(1).max(ATTACHMENT_LIMITS.maxBytes * 3, { error: '附件不能超过 3 MB' }),
});
export type TUploadAttachmentRequest = z.input<typeof ZUploadAttachmentRequest>;

export const ZAttachmentRef = z.object({ disclosureId: z.string().min(1), attachmentId: z.string().min(1) });
export type TAttachmentRef = z.input<typeof ZAttachmentRef>;

/** A downloaded file: the console and the resident app turn it into a blob. */
export interface TAttachmentContent {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

export const attachmentActions = {
  upload: ZUploadAttachmentRequest,
  remove: ZAttachmentRef,
  download: ZAttachmentRef,
  publicDownload: ZAttachmentRef,
} as const;
