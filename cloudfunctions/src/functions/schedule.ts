import { scheduleContract } from '@sunshine/shared';
import { townshipGaps, villageTodo } from '../services/schedule/schedule';
import { defineFunction } from './defineFunction';

/** What is due by when: a village's to-do list and its township's gaps. */
export const scheduleFunction = defineFunction(scheduleContract, {
  villageTodo: (ctx, admin, input) => villageTodo(ctx, admin, input.villageCode),
  townshipGaps,
});
