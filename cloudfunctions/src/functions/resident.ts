import { residentContract } from '@sunshine/shared';
import { residentProfile } from '../services/resident/residents';
import { defineFunction } from './defineFunction';

export const residentFunction = defineFunction(residentContract, {
  profile: (ctx, openid) => residentProfile(ctx, openid),
});
