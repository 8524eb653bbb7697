import type {
  TFeedbackKind,
  TRegionEntry,
  TSupervisionCaseDetail,
  TSupervisionCasePage,
  TSupervisionCaseView,
  TSupervisionOrderPage,
  TSupervisionOrderView,
  TFeedbackPage,
  TFeedbackStatus,
  TFeedbackView,
  TPendingBindingPage,
  TRosterStatus,
  TApproveManyRequest,
  TApproveManyResult,
  TAttachmentContent,
  TAttachmentRef,
  TAttachmentView,
  TCommentView,
  TDisclosureVersion,
  TImportChunkRequest,
  TImportView,
  TListCommentsRequest,
  TStartCorrectionRequest,
  TStartImportRequest,
  TSubmitDisclosureRequest,
  TTableRowsRequest,
  TTableRowView,
  TUploadAttachmentRequest,
  TVersionDiff,
} from '@sunshine/shared';
import {
  ERROR_MESSAGES,
  type TAdminView,
  type TCatalogItem,
  type TCreateDisclosureRequest,
  type TDisclosureView,
  type TErrorCode,
  type TFileRequest,
  type TFilingStatus,
  type TFilingView,
  type TLocalCatalogItemRequest,
  type TLocalCatalogItemView,
  type TRegion,
  type TVillageGaps,
  type TVillageTodo,
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
import type { TStaffHotlineOrder, TTopicCounts } from '@sunshine/shared';
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
    forVillage: (input: { villageCode: string }) => call<TCatalogItem[]>('catalog', 'forVillage', input),
    localList: (input: { page: number; pageSize: number }) => call<TPage<TLocalCatalogItemView>>('catalog', 'localList', input),
    localCreate: (input: TLocalCatalogItemRequest) => call<TLocalCatalogItemView>('catalog', 'localCreate', input),
  },
  region: {
    get: (input: { code: string }) => call<{ region: TRegion; ancestors: TRegion[] }>('region', 'get', input),
    children: (input: { code: string; page: number; pageSize: number }) => call<TPage<TRegion>>('region', 'children', input),
    search: (input: { q: string; within?: string; page: number; pageSize: number }) => call<TPage<TRegionEntry>>('region', 'search', input),
  },
  schedule: {
    villageTodo: (input: { villageCode?: string } = {}) => call<TVillageTodo>('schedule', 'villageTodo', input),
    townshipGaps: (input: { page: number; pageSize: number }) => call<TPage<TVillageGaps>>('schedule', 'townshipGaps', input),
  },
  filing: {
    file: (input: TFileRequest) => call<TFilingView>('filing', 'file', input),
    queue: (input: { page: number; pageSize: number; status?: TFilingStatus }) => call<TPage<TFilingView>>('filing', 'queue', input),
    approve: (input: TIdInput) => call<TFilingView>('filing', 'approve', input),
    reject: (input: TIdInput & { reason: string }) => call<TFilingView>('filing', 'reject', input),
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
    approveMany: (input: TApproveManyRequest) => call<TApproveManyResult>('review', 'approveMany', input),
    diff: (input: TIdInput) => call<TVersionDiff>('review', 'diff', input),
  },
  versions: {
    submit: (input: TSubmitDisclosureRequest) => call<TDisclosureView>('disclosure', 'submit', input),
    startCorrection: (input: TStartCorrectionRequest) => call<TDisclosureView>('disclosure', 'startCorrection', input),
    list: (input: TIdInput) => call<TDisclosureVersion[]>('disclosure', 'versions', input),
    rows: (input: TTableRowsRequest) => call<TPage<TTableRowView>>('disclosure', 'rows', input),
    markSeen: (input: TIdInput) => call<{ unread: number }>('disclosure', 'markSeen', input),
    unreadCount: () => call<{ unread: number }>('disclosure', 'unreadCount', {}),
  },
  comments: {
    list: (input: TListCommentsRequest) => call<TPage<TCommentView>>('disclosureComment', 'list', input),
  },
  attachments: {
    upload: (input: TUploadAttachmentRequest) => call<TAttachmentView>('attachment', 'upload', input),
    remove: (input: TAttachmentRef) => call<{ removed: true }>('attachment', 'remove', input),
    download: (input: TAttachmentRef) => call<TAttachmentContent>('attachment', 'download', input),
  },
  feedback: {
    villageList: (input: { page: number; pageSize: number; status?: TFeedbackStatus }) => call<TFeedbackPage>('feedback', 'villageList', input),
    reply: (input: { id: string; text: string }) => call<TFeedbackView>('feedback', 'reply', input),
    waiting: (input: { page: number; pageSize: number }) => call<TFeedbackPage>('feedback', 'waiting', input),
  },
  supervision: {
    cases: (input: { page: number; pageSize: number; townshipCode?: string; villageCode?: string; kind?: TFeedbackKind; minAgeDays?: number; escalatedOnly?: boolean }) =>
      call<TSupervisionCasePage>('supervision', 'cases', input),
    detail: (input: TIdInput) => call<TSupervisionCaseDetail>('supervision', 'detail', input),
    issueOrder: (input: { requestId: string; feedbackId: string; targetName: string; targetRegionCode: string; requirement: string; dueDate: string }) =>
      call<TSupervisionOrderView>('supervision', 'issueOrder', input),
    myOrders: (input: { page: number; pageSize: number }) => call<TSupervisionOrderPage>('supervision', 'myOrders', input),
    recordFix: (input: { requestId: string; orderId: string; text: string; evidence: string }) => call<TSupervisionOrderView>('supervision', 'recordFix', input),
    close: (input: TIdInput & { note?: string }) => call<TSupervisionCaseView>('supervision', 'close', input),
  },
  identity: {
    rosterStatus: () => call<TRosterStatus>('identity', 'rosterStatus', {}),
    uploadRoster: (input: { csv: string }) => call<TRosterStatus>('identity', 'uploadRoster', input),
    pendingBindings: (input: { page: number; pageSize: number }) => call<TPendingBindingPage>('identity', 'pendingBindings', input),
    decide: (input: { residentKey: string; approve: boolean; reason?: string }) => call<{ residentKey: string; status: string }>('identity', 'decide', input),
  },
  hotline: {
    stuck: (input: { page: number; pageSize: number }) => call<TPage<TStaffHotlineOrder>>('hotline', 'stuck', input),
    held: (input: { page: number; pageSize: number }) => call<TPage<TStaffHotlineOrder>>('hotline', 'held', input),
    release: (input: TIdInput & { decision: 'release' | 'reject' }) => call<TStaffHotlineOrder>('hotline', 'release', input),
    topicCounts: () => call<TTopicCounts>('hotline', 'topicCounts', {}),
  },
  imports: {
    start: (input: TStartImportRequest) => call<TImportView>('disclosureImport', 'start', input),
    chunk: (input: TImportChunkRequest) => call<{ received: number }>('disclosureImport', 'chunk', input),
    run: (input: { importId: string }) => call<TImportView>('disclosureImport', 'run', input),
    status: (input: { importId: string }) => call<TImportView>('disclosureImport', 'status', input),
  },
};
