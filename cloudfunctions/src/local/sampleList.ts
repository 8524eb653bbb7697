import { IMPORT_LIMITS } from '@sunshine/shared';
import { demoIdNumber } from './demoData';

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = ['桂兰', '德福', '秀英', '建国', '玉珍', '淑芬', '国庆', '春梅', '志刚', '海燕'];

/** A distinct, valid (GB 11643 check digit) ID number for row i of a sample list: birth dates spread over 50 years. */
export function sampleIdNumber(i: number): string {
  const birth = new Date(Date.UTC(1940, 0, 1) + (i % 18_000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  return demoIdNumber(birth, Math.floor(i / 18_000));
}

export interface TSampleRow {
  name: string;
  idNumber: string;
  amount: string;
}

export function sampleRow(i: number): TSampleRow {
  return { name: SURNAMES[i % SURNAMES.length] + GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length], idNumber: sampleIdNumber(i), amount: `${1000 + (i % 500)}.00` };
}

/** A 低保-style list as a village would upload it: Chinese header, one person per line. */
export function sampleListCsv(rows: number, change: (row: TSampleRow, i: number) => TSampleRow = (r) => r): string {
  const lines = ['姓名,身份证号,金额（元）'];
  for (let i = 0; i < rows; i++) {
    const row = change(sampleRow(i), i);
    lines.push(`${row.name},${row.idNumber},${row.amount}`);
  }
  return lines.join('\n') + '\n';
}

/** Splits a file the way the console uploads it: chunks under the gateway's body limit, base64. */
export function fileChunks(bytes: Buffer): string[] {
  const chunks: string[] = [];
  for (let at = 0; at < bytes.length; at += IMPORT_LIMITS.chunkBytes) chunks.push(bytes.subarray(at, at + IMPORT_LIMITS.chunkBytes).toString('base64'));
  return chunks;
}
