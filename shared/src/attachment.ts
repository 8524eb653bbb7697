import { z } from './zodLocale';

/**
 * Files attached to a disclosure: photos of the notice board, scanned
 * contracts. The type is decided by the file's first bytes, never by its
 * name, so a renamed executable is refused.
 */
export const ATTACHMENT_TYPES = {
  'image/jpeg': { label: 'JPG 图片', extensions: ['jpg', 'jpeg'] },
  'image/png': { label: 'PNG 图片', extensions: ['png'] },
  'application/pdf': { label: 'PDF 文件', extensions: ['pdf'] },
} as const;
export type TAttachmentType = keyof typeof ATTACHMENT_TYPES;

/**
 * Uploads travel base64 in a JSON body under the gateway's 4 MiB limit:
 * 3,000,000 bytes of file are 4,000,000 characters of base64, which leaves
 * room for the rest of the request.
 */
export const ATTACHMENT_LIMITS = { maxBytes: 3_000_000, perDisclosure: 20, fileNameMax: 100 } as const;

export const ZAttachmentView = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.enum(Object.keys(ATTACHMENT_TYPES) as [TAttachmentType, ...TAttachmentType[]]),
  size: z.number().int(),
});
export type TAttachmentView = z.infer<typeof ZAttachmentView>;

/** The type a file really is, by its magic bytes; null when it is none we accept. */
export function sniffAttachmentType(bytes: Uint8Array): TAttachmentType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  return null;
}

/** The problem with a file, in words the village admin can act on; null when it may be stored. */
export function attachmentProblem(fileName: string, bytes: Uint8Array): { code: 'FILE_TYPE_NOT_ALLOWED' | 'FILE_TOO_LARGE'; message: string } | null {
  if (bytes.length > ATTACHMENT_LIMITS.maxBytes) {
    return { code: 'FILE_TOO_LARGE', message: `“${fileName}”有 ${(bytes.length / 1_000_000).toFixed(1)} MB，附件不能超过 3 MB，请压缩后再上传。` };
  }
  if (bytes.length === 0) return { code: 'FILE_TYPE_NOT_ALLOWED', message: `“${fileName}”是空文件。` };
  const type = sniffAttachmentType(bytes);
  if (!type) return { code: 'FILE_TYPE_NOT_ALLOWED', message: `“${fileName}”不是 JPG、PNG 图片或 PDF 文件，不能上传。` };
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (!(ATTACHMENT_TYPES[type].extensions as readonly string[]).includes(extension)) {
    return { code: 'FILE_TYPE_NOT_ALLOWED', message: `“${fileName}”的内容是${ATTACHMENT_TYPES[type].label}，与文件扩展名不符，请改正后再上传。` };
  }
  return null;
}
