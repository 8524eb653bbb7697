import { sweepImports } from '../services/imports/listImport';
import { resumePaymentIndexing } from '../services/resident/paymentIndex';
import type { TServiceContext } from '../services/serviceContext';
import { timerFunction } from './timerFunction';

/** Abandoned uploads, imports whose run died, and "my payments" indexing a crash interrupted. */
export const importSweepPass = async (ctx: TServiceContext) => ({ ...(await sweepImports(ctx)), paymentIndexing: await resumePaymentIndexing(ctx) });

/** The pass once a minute in CloudBase; the local gateway runs it on its loop. */
export const importSweepFunction = timerFunction({
  name: 'importSweep',
  trigger: { name: 'importSweepEveryMinute', cron: '0 */1 * * * * *' },
  refusal: '名单导入清理只能由定时触发器运行',
  pass: importSweepPass,
});
