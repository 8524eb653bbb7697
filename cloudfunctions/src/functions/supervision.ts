import { supervisionContract } from '@sunshine/shared';
import { closeSupervisedCase, issueSupervisionOrder, myOrders, recordSupervisionFix, supervisionCaseDetail, supervisionCases } from '../services/feedback/supervision';
import { defineFunction } from './defineFunction';

/** County supervision (督办): the county lists and orders, the named body fixes, the county closes. */
export const supervisionFunction = defineFunction(supervisionContract, {
  cases: (ctx, admin, input) => supervisionCases(ctx, admin, input),
  detail: (ctx, admin, input) => supervisionCaseDetail(ctx, admin, input.id),
  issueOrder: (ctx, admin, input) => issueSupervisionOrder(ctx, admin, input),
  myOrders: (ctx, admin, input) => myOrders(ctx, admin, input),
  recordFix: (ctx, admin, input) => recordSupervisionFix(ctx, admin, input),
  close: (ctx, admin, input) => closeSupervisedCase(ctx, admin, input),
});
