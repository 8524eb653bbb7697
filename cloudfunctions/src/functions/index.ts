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
import { departmentFunction } from './department';
import { hotlineFunction } from './hotline';
import { hotlineCallbackFunction } from './hotlineCallback';
import { hotlineDispatchFunction } from './hotlineDispatch';
import { feedbackSweepFunction } from './feedbackSweep';
import { supervisionFunction } from './supervision';
import { inboxFunction } from './inbox';
import { importSweepFunction } from './importSweep';
import { dashboardFunction } from './dashboard';
import type { TIntegration } from '../runtime/integrationSettings';
import type { TCloudFunction } from './defineFunction';
import type { TTimerTrigger } from './timerFunction';

/** A function as deployed: its code, its CloudBase limits, what it uses outside itself, and its timer if it has one. */
export interface TRegisteredFunction {
  fn: TCloudFunction & { trigger?: TTimerTrigger };
  timeoutSeconds: number;
  memoryMb: 128 | 256 | 512;
  /** Checked against the code it reaches (deployConfig.test.ts); cloudbaserc.json gives it these settings and no others. */
  uses: TIntegration[];
}

/** Every deployed function; cloudbaserc.json is generated from this (`npm run deploy:config -w @sunshine/cloudfunctions`). */
export const FUNCTION_REGISTRY: TRegisteredFunction[] = [
  { fn: adminAuthFunction, timeoutSeconds: 10, memoryMb: 256, uses: ['store'] },
  { fn: catalogFunction, timeoutSeconds: 5, memoryMb: 128, uses: ['store'] },
  { fn: regionFunction, timeoutSeconds: 5, memoryMb: 128, uses: ['store'] },
  { fn: disclosureFunction, timeoutSeconds: 20, memoryMb: 256, uses: ['store'] },
  { fn: reviewFunction, timeoutSeconds: 10, memoryMb: 256, uses: ['store', 'files'] },
  { fn: publicDisclosureFunction, timeoutSeconds: 5, memoryMb: 256, uses: ['store'] },
  { fn: residentFunction, timeoutSeconds: 5, memoryMb: 128, uses: ['store'] },
  { fn: identityFunction, timeoutSeconds: 5, memoryMb: 128, uses: ['store'] },
  { fn: paymentsFunction, timeoutSeconds: 5, memoryMb: 128, uses: ['store', 'files'] },
  { fn: feedbackFunction, timeoutSeconds: 5, memoryMb: 128, uses: ['store', 'contentCheck', 'notifier'] },
  { fn: supervisionFunction, timeoutSeconds: 5, memoryMb: 128, uses: ['store', 'contentCheck', 'notifier'] },
  { fn: scheduleFunction, timeoutSeconds: 10, memoryMb: 256, uses: ['store'] },
  { fn: departmentFunction, timeoutSeconds: 20, memoryMb: 256, uses: ['store'] },
  { fn: filingFunction, timeoutSeconds: 10, memoryMb: 256, uses: ['store'] },
  { fn: attachmentFunction, timeoutSeconds: 20, memoryMb: 256, uses: ['store', 'files'] },
  { fn: disclosureCommentFunction, timeoutSeconds: 5, memoryMb: 128, uses: ['store', 'contentCheck'] },
  { fn: disclosureImportFunction, timeoutSeconds: 60, memoryMb: 512, uses: ['store', 'files'] },
  { fn: hotlineFunction, timeoutSeconds: 10, memoryMb: 256, uses: ['store', 'contentCheck'] },
  { fn: hotlineCallbackFunction, timeoutSeconds: 10, memoryMb: 128, uses: ['store', 'hotlineCallback', 'notifier'] },
  { fn: hotlineDispatchFunction, timeoutSeconds: 60, memoryMb: 128, uses: ['store', 'hotline', 'notifier'] },
  { fn: feedbackSweepFunction, timeoutSeconds: 60, memoryMb: 128, uses: ['store', 'contentCheck', 'notifier'] },
  { fn: inboxFunction, timeoutSeconds: 5, memoryMb: 128, uses: ['store'] },
  { fn: importSweepFunction, timeoutSeconds: 60, memoryMb: 256, uses: ['store', 'files'] },
  { fn: dashboardFunction, timeoutSeconds: 10, memoryMb: 256, uses: ['store'] },
];

/** Every deployed function, by its CloudBase name. */
export const CLOUD_FUNCTIONS: Record<string, TCloudFunction> = Object.fromEntries(FUNCTION_REGISTRY.map(({ fn }) => [fn.name, fn]));
