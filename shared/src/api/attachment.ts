import { z } from '../zodLocale';
import { ATTACHMENT_LIMITS, ZAttachmentView } from '../attachment';
import { ANY_ADMIN, defineContract, PUBLIC } from './contract';
import { strictOutput } from './strictOutput';
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
export const ZAttachmentContent = z.strictObject({ fileName: z.string(), contentType: z.string(), contentBase64: z.string() });
export type TAttachmentContent = z.infer<typeof ZAttachmentContent>;

export const attachmentActions = {
  upload: ZUploadAttachmentRequest,
  remove: ZAttachmentRef,
  download: ZAttachmentRef,
  publicDownload: ZAttachmentRef,
} as const;

/** Admins in scope of the disclosure (the service checks the object); anyone for a published one. */
export const attachmentContract = defineContract('attachment', {
  upload: { input: attachmentActions.upload, output: strictOutput(ZAttachmentView), callers: ANY_ADMIN },
  remove: { input: attachmentActions.remove, output: z.strictObject({ removed: z.literal(true) }), callers: ANY_ADMIN },
  download: { input: attachmentActions.download, output: ZAttachmentContent, callers: ANY_ADMIN },
  publicDownload: { input: attachmentActions.publicDownload, output: ZAttachmentContent, callers: PUBLIC },
});
