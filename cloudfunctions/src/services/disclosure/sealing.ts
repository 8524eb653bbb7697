import { createHash } from 'node:crypto';
import { PUBLIC_STATUSES } from '@sunshine/shared';
import { MAX_QUERY_LIMIT, type TFilter, type Transaction } from '../../store/DocumentStore';
import type { TDisclosureDoc, TDisclosureSealDoc, TStoredRow, TStoredTable } from '../../store/documents';
import { lineageOf, versionOf } from './disclosureViews';
import type { TServiceContext } from '../serviceContext';
import { allTableRows } from './tableRows';

/**
 * Every published version is sealed into its village's hash chain in the
 * transaction that publishes it. A seal's hash covers the previous seal's
 * hash, the hash of the published content and the seal's own metadata, so
 * a row changed in the database outside the workflow, a seal edited or
 * removed, or a version published without a seal all show up when the
 * chain is recomputed.
 */
export const GENESIS_HASH = '0'.repeat(64);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with keys sorted at every level: the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** A row as sealed: its cells and the keyed hashes of its ID numbers (ciphertexts change with every encryption). */
const sealedRow = (row: TStoredRow) => ({
  rowId: row.rowId,
  cells: row.cells,
  protectedHashes: Object.fromEntries(Object.entries(row.protected).map(([key, value]) => [key, value.hash])),
});

/** Digest of rows in order, built incrementally so a 100,000-row list is never one string. */
export class RowsDigest {
  private readonly hash = createHash('sha256');
  count = 0;

