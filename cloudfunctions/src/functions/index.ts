import { adminAuthFunction } from './adminAuth';
import { attachmentFunction } from './attachment';
import { catalogFunction } from './catalog';
import { disclosureFunction } from './disclosure';
import { disclosureCommentFunction } from './disclosureComment';
import { disclosureImportFunction } from './disclosureImport';
import { filingFunction } from './filing';
import { identityFunction } from './identity';
import { paymentsFunction } from './payments';
import { feedbackFunction } from './feedback';
import { publicDisclosureFunction } from './publicDisclosure';
import { regionFunction } from './region';
import { residentFunction } from './resident';
import { reviewFunction } from './review';
import { scheduleFunction } from './schedule';
import { hotlineFunction } from './hotline';
import { hotlineCallbackFunction } from './hotlineCallback';
import { hotlineDispatchFunction } from './hotlineDispatch';
import { feedbackSweepFunction } from './feedbackSweep';
import { supervisionFunction } from './supervision';
import { inboxFunction } from './inbox';
import { importSweepFunction } from './importSweep';
import type { TCloudFunction } from './defineFunction';

/** Every deployed function, by its CloudBase name. */
export const CLOUD_FUNCTIONS: Record<string, TCloudFunction> = Object.fromEntries(
  [adminAuthFunction, catalogFunction, regionFunction, disclosureFunction, reviewFunction, publicDisclosureFunction, residentFunction, scheduleFunction, filingFunction, attachmentFunction, disclosureCommentFunction, disclosureImportFunction, identityFunction, paymentsFunction, feedbackFunction, hotlineFunction, hotlineCallbackFunction, hotlineDispatchFunction, feedbackSweepFunction, supervisionFunction, inboxFunction, importSweepFunction].map(
    (fn) => [fn.name, fn],
  ),
);
