import { disclosureImportActions } from '@sunshine/shared';
import { importStatus, runImport, startImport, uploadImportChunk } from '../services/imports/listImport';
import { adminAction, defineFunction } from './defineFunction';

/** A list file uploaded in chunks, imported as a disclosure's table; the console polls `status` for progress. */
export const disclosureImportFunction = defineFunction('disclosureImport', {
  start: adminAction(disclosureImportActions.start, startImport),
  chunk: adminAction(disclosureImportActions.chunk, uploadImportChunk),
  run: adminAction(disclosureImportActions.run, (ctx, admin, input) => runImport(ctx, admin, input.importId)),
  status: adminAction(disclosureImportActions.status, (ctx, admin, input) => importStatus(ctx, admin, input.importId)),
});
