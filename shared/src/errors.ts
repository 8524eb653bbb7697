/**
 * The fixed list of error codes. Every failure a person can see maps to one of
 * these; `message` is what the person reads, so it says what to do next.
 * Internal details go to logs, never into the message.
 */
export const ERROR_MESSAGES = {
  INVALID_INPUT: '提交的内容不完整或格式不对，请按提示修改后再试。',
  UNAUTHENTICATED: '请先登录。',
  SESSION_EXPIRED: '登录已过期，请重新登录。',
  BAD_CREDENTIALS: '用户名或密码不正确。',
  ACCOUNT_LOCKED: '连续输错密码次数过多，账号已暂时锁定，请 15 分钟后再试。',
  FORBIDDEN: '您没有权限进行此操作。',
  OUT_OF_SCOPE: '该事项不在您管辖的区域内。',
  RESIDENT_IDENTITY_MISSING: '无法确认您的微信身份，请在微信中重新打开小程序。',
  NOT_FOUND: '要找的内容不存在或已被删除。',
  REGION_NOT_FOUND: '没有找到这个地区，请检查二维码或重新选择村（社区）。',
  NOT_A_VILLAGE: '只能为村或社区发布公开事项。',
  CATALOG_ITEM_NOT_FOUND: '公开目录中没有这个事项，请重新选择。',
  CATALOG_ITEM_NOT_APPLICABLE: '这个公开事项不适用于本村（社区），请重新选择。',
  INVALID_TRANSITION: '当前状态下不能进行这个操作，请刷新后查看最新状态。',
  PUBLISHED_IS_SEALED: '已发布的公开内容不能修改；如需更正，请发起更正。',
  REJECT_REASON_REQUIRED: '退回时必须填写理由，方便村里修改。',
  CONFLICT: '内容已被他人修改，请刷新后再试。',
  DUPLICATE_REQUEST: '这个请求已经处理过了。',
  INTERNAL: '系统繁忙，请稍后再试。如多次出现，请联系乡镇管理员。',
} as const;

export type TErrorCode = keyof typeof ERROR_MESSAGES;
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as TErrorCode[];

/** One problem with one field, named by its path in the request ("rows.3.amount"). */
export interface TFieldIssue {
  field: string;
  message: string;
}

export interface TAppErrorBody {
  code: TErrorCode;
  message: string;
  issues?: TFieldIssue[];
}

export class AppError extends Error {
  readonly code: TErrorCode;
  readonly issues?: TFieldIssue[];

  constructor(code: TErrorCode, options: { message?: string; issues?: TFieldIssue[]; cause?: unknown } = {}) {
    super(options.message ?? ERROR_MESSAGES[code], { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues;
  }

  toBody(): TAppErrorBody {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

/** What every function answers: data, or a typed error. */
export type TResult<T> = { ok: true; data: T } | { ok: false; error: TAppErrorBody };
