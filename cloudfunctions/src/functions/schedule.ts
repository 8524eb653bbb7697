import { scheduleActions } from '@sunshine/shared';
import { townshipGaps, villageTodo } from '../services/schedule/schedule';
import { adminAction, defineFunction } from './defineFunction';

/** What is due by when: a village's to-do list and its township's gaps. */
export const scheduleFunction = defineFunction('schedule', {
  villageTodo: adminAction(scheduleActions.villageTodo, (ctx, admin, input) => villageTodo(ctx, admin, input.villageCode)),
  townshipGaps: adminAction(scheduleActions.townshipGaps, townshipGaps),
});
