/**
 * Resident ID numbers (GB 11643-1999): 17 digits and a check character
 * computed by ISO 7064 MOD 11-2. Only the validation and the masked display
 * form live here; encryption and keyed hashing are the server's job.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

export function normalizeIdNumber(raw: string): string {
  return raw.trim().toUpperCase();
}

export type TIdNumberProblem = 'format' | 'birthDate' | 'checkDigit';

export function idNumberProblem(raw: string): TIdNumberProblem | null {
  const id = normalizeIdNumber(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return 'birthDate';
  }
  return idNumberCheckChar(id) === id[17] ? null : 'checkDigit';
}

export const ID_NUMBER_PROBLEM_MESSAGES: Record<TIdNumberProblem, string> = {
  format: '身份证号应为 18 位（最后一位可以是 X）',
  birthDate: '身份证号中的出生日期不对',
  checkDigit: '身份证号校验位不对，请核对是否输错',
};

/**
 * How an ID number is shown wherever it is shown (published lists, the
 * resident's own binding, the admin's approval list): the first 3 and the
 * last 2 of 18 characters, 210*************12.
 *
 * Decision (issue 9): the older form kept 4 + 4 (2101**********1234). Anyone
 * who knows the village's code then knows digits 1–6, and the birth date left
 * only about 1,500 candidates — few enough to try. GB/T 35273 asks for
 * personal information to be de-identified on display; keeping 3 + 2 hides the
 * county digits, the whole birth date and the first sequence digit, so a
 * masked number no longer narrows a person down to a guessable set. Numbers
 * already published in the older form stay as sealed; both forms are
 * recognised as masked.
 */
export const ID_MASK = { head: 3, tail: 2 } as const;

export function maskIdNumber(raw: string): string {
  const id = normalizeIdNumber(raw);
  return id.slice(0, ID_MASK.head) + '*'.repeat(Math.max(0, id.length - ID_MASK.head - ID_MASK.tail)) + id.slice(-ID_MASK.tail);
}

/** The current form, and the 4 + 4 form of lists published before issue 9. */
export function isMaskedIdNumber(value: string): boolean {
  return /^\d{3}\*{13}[\dX]{2}$/.test(value) || /^\d{4}\*{10}[\dX]{4}$/.test(value);
}

/**
 * Finds an ID number typed into free text: 18 characters with a valid birth
 * date and check character (GB 11643-1999), or the old 15-digit form (region,
 * YYMMDD, sequence), standing alone rather than inside a longer run of digits.
 */
export function findIdNumberInText(text: string): string | null {
  for (const match of text.matchAll(/(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g)) {
    const candidate = match[1].toUpperCase();
    if (candidate.length === 18 ? idNumberProblem(candidate) === null : isOldIdNumber(candidate)) return candidate;
  }
  return null;
}

function isOldIdNumber(id: string): boolean {
  const y = 1900 + Number(id.slice(6, 8));
  const m = Number(id.slice(8, 10));
  const d = Number(id.slice(10, 12));
  const date = new Date(Date.UTC(y, m - 1, d));
  return /^[1-9]\d{5}$/.test(id.slice(0, 6)) && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** 正文中含有身份证号，请删除或只填写在身份证号列 */
export function idNumberInTextMessage(fieldLabel: string): string {
  return `${fieldLabel}中含有身份证号，请删除或只填写在身份证号列。`;
}

/** 张三丰 → 张*丰, 李四 → 李*: enough for neighbours to recognise, not to copy. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return name;
  if (chars.length === 2) return chars[0] + '*';
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}
