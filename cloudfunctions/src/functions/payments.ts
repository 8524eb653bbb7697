import { paymentsActions } from '@sunshine/shared';
import { listMyPayments } from '../services/resident/paymentIndex';
import { defineFunction, residentAction } from './defineFunction';

export const paymentsFunction = defineFunction('payments', {
  mine: residentAction(paymentsActions.mine, (ctx, openid, input) => listMyPayments(ctx, openid, input)),
});
