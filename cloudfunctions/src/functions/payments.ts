import { paymentsContract } from '@sunshine/shared';
import { listMyPayments } from '../services/resident/paymentIndex';
import { defineFunction } from './defineFunction';

export const paymentsFunction = defineFunction(paymentsContract, {
  mine: (ctx, openid, input) => listMyPayments(ctx, openid, input),
});
