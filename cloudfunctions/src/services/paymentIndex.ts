import type { TPage, TPageRequest, TMyPayment } from '@sunshine/shared';
import type { Transaction } from '../store/DocumentStore';
import type { TDisclosureDoc, TStoredRow } from '../store/documents';
import { verifiedResident } from './identity';
import { importRowId } from './listImport';
import type { TServiceContext } from './serviceContext';

/**
 * "My payments": one index document per published row and ID number, keyed by
 * the ID number's keyed hash, so a resident's rows are found by one indexed
 * equality across villages and years, never by reading anyone's plaintext.
 */
const entryId = (disclosureId: string, rowId: string, columnKey: string) => `${disclosureId}:${rowId}:${columnKey}`;

async function* rowsInTx(tx: Transaction, doc: TDisclosureDoc): AsyncGenerator<TStoredRow> {
  if (!doc.table) return;
  if (!doc.table.imported) return yield* doc.table.rows;
  for (let i = 0; i < doc.table.imported.rowCount; i++) {
    const row = await tx.get('disclosureRows', importRowId(doc.table.imported.importId, i));
    if (row) yield row;
  }
}

/**
 * Called in the publishing transaction: indexes the rows of the disclosure
 * being published and drops the index of the version it corrects, so a
 * correction never shows a resident both the old and the new amount.
 */
export async function indexPublishedRows(tx: Transaction, doc: TDisclosureDoc): Promise<void> {
  if (doc.previousVersionId) {
    const previous = await tx.get('disclosures', doc.previousVersionId);
    if (previous) {
      for await (const row of rowsInTx(tx, previous)) {
        for (const key of Object.keys(row.protected)) await tx.remove('paymentIndex', entryId(previous._id, row.rowId, key));
      }
    }
  }
  if (!doc.table || !doc.publishedAt) return;
  const columns = doc.table.columns;
  const amountColumn = columns.find((c) => c.type === 'amount');
  for await (const row of rowsInTx(tx, doc)) {
    for (const [key, value] of Object.entries(row.protected)) {
      await tx.set('paymentIndex', {
        _id: entryId(doc._id, row.rowId, key),
        idHash: value.hash,
        disclosureId: doc._id,
        villageCode: doc.villageCode,
        villageName: doc.villageName,
        title: doc.title,
        catalogItemTitle: doc.catalogItemTitle,
        period: doc.period ?? null,
        publishedAt: doc.publishedAt,
        amount: amountColumn ? (row.cells[amountColumn.key] ?? null) : null,
        // Plain cells hold only the masked ID number; labels make the row readable on its own.
        cells: columns.map((c) => ({ label: c.label, value: row.cells[c.key] ?? '' })),
      });
    }
  }
}

export async function listMyPayments(ctx: TServiceContext, openid: string, page: TPageRequest): Promise<TPage<TMyPayment>> {
  const resident = await verifiedResident(ctx, openid);
  const where = [['idHash', '==', resident.idNumber.hash]] as const;
  const [docs, total] = await Promise.all([
    ctx.store.find('paymentIndex', { where, orderBy: [['publishedAt', 'desc']], offset: (page.page - 1) * page.pageSize, limit: page.pageSize }),
    ctx.store.count('paymentIndex', where),
  ]);
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
