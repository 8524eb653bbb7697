import { z } from './zodLocale';
import { idNumberProblem, ID_NUMBER_PROBLEM_MESSAGES, normalizeIdNumber } from './idNumber';

/**
 * Binding a real identity to a WeChat account (群众身份审核及权限绑定).
 * The rules here are pure; encryption, keyed hashes and the one-account-per-ID
 * uniqueness are the server's.
 */

/**
 * Why a pending binding needs a closer look, shown to the village admin only.
 * The resident is answered the same way in every such case ("waiting for the
 * village"), so binding never tells whether an ID number is on a roster or
 * bound to someone else.
 */
export const BINDING_NOTES = {
  rosterNameMismatch: '姓名与本村（社区）户籍名册中这个身份证号登记的姓名不一致',
  idVerifiedElsewhere: '这个身份证号已由另一个微信账号绑定并核实，请与群众本人当面核对',
  otherPending: (n: number) => `另有 ${n} 个微信账号也在用这个身份证号申请绑定`,
} as const;

/** Bumped when the consent text changes, so each binding records which text was agreed to. */
export const CONSENT_VERSION = '2026-11';

/** 张三, 阿卜杜·热合曼: Chinese names, with the middle dot of minority names. */
export function normalizePersonName(raw: string): string {
  return raw.trim().replace(/\s+/g, '').replace(/[．·・]/g, '·');
}

export const ZPersonName = z
  .string()
  .transform(normalizePersonName)
  .pipe(z.string().min(2, '请填写与身份证一致的姓名').max(30, '姓名最多 30 个字').regex(/^[\u3400-\u9fff·]+$/, '姓名只能是汉字'));

export const ZIdNumber = z
  .string()
  .transform(normalizeIdNumber)
  .check((ctx) => {
    const problem = idNumberProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, message: ID_NUMBER_PROBLEM_MESSAGES[problem] });
  });

export const ZMobilePhone = z.string().trim().regex(/^1[3-9]\d{9}$/, '手机号应为 11 位数字');

/** 13812345678 → 138****5678. */
export function maskPhone(phone: string): string {
  return phone.slice(0, 3) + '****' + phone.slice(-4);
}

export interface TRosterLine {
  name: string;
  idNumber: string;
}

export interface TRosterParse {
  entries: TRosterLine[];
  /** Line numbers count from 1, as a spreadsheet shows them. */
  problems: { line: number; message: string }[];
}

export const ROSTER_MAX_LINES = 20_000;

/**
 * The roster file (户籍名册) is a CSV of 姓名,身份证号; a header line is
 * optional, blank lines are skipped, and every bad or repeated line is
 * reported so the admin can fix the file and upload it again.
 */
export function parseRosterCsv(text: string): TRosterParse {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const entries: TRosterLine[] = [];
  const problems: TRosterParse['problems'] = [];
  const seen = new Map<string, number>();
  lines.forEach((raw, i) => {
    const line = i + 1;
    const cells = raw.split(/[,，\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (cells.every((c) => c === '')) return;
    if (i === 0 && /姓名/.test(cells[0] ?? '')) return;
    const name = ZPersonName.safeParse(cells[0] ?? '');
    const id = ZIdNumber.safeParse(cells[1] ?? '');
    if (!name.success) return void problems.push({ line, message: `姓名：${name.error.issues[0].message}` });
    if (!id.success) return void problems.push({ line, message: `身份证号：${id.error.issues[0].message}` });
    const earlier = seen.get(id.data);
    if (earlier) return void problems.push({ line, message: `身份证号与第 ${earlier} 行重复` });
    seen.set(id.data, line);
    entries.push({ name: name.data, idNumber: id.data });
  });
  if (entries.length + problems.length > ROSTER_MAX_LINES) {
    problems.unshift({ line: ROSTER_MAX_LINES + 1, message: `名册最多 ${ROSTER_MAX_LINES} 行，请分村上传` });
  }
  if (entries.length === 0 && problems.length === 0) problems.push({ line: 1, message: '文件中没有名册内容' });
  return { entries, problems };
}
