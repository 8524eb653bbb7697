import Database from 'better-sqlite3';
import { join } from 'node:path';
import { disclosureContract, reviewContract, type TCreateDisclosureRequest } from '@sunshine/shared';
import { demoIdNumber } from '../../src/local/demoData';
import { callHttp, dataOf } from './invoke';
import type { TTestRuntime } from './testRuntime';

export const VILLAGE = '210124101200';

let requestSeq = 0;
/** A small 低保 list as the village enters it in the form. */
export const allowanceList = (rows = [{ cells: { name: '张桂兰', idNumber: demoIdNumber('19480312', 22), amount: '1380.00' } }]) => ({
  requestId: `req-${Date.now()}-${requestSeq++}`,
  villageCode: VILLAGE,
  catalogItemId: 'village-subsistence-allowance',
  title: '2026 年第一季度低保名单',
  body: '如有异议请于 7 日内反映。',
  rows,
});

/** Village creates and submits, township approves: the published view. */
export async function publish(runtime: TTestRuntime, villageToken: string, reviewerToken: string, input: object = allowanceList()) {
  const created = dataOf(await callHttp(runtime, disclosureContract.create, input as TCreateDisclosureRequest, villageToken));
  dataOf(await callHttp(runtime, disclosureContract.submit, { id: created.id }, villageToken));
  return dataOf(await callHttp(runtime, reviewContract.approve, { id: created.id }, reviewerToken));
}

/** Changes the database the way someone bypassing the platform would: plain SQL on the SQLite file. */
export function tamperWithSql(runtime: TTestRuntime, sql: string, ...params: unknown[]): number {
  const db = new Database(join(runtime.dataDir, 'sunshine.db'));
  try {
    return db.prepare(sql).run(...params).changes;
  } finally {
    db.close();
  }
}