  add(row: TStoredRow): void {
    this.hash.update(canonicalJson(sealedRow(row)) + '\n');
    this.count++;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

export function inlineRowsDigest(rows: readonly TStoredRow[]): string {
  const digest = new RowsDigest();
  for (const row of rows) digest.add(row);
  return digest.digest();
}

/** The rows' digest as the workflow recorded it: computed for a small table, taken from the import for a list. */
function recordedRowsDigest(table: TStoredTable): { rowCount: number; rowsDigest: string } {
  return table.imported
    ? { rowCount: table.imported.rowCount, rowsDigest: table.imported.rowsDigest }
    : { rowCount: table.rows.length, rowsDigest: inlineRowsDigest(table.rows) };
}

/** The rows' digest recomputed from what is stored now. */
async function storedRowsDigest(ctx: TServiceContext, table: TStoredTable): Promise<{ rowCount: number; rowsDigest: string }> {
  const digest = new RowsDigest();
  for await (const row of allTableRows(ctx, table)) digest.add(row);
  return { rowCount: digest.count, rowsDigest: digest.digest() };
}

/** The hash of everything a resident reads of one version (workflow state like `superseded` excluded). */
export function contentHash(d: TDisclosureDoc, rows: { rowCount: number; rowsDigest: string } | null): string {
  return sha256(
    canonicalJson({
      disclosureId: d._id,
      villageCode: d.villageCode,
      catalogItemId: d.catalogItemId,
      category: d.category,
      title: d.title,
      body: d.body,
      version: versionOf(d),
      lineageId: lineageOf(d),
      previousVersionId: d.previousVersionId ?? null,
      correctionReason: d.correctionReason ?? null,
      commentDays: d.commentPeriod?.days ?? null,
      publishedAt: d.publishedAt,
      attachments: (d.attachments ?? []).map(({ fileName, contentType, size, sha256: fileHash }) => ({ fileName, contentType, size, sha256: fileHash })),
      table: d.table ? { columns: d.table.columns, ...rows } : null,
      // Only finance reports carry figures; leaving the key out otherwise keeps every other seal as it was.
      ...(d.finance ? { finance: { income: d.finance.income, expense: d.finance.expense } } : {}),
    }),
  );
}

type TSealMeta = Pick<TDisclosureSealDoc, 'villageCode' | 'sequence' | 'disclosureId' | 'version' | 'sealedAt'>;

export function sealHash(previousHash: string, content: string, meta: TSealMeta): string {
  return sha256(previousHash + content + canonicalJson(meta));
}

export const sealIdOf = (villageCode: string, sequence: number) => `${villageCode}-${String(sequence).padStart(9, '0')}`;

/**
 * Appends the just-published version to its village's chain, inside the
 * publishing transaction. Reading and writing the chain head makes two
 * concurrent publications in one village conflict and retry, so sequence
 * numbers never fork.
 */
export async function sealPublication(tx: Transaction, published: TDisclosureDoc, at: Date): Promise<TDisclosureSealDoc> {
  const head = await tx.get('sealChainHeads', published.villageCode);
  const sequence = (head?.sequence ?? 0) + 1;
  const previousHash = head?.headHash ?? GENESIS_HASH;
  const meta: TSealMeta = { villageCode: published.villageCode, sequence, disclosureId: published._id, version: versionOf(published), sealedAt: at.toISOString() };
  const content = contentHash(published, published.table ? recordedRowsDigest(published.table) : null);
  const seal: TDisclosureSealDoc = { _id: sealIdOf(published.villageCode, sequence), ...meta, contentHash: content, previousHash, sealHash: sealHash(previousHash, content, meta) };
  await tx.create('disclosureSeals', seal);
  await tx.set('sealChainHeads', { _id: published.villageCode, sequence, headHash: seal.sealHash });
  return seal;
}

export interface TChainProblem {
  villageCode: string;
  disclosureId: string | null;
  sequence: number | null;
  message: string;
}

export interface TChainReport {
  villages: number;
  seals: number;
  problems: TChainProblem[];
}

/** Pages through a query by `_id`, so no scan needs an offset that grows with the collection. */
async function* scanById<C extends 'disclosureSeals' | 'disclosures' | 'sealChainHeads'>(
  ctx: TServiceContext,
  collection: C,
  where: TFilter[],
) {
  let after = '';
  for (;;) {
    const page = await ctx.store.find(collection, { where: [...where, ['_id', '>', after]], orderBy: [['_id', 'asc']], limit: MAX_QUERY_LIMIT });
    yield* page;
    if (page.length < MAX_QUERY_LIMIT) return;
    after = page[page.length - 1]._id;
  }
}

const describe = (d: TDisclosureDoc) => `“${d.title}”（编号 ${d._id}，第 ${versionOf(d)} 版）`;

/** Recomputes one village's chain from the stored disclosures. */
async function verifyVillage(ctx: TServiceContext, villageCode: string, report: TChainReport): Promise<void> {
  const problem = (message: string, disclosureId: string | null = null, sequence: number | null = null) =>
    report.problems.push({ villageCode, disclosureId, sequence, message });
  const sealed = new Set<string>();
  let expected = 1;
  let previousHash = GENESIS_HASH;
  // Seal ids sort by sequence (zero-padded), so scanning by id walks the chain in order.
  for await (const seal of scanById(ctx, 'disclosureSeals', [['villageCode', '==', villageCode]])) {
    report.seals++;
    if (seal.sequence !== expected) problem(`第 ${expected} 号封存记录缺失（下一条是第 ${seal.sequence} 号）：封存记录被删除`, null, expected);
    if (seal.previousHash !== previousHash) problem(`第 ${seal.sequence} 号封存记录与前一条不衔接：链条断裂`, seal.disclosureId, seal.sequence);
    const meta: TSealMeta = { villageCode: seal.villageCode, sequence: seal.sequence, disclosureId: seal.disclosureId, version: seal.version, sealedAt: seal.sealedAt };
    if (sealHash(seal.previousHash, seal.contentHash, meta) !== seal.sealHash) {
      problem(`第 ${seal.sequence} 号封存记录本身被改动（封存哈希不符）`, seal.disclosureId, seal.sequence);
    }
    const doc = await ctx.store.get('disclosures', seal.disclosureId);
    if (!doc) {
      problem(`第 ${seal.sequence} 号封存的公开事项（编号 ${seal.disclosureId}）已不存在：在审核流程之外被删除`, seal.disclosureId, seal.sequence);
    } else {
      const rows = doc.table ? await storedRowsDigest(ctx, doc.table) : null;
      if (doc.table?.imported && rows && rows.rowCount !== doc.table.imported.rowCount) {
        problem(`公开事项${describe(doc)}的名单应有 ${doc.table.imported.rowCount} 行，现存 ${rows.rowCount} 行：在审核流程之外被增删`, doc._id, seal.sequence);
      }
      if (contentHash(doc, rows) !== seal.contentHash) {
        problem(`公开事项${describe(doc)}的内容与第 ${seal.sequence} 号封存记录不一致：在审核流程之外被改动`, doc._id, seal.sequence);
      }
    }
    sealed.add(seal.disclosureId);
    previousHash = seal.sealHash;
    expected = seal.sequence + 1;
  }
  const head = await ctx.store.get('sealChainHeads', villageCode);
  const last = expected - 1;
  if ((head?.sequence ?? 0) !== last || (head?.headHash ?? GENESIS_HASH) !== previousHash) {
    problem(`链头记录（第 ${head?.sequence ?? 0} 号）与最后一条封存记录（第 ${last} 号）不一致：末尾的封存记录被删除或改动`);
  }
  for await (const doc of scanById(ctx, 'disclosures', [['villageCode', '==', villageCode], ['status', 'in', [...PUBLIC_STATUSES]]])) {
    if (!sealed.has(doc._id)) problem(`公开事项${describe(doc)}已公开，但没有封存记录`, doc._id);
  }
}

/** Every village's chain, or one village's; the report lists each record changed outside the workflow. */
export async function verifySealChains(ctx: TServiceContext, villageCode?: string): Promise<TChainReport> {
  const villages = new Set<string>();
  if (villageCode) villages.add(villageCode);
  else {
    for await (const head of scanById(ctx, 'sealChainHeads', [])) villages.add(head._id);
    for await (const doc of scanById(ctx, 'disclosures', [['status', 'in', [...PUBLIC_STATUSES]]])) villages.add(doc.villageCode);
  }
  const report: TChainReport = { villages: villages.size, seals: 0, problems: [] };
  for (const code of [...villages].sort()) await verifyVillage(ctx, code, report);
  return report;
}
