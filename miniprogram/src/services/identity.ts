import type { TBindingStatus, TMyPayment, TPage } from '@sunshine/shared';
import { callFunction } from './cloud';

export interface TBindForm {
  villageCode: string;
  name: string;
  idNumber: string;
  phone: string;
}

export function fetchBindingStatus(): Promise<TBindingStatus> {
  return callFunction('identity', 'status', {});
}

export function bindIdentity(form: TBindForm): Promise<TBindingStatus> {
  const { phone, ...rest } = form;
  return callFunction('identity', 'bind', { ...rest, ...(phone.trim() ? { phone: phone.trim() } : {}), consent: true });
}

export function unbindAndDelete(): Promise<TBindingStatus> {
  return callFunction('identity', 'unbindAndDelete', {});
}

export function listMyPayments(page: number): Promise<TPage<TMyPayment>> {
  return callFunction('payments', 'mine', { page, pageSize: 20 });
}
