import {
  adminAuthContract,
  attachmentContract,
  bindContract,
  catalogContract,
  dashboardContract,
  departmentContract,
  disclosureCommentContract,
  disclosureContract,
  disclosureImportContract,
  ERROR_MESSAGES,
  feedbackContract,
  filingContract,
  hotlineContract,
  identityContract,
  regionContract,
  reviewContract,
  scheduleContract,
  supervisionContract,
  type TErrorCode,
  type TFieldIssue,
  type TResult,
} from '@sunshine/shared';
import { clearToken, readToken } from '../auth/tokenStore';

/** NETWORK is ours: the request never got an answer from the platform. */
export type TClientErrorCode = TErrorCode | 'NETWORK';

export class ApiError extends Error {
  readonly code: TClientErrorCode;
  readonly issues: TFieldIssue[];

  constructor(code: TClientErrorCode, message: string, issues: TFieldIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }
}

export function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('INTERNAL', ERROR_MESSAGES.INTERNAL);
}

type TSessionLostListener = (message: string) => void;
let sessionLostListener: TSessionLostListener | null = null;

/** The auth layer registers here so that any call finding the session gone sends the admin to sign in. */
export function onSessionLost(listener: TSessionLostListener): () => void {
  sessionLostListener = listener;
  return () => {
    if (sessionLostListener === listener) sessionLostListener = null;
  };
}

async function call<T>(functionName: string, action: string, input: unknown): Promise<T> {
  const token = readToken();
  let response: Response;
  try {
    response = await fetch(`/api/${functionName}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ action, input }),
    });
  } catch {
    throw new ApiError('NETWORK', '网络连接失败，请检查网络后重试。');
  }
  let result: TResult<T>;
  try {
    result = (await response.json()) as TResult<T>;
  } catch {
    throw new ApiError('INTERNAL', ERROR_MESSAGES.INTERNAL);
  }
  if (result.ok) return result.data;
  const { code, message, issues } = result.error;
  if (code === 'UNAUTHENTICATED' || code === 'SESSION_EXPIRED') {
    clearToken();
    sessionLostListener?.(message);
  }
  throw new ApiError(code, message, issues);
}

/** Each function's contract bound to the console's fetch: inputs and answers typed by the contract, named as the platform names them. */
export const api = {
  adminAuth: bindContract(adminAuthContract, call),
  catalog: bindContract(catalogContract, call),
  region: bindContract(regionContract, call),
  schedule: bindContract(scheduleContract, call),
  department: bindContract(departmentContract, call),
  filing: bindContract(filingContract, call),
  disclosure: bindContract(disclosureContract, call),
  review: bindContract(reviewContract, call),
  disclosureComment: bindContract(disclosureCommentContract, call),
  attachment: bindContract(attachmentContract, call),
  feedback: bindContract(feedbackContract, call),
  supervision: bindContract(supervisionContract, call),
  identity: bindContract(identityContract, call),
  hotline: bindContract(hotlineContract, call),
  disclosureImport: bindContract(disclosureImportContract, call),
  dashboard: bindContract(dashboardContract, call),
};
