import type { identityContract, paymentsContract, TRefTo } from '@sunshine/shared';
import { callAction } from './cloud';

const STATUS: TRefTo<typeof identityContract.status> = { fn: 'identity', action: 'status' };
const BIND: TRefTo<typeof identityContract.bind> = { fn: 'identity', action: 'bind' };
const UNBIND: TRefTo<typeof identityContract.unbindAndDelete> = { fn: 'identity', action: 'unbindAndDelete' };
const MY_PAYMENTS: TRefTo<typeof paymentsContract.mine> = { fn: 'payments', action: 'mine' };

export interface TBindForm {
  villageCode: string;
  name: string;
  idNumber: string;
  phone: string;
}

export function fetchBindingStatus() {
  return callAction(STATUS, {});
}

export function bindIdentity(form: TBindForm) {
  const { phone, ...rest } = form;
  return callAction(BIND, { ...rest, ...(phone.trim() ? { phone: phone.trim() } : {}), consent: true });
}

export function unbindAndDelete() {
  return callAction(UNBIND, {});
}

export function listMyPayments(page: number) {
  return callAction(MY_PAYMENTS, { page, pageSize: 20 });
}
