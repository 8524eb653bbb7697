import { disclosureImportContract } from '@sunshine/shared';
import { importStatus, runImport, startImport, uploadImportChunk } from '../services/imports/listImport';
import { defineFunction } from './defineFunction';

/** A list file uploaded in chunks, imported as a disclosure's table; the console polls `status` for progress. */
export const disclosureImportFunction = defineFunction(disclosureImportContract, {
  start: startImport,
  chunk: uploadImportChunk,
  run: (ctx, admin, input) => runImport(ctx, admin, input.importId),
  status: (ctx, admin, input) => importStatus(ctx, admin, input.importId),
});
