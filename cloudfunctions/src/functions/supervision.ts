import { supervisionActions } from '@sunshine/shared';
import { closeSupervisedCase, issueSupervisionOrder, myOrders, recordSupervisionFix, supervisionCaseDetail, supervisionCases } from '../services/feedback/supervision';
import { adminAction, defineFunction } from './defineFunction';

/** County supervision (督办): the county lists and orders, the named body fixes, the county closes. */
export const supervisionFunction = defineFunction('supervision', {
  cases: adminAction(supervisionActions.cases, (ctx, admin, input) => supervisionCases(ctx, admin, input)),
  detail: adminAction(supervisionActions.detail, (ctx, admin, input) => supervisionCaseDetail(ctx, admin, input.id)),
  issueOrder: adminAction(supervisionActions.issueOrder, (ctx, admin, input) => issueSupervisionOrder(ctx, admin, input)),
  myOrders: adminAction(supervisionActions.myOrders, (ctx, admin, input) => myOrders(ctx, admin, input)),
  recordFix: adminAction(supervisionActions.recordFix, (ctx, admin, input) => recordSupervisionFix(ctx, admin, input)),
  close: adminAction(supervisionActions.close, (ctx, admin, input) => closeSupervisedCase(ctx, admin, input)),
});
