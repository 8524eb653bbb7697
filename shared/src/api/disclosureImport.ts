import { z } from '../zodLocale';
import { IMPORT_LIMITS, ZImportView } from '../bulkImport';
import { ANY_ADMIN, defineContract } from './contract';
import { strictOutput } from './strictOutput';

/**
 * A list arrives in chunks (each under the gateway's body limit), then the
 * console asks the platform to run the import and polls its progress.
 */
export const ZStartImportRequest = z.object({
  disclosureId: z.string().min(1),
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(IMPORT_LIMITS.fileNameMax)
    .regex(/\.(xlsx|csv)$/i, { error: '请上传 .xlsx 或 .csv 格式的名单' }),
  size: z.number().int().min(1).max(IMPORT_LIMITS.maxFileBytes, { error: '名单文件不能超过 40 MB' }),
});
export type TStartImportRequest = z.input<typeof ZStartImportRequest>;

export const ZImportChunkRequest = z.object({
  importId: z.string().min(1),
  index: z.number().int().min(0).max(Math.ceil(IMPORT_LIMITS.maxFileBytes / IMPORT_LIMITS.chunkBytes)),
  dataBase64: z.string().min(1).max(Math.ceil((IMPORT_LIMITS.chunkBytes * 4) / 3) + 4),
});
export type TImportChunkRequest = z.input<typeof ZImportChunkRequest>;

export const ZImportIdRequest = z.object({ importId: z.string().min(1) });

export const disclosureImportActions = {
  start: ZStartImportRequest,
  chunk: ZImportChunkRequest,
  run: ZImportIdRequest,
  status: ZImportIdRequest,
} as const;

const ZImportOut = strictOutput(ZImportView);

export const disclosureImportContract = defineContract('disclosureImport', {
  start: { input: disclosureImportActions.start, output: ZImportOut, callers: ANY_ADMIN },
  chunk: { input: disclosureImportActions.chunk, output: z.strictObject({ received: z.number().int() }), callers: ANY_ADMIN },
  run: { input: disclosureImportActions.run, output: ZImportOut, callers: ANY_ADMIN },
  status: { input: disclosureImportActions.status, output: ZImportOut, callers: ANY_ADMIN },
});
