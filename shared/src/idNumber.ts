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

/** 210102199001011234 → 2101**********1234: region kept, birth date hidden. */
export function maskIdNumber(raw: string): string {
  const id = normalizeIdNumber(raw);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}

export function isMaskedIdNumber(value: string): boolean {
  return /^\d{4}\*{10}[\dX]{4}$/.test(value);
}

/** 张三丰 → 张*丰, 李四 → 李*: enough for neighbours to recognise, not to copy. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return name;
  if (chars.length === 2) return chars[0] + '*';
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}
