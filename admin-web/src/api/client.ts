import {
  ERROR_MESSAGES,
  type TAdminView,
  type TCatalogItem,
  type TCreateDisclosureRequest,
  type TDisclosureView,
  type TErrorCode,
  type TFieldIssue,
  type TListDisclosuresRequest,
  type TPage,
  type TRejectRequest,
  type TResult,
  type TReviewQueueRequest,
  type TSignInRequest,
  type TSignInResponse,
  type TUpdateDisclosureRequest,
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

async function call<T>(functionName: string, action: string, input: object): Promise<T> {
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

type TIdInput = { id: string };

export const api = {
  adminAuth: {
    signIn: (input: TSignInRequest) => call<TSignInResponse>('adminAuth', 'signIn', input),
    me: () => call<TAdminView>('adminAuth', 'me', {}),
    signOut: () => call<Record<string, never>>('adminAuth', 'signOut', {}),
  },
  catalog: {
    list: (input: { appliesTo?: 'village' | 'community' } = {}) => call<TCatalogItem[]>('catalog', 'list', input),
  },
  disclosure: {
    create: (input: TCreateDisclosureRequest) => call<TDisclosureView>('disclosure', 'create', input),
    update: (input: TUpdateDisclosureRequest) => call<TDisclosureView>('disclosure', 'update', input),
    submit: (input: TIdInput) => call<TDisclosureView>('disclosure', 'submit', input),
    get: (input: TIdInput) => call<TDisclosureView>('disclosure', 'get', input),
    list: (input: TListDisclosuresRequest) => call<TPage<TDisclosureView>>('disclosure', 'list', input),
  },
  review: {
    queue: (input: TReviewQueueRequest) => call<TPage<TDisclosureView>>('review', 'queue', input),
    approve: (input: TIdInput) => call<TDisclosureView>('review', 'approve', input),
    reject: (input: TRejectRequest) => call<TDisclosureView>('review', 'reject', input),
  },
};
