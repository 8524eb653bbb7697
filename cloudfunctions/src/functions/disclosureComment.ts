import { disclosureCommentContract } from '@sunshine/shared';
import { listComments, submitComment } from '../services/disclosure/comments';
import { defineFunction } from './defineFunction';

/** 征求意见: residents comment on a draft open for comment; the village reads the comments. */
export const disclosureCommentFunction = defineFunction(disclosureCommentContract, {
  submit: submitComment,
  list: listComments,
});
