import { residentActions } from '@sunshine/shared';
import { residentProfile } from '../services/resident/residents';
import { defineFunction, residentAction } from './defineFunction';

export const residentFunction = defineFunction('resident', {
  profile: residentAction(residentActions.profile, (ctx, openid) => residentProfile(ctx, openid)),
});
