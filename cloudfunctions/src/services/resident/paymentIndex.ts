import type { TPage, TPageRequest, TMyPayment } from '@sunshine/shared';
import type { TDisclosureDoc, TPaymentIndexDoc, TStoredRow } from '../../store/documents';
import { findAll } from '../../store/findAll';
import { verifiedResident } from './identity';
import { yieldToOthers } from '../imports/listImport';
import type { TServiceContext } from '../serviceContext';
import { tableRowBatches } from '../disclosure/tableRows';

/**
 * "My payments": one index document per published row and ID number, keyed by
 * the ID number's keyed hash, so a resident's rows are found by one indexed
 * equality across villages and years, never by reading anyone's plaintext.
 *
 * A 40,000-row list has 40,000 entries, too many for the publishing
 * transaction (every request would wait behind it). So approval only marks
 * the disclosure's index `pending`; its entries are then written in batches
 * with yields between them, and one last transaction makes them `live` and
 * the corrected version's `retired`, whose entries are removed afterwards.
 * Residents see entries of live disclosures only: a list appears whole or
 * not at all, and a correction never shows both the old and the new amount.
 * A crash leaves a state the sweep (`resumePaymentIndexing`) carries on from.
 */
const ROWS_PER_TRANSACTION = 500;

const entryId = (disclosureId: string, rowId: string, columnKey: string) => `${disclosureId}:${rowId}:${columnKey}`;

/** Disclosures indexed before index states existed have all their entries and read as live. */
const isShown = (doc: TDisclosureDoc) => (doc.paymentIndex?.state ?? 'live') === 'live';

/** Marks a disclosure being published: its entries are still to be written (by `indexPublishedDisclosure`). */
export const PENDING_PAYMENT_INDEX: NonNullable<TDisclosureDoc['paymentIndex']> = { state: 'pending' };

async function* rowBatches(ctx: TServiceContext, doc: TDisclosureDoc): AsyncGenerator<TStoredRow[]> {
  if (doc.table) yield* tableRowBatches(ctx, doc.table, ROWS_PER_TRANSACTION);
}

function entriesOf(doc: TDisclosureDoc, row: TStoredRow): TPaymentIndexDoc[] {
  const columns = doc.table!.columns;
  const amountColumn = columns.find((c) => c.type === 'amount');
  return Object.entries(row.protected).map(([key, value]) => ({
    _id: entryId(doc._id, row.rowId, key),
    idHash: value.hash,
    disclosureId: doc._id,
    villageCode: doc.villageCode,
    villageName: doc.villageName,
    title: doc.title,
    catalogItemTitle: doc.catalogItemTitle,
    period: doc.period ?? null,
    publishedAt: doc.publishedAt!,
    amount: amountColumn ? (row.cells[amountColumn.key] ?? null) : null,
    // Plain cells hold only the masked ID number; labels make the row readable on its own.
    cells: columns.map((c) => ({ label: c.label, value: row.cells[c.key] ?? '' })),
  }));
}

/**
 * Writes the entries of a disclosure whose index is pending, then shows
 * them and hides the corrected version's in one transaction, then removes
 * those. Safe to run again (entries are set by id), by the approval that
 * published the disclosure or by the sweep after a crash.
 */
export async function indexPublishedDisclosure(ctx: TServiceContext, disclosureId: string): Promise<void> {
  const doc = await ctx.store.get('disclosures', disclosureId);
  if (!doc) return;
  if (doc.paymentIndex?.state === 'pending' && doc.publishedAt) {
    for await (const rows of rowBatches(ctx, doc)) {
      const entries = rows.flatMap((row) => entriesOf(doc, row));
      await ctx.store.transaction(async (tx) => {
        for (const entry of entries) await tx.set('paymentIndex', entry);
      });
      await yieldToOthers();
    }
    await ctx.store.transaction(async (tx) => {
      const current = await tx.get('disclosures', disclosureId);
      if (current?.paymentIndex?.state !== 'pending') return;
      await tx.update('disclosures', disclosureId, { paymentIndex: { state: 'live' } });
      const previous = current.previousVersionId ? await tx.get('disclosures', current.previousVersionId) : null;
      if (previous && previous.paymentIndex?.state !== 'removed') await tx.update('disclosures', previous._id, { paymentIndex: { state: 'retired' } });
    });
  }
  if (doc.previousVersionId) await removeRetiredEntries(ctx, doc.previousVersionId);
}

/** A corrected version's entries, hidden since its successor went live, removed batch by batch. */
async function removeRetiredEntries(ctx: TServiceContext, disclosureId: string): Promise<void> {
  const doc = await ctx.store.get('disclosures', disclosureId);
  if (doc?.paymentIndex?.state !== 'retired') return;
  for await (const rows of rowBatches(ctx, doc)) {
    await ctx.store.transaction(async (tx) => {
      for (const row of rows) for (const key of Object.keys(row.protected)) await tx.remove('paymentIndex', entryId(doc._id, row.rowId, key));
    });
    await yieldToOthers();
  }
  await ctx.store.transaction(async (tx) => {
    const current = await tx.get('disclosures', disclosureId);
    if (current?.paymentIndex?.state === 'retired') await tx.update('disclosures', disclosureId, { paymentIndex: { state: 'removed' } });
  });
}

/** The sweep's part: carries on indexing that a crash interrupted. */
export async function resumePaymentIndexing(ctx: TServiceContext): Promise<number> {
  const pending = await ctx.store.find('disclosures', { where: [['paymentIndex.state', '==', 'pending']], limit: 20 });
  for (const doc of pending) await indexPublishedDisclosure(ctx, doc._id);
  const retired = await ctx.store.find('disclosures', { where: [['paymentIndex.state', '==', 'retired']], limit: 20 });
  for (const doc of retired) await removeRetiredEntries(ctx, doc._id);
  return pending.length + retired.length;
}

export async function listMyPayments(ctx: TServiceContext, openid: string, page: TPageRequest): Promise<TPage<TMyPayment>> {
  const resident = await verifiedResident(ctx, openid);
  // One person's entries are few (a row per list they are on), so all are read and those of lists not live are left out.
  const entries = await findAll(ctx.store, 'paymentIndex', { where: [['idHash', '==', resident.idNumber.hash]], orderBy: [['publishedAt', 'desc']] });
  const disclosureIds = [...new Set(entries.map((e) => e.disclosureId))];
  const shown = new Set<string>();
  for (let at = 0; at < disclosureIds.length; at += 100) {
    const docs = await ctx.store.find('disclosures', { where: [['_id', 'in', disclosureIds.slice(at, at + 100)]], limit: 100 });
    for (const doc of docs) if (isShown(doc)) shown.add(doc._id);
  }
  const visible = entries.filter((e) => shown.has(e.disclosureId));
  const total = visible.length;
  const docs = visible.slice((page.page - 1) * page.pageSize, page.page * page.pageSize);
  return {
    items: docs.map((d) => ({
      disclosureId: d.disclosureId,
      villageCode: d.villageCode,
      villageName: d.villageName,
      title: d.title,
      catalogItemTitle: d.catalogItemTitle,
      period: d.period,
      publishedAt: d.publishedAt,
      amount: d.amount,
      cells: d.cells,
    })),
    total,
    page: page.page,
    pageSize: page.pageSize,
  };
}
