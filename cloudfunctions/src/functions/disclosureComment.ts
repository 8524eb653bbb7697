import { disclosureCommentActions } from '@sunshine/shared';
import { listComments, submitComment } from '../services/disclosure/comments';
import { adminAction, defineFunction, residentAction } from './defineFunction';

/** 征求意见: residents comment on a draft open for comment; the village reads the comments. */
export const disclosureCommentFunction = defineFunction('disclosureComment', {
  submit: residentAction(disclosureCommentActions.submit, submitComment),
  list: adminAction(disclosureCommentActions.list, listComments),
});
