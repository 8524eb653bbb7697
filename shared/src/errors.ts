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
  REQUEST_ID_REUSED: '这次提交的内容与之前用同一请求编号提交的不同，没有保存。请刷新页面后重新填写提交。',
  PERIOD_ALREADY_DISCLOSED: '本村这个事项在这一期已经有公开记录，请在原记录上修改；已发布的请发起更正。',
  COMMENT_PERIOD_OPEN: '征求意见期还没有结束，结束后才能提交正式版本。',
  COMMENT_PERIOD_CLOSED: '征求意见期已经结束，不能再提交意见。',
  COMMENT_LIMIT_REACHED: '您对这个事项提交的意见已达上限，感谢参与。',
  FILE_TYPE_NOT_ALLOWED: '只能上传 JPG、PNG 图片或 PDF 文件。',
  FILE_TOO_LARGE: '文件太大，请压缩后再上传。',
  IMPORT_FILE_UNREADABLE: '无法读取这个名单文件，请上传 .xlsx 或 .csv 格式的表格。',
  IMPORT_ROWS_INVALID: '名单中有不符合要求的行，请按提示修改后重新上传，本次没有导入任何一行。',
  IMPORT_IN_PROGRESS: '导入正在进行，请稍候查看进度，不要重复导入。',
  TOO_MANY_OPEN_IMPORTS: '本村（社区）未完成的名单导入太多，请先完成或等待之前的上传过期后再试。',
  PERIOD_NOT_IN_RHYTHM: '这个公开事项不按所选期间公开，请按事项的公开频次选择期间（如季度事项选 2026-Q1）。',
  ITEM_NOT_DUE: '这个事项在所选期间还不需要公开，无需备案。',
  FILING_DUPLICATE: '这个事项本期已经提交过不公开备案，请勿重复提交。',
  CATALOG_ITEM_EXISTS: '已有同一编号的目录事项，请换一个编号。',
  CONTENT_REJECTED: '内容含有不宜发布的信息，没有提交。请修改后再试。',
  ALREADY_BOUND: '您已经绑定了身份。如需更换，请先解除绑定。',
  NOT_VERIFIED: '请先绑定身份并等待村（社区）核实后再使用这个功能。',
  SURVEY_ALREADY_DONE: '本月您已经评价过本村（社区），下个月再来吧。感谢参与！',
  RATE_LIMITED: '提交太频繁，请稍后再试。',
  ROSTER_INVALID: '名册中有不符合要求的行，请按提示修改后重新上传，本次没有导入任何一行。',
  CROSS_SITE_REQUEST: '请求不是从本平台的页面发出的，已拒绝。请直接打开本平台的网址后再操作。',
  UNSUPPORTED_CONTENT_TYPE: '请求格式不对：接口只接受 JSON（Content-Type: application/json）。',
  STORAGE_FULL: '服务器存储空间已满，暂时无法保存，请联系管理员。',
  STORAGE_READONLY: '服务器存储目前只能读取、不能写入，暂时无法保存，请联系管理员。',
  STORAGE_UNAVAILABLE: '服务器存储读写出错，暂时无法完成操作，请稍后再试；如多次出现，请联系管理员。',
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
