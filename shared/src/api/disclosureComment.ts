import { z } from '../zodLocale';
import { ZPage, ZPageRequest } from '../paging';
import { ANY_ADMIN, defineContract, RESIDENT } from './contract';
import { ZRequestId } from './requestId';

import { COMMENT_LIMITS } from './commentLimits';

export { COMMENT_LIMITS };

export const ZSubmitCommentRequest = z.object({
  requestId: ZRequestId,
  disclosureId: z.string().min(1).max(80),
  text: z
    .string()
    .trim()
    .min(COMMENT_LIMITS.textMin, { error: `意见至少 ${COMMENT_LIMITS.textMin} 个字` })
    .max(COMMENT_LIMITS.textMax, { error: `意见最多 ${COMMENT_LIMITS.textMax} 个字` })
    .meta({ label: '意见' }),
});
export type TSubmitCommentRequest = z.input<typeof ZSubmitCommentRequest>;

/** A comment as the village reads it: the resident is a pseudonym, never the openid. */
export const ZCommentView = z.object({
  id: z.string(),
  disclosureId: z.string(),
  residentKey: z.string(),
  text: z.string(),
  createdAt: z.string(),
});
export type TCommentView = z.infer<typeof ZCommentView>;

export const ZListCommentsRequest = ZPageRequest.extend({ disclosureId: z.string().min(1) });
export type TListCommentsRequest = z.input<typeof ZListCommentsRequest>;

export const disclosureCommentActions = {
  submit: ZSubmitCommentRequest,
  list: ZListCommentsRequest,
} as const;

export const disclosureCommentContract = defineContract('disclosureComment', {
  submit: { input: disclosureCommentActions.submit, output: ZCommentView.strict(), callers: RESIDENT },
  list: { input: disclosureCommentActions.list, output: ZPage(ZCommentView.strict()), callers: ANY_ADMIN },
});
