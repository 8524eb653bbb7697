import { AppError, assertCanSeeDisclosure, financeFigureRows, type TAdminPrincipal, type TVersionDiff } from '@sunshine/shared';
import type { TDisclosureDoc, TRejectedContent, TStoredRow } from '../../store/documents';
import { versionOf } from './disclosureViews';
import type { TServiceContext } from '../serviceContext';
import { allTableRows } from './tableRows';

const SAMPLE_LIMIT = 20;

/**
 * A row is the same person across versions when its ID number's keyed hash
 * matches (rows of an imported list get new rowIds); tables without ID
 * numbers match rows by rowId. The nth occurrence matches the nth.
 */
function rowKeys(columnsWithId: string[]) {
  const seen = new Map<string, number>();
  return (row: TStoredRow) => {
    const base = columnsWithId.length ? columnsWithId.map((key) => row.protected[key]?.hash ?? '').join('|') : row.rowId;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}#${n}`;
  };
}

const sameCells = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/** The part of a disclosure a resident reads; both a version and a rejected submission have it. */
type TContent = Pick<TDisclosureDoc, 'title' | 'body' | 'table' | 'finance' | 'attachments'>;

async function diffRows(ctx: TServiceContext, before: TContent, after: TContent): Promise<TVersionDiff['rows']> {
  if (!before.table && !after.table) return null;
  const idColumns = (after.table ?? before.table)!.columns.filter((c) => c.type === 'idNumber').map((c) => c.key);
  const previous = new Map<string, Record<string, string>>();
  if (before.table) {
    const keyOf = rowKeys(idColumns);
    for await (const row of allTableRows(ctx, before.table)) previous.set(keyOf(row), row.cells);
  }
  const result = { added: 0, removed: 0, changed: 0, samples: [] as NonNullable<TVersionDiff['rows']>['samples'] };
  const sample = (entry: (typeof result.samples)[number]) => result.samples.length < SAMPLE_LIMIT && result.samples.push(entry);
  if (after.table) {
    const keyOf = rowKeys(idColumns);
    for await (const row of allTableRows(ctx, after.table)) {
      const key = keyOf(row);
      const old = previous.get(key);
      if (!old) {
        result.added++;
        sample({ before: null, after: row.cells });
      } else {
        previous.delete(key);
        if (!sameCells(old, row.cells)) {
          result.changed++;
          sample({ before: old, after: row.cells });
        }
      }
    }
  }
  for (const cells of previous.values()) {
    result.removed++;
    sample({ before: cells, after: null });
  }
  return result;
}

const attachmentNames = (d: TContent) => (d.attachments ?? []).map((a) => a.fileName).join('、') || '（无）';
const figure = (d: TContent, key: 'income' | 'expense') => financeFigureRows(d.finance).find((f) => f.key === key)?.text ?? '（未填写）';

/** Every field a resident reads besides the rows, each as the resident reads it. */
function diffFields(before: TContent, after: TContent): TVersionDiff['fields'] {
  return (
    [
      ['title', '标题', before.title, after.title],
      ['body', '正文', before.body, after.body],
      ['finance.income', '本期收入', figure(before, 'income'), figure(after, 'income')],
      ['finance.expense', '本期支出', figure(before, 'expense'), figure(after, 'expense')],
      ['attachments', '附件', attachmentNames(before), attachmentNames(after)],
    ] as const
  )
    .filter(([, , a, b]) => a !== b)
    .map(([field, label, a, b]) => ({ field, label, before: a, after: b }));
}

async function sinceRejection(ctx: TServiceContext, rejected: TRejectedContent, doc: TDisclosureDoc): Promise<TVersionDiff['sinceRejection']> {
  return { rejectedAt: rejected.rejectedAt, reason: rejected.reason, fields: diffFields(rejected, doc), rows: await diffRows(ctx, rejected, doc) };
}

/**
 * What a version changes against the one it follows, and, once it has been
 * rejected, what the village changed since: the fields that differ, and the
 * rows added, removed or changed.
 */
export async function versionDiff(ctx: TServiceContext, admin: TAdminPrincipal, id: string): Promise<TVersionDiff> {
  const doc = await ctx.store.get('disclosures', id);
  if (!doc) throw new AppError('NOT_FOUND');
  assertCanSeeDisclosure(admin, doc);
  const before = doc.previousVersionId ? await ctx.store.get('disclosures', doc.previousVersionId) : null;
  const rejected = doc.rejectedContent ? await sinceRejection(ctx, doc.rejectedContent, doc) : null;
  if (!before) return { previous: null, fields: [], rows: null, sinceRejection: rejected };
  return {
    previous: { id: before._id, version: versionOf(before), title: before.title },
    fields: diffFields(before, doc),
    rows: await diffRows(ctx, before, doc),
    sinceRejection: rejected,
  };
}
