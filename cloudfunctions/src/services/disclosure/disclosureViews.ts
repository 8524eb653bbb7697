import { findCatalogItem, type TAttachmentView, type TDisclosureVersion, type TDisclosureView, type TPublishedDisclosure } from '@sunshine/shared';
import type { TAttachmentRecord, TDisclosureDoc } from '../../store/documents';
import { publicRowView, tableView } from './disclosureTable';

/** Documents written before versions existed are version 1 of their own lineage. */
export const versionOf = (d: TDisclosureDoc): number => d.version ?? 1;
export const lineageOf = (d: TDisclosureDoc): string => d.lineageId ?? d._id;

const attachmentView = ({ id, fileName, contentType, size }: TAttachmentRecord): TAttachmentView => ({ id, fileName, contentType, size });

/** What every reader of a disclosure sees: the content and its version, never workflow internals. */
function contentOf(d: TDisclosureDoc) {
  return {
    id: d._id,
    villageCode: d.villageCode,
    villageName: d.villageName,
    catalogItemId: d.catalogItemId,
    catalogItemTitle: d.catalogItemTitle,
    category: d.category,
    title: d.title,
    body: d.body,
    version: versionOf(d),
    correctionReason: d.correctionReason ?? null,
    commentPeriod: d.commentPeriod ?? null,
    attachments: (d.attachments ?? []).map(attachmentView),
    finance: d.finance ?? null,
  };
}

/** Named fields only: no encrypted values, hashes or internal ids leave the services. */
export function toDisclosureView(d: TDisclosureDoc): TDisclosureView {
  return {
    ...contentOf(d),
    table: tableView(d.table),
    status: d.status,
    rejectReason: d.rejectReason,
    lineageId: lineageOf(d),
    previousVersionId: d.previousVersionId ?? null,
    nextVersionId: d.nextVersionId ?? null,
    period: d.period ?? null,
    dueDate: d.dueDate ?? null,
    unreadByVillage: d.unreadByVillage ?? false,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    submittedAt: d.submittedAt,
    publishedAt: d.publishedAt,
    history: d.history,
  };
}

/** Whether residents see this disclosure's names partly masked. */
export const masksNames = (d: Pick<TDisclosureDoc, 'catalogItemId'>): boolean => findCatalogItem(d.catalogItemId)?.maskNames === true;

export function toPublishedDisclosure(d: TDisclosureDoc): TPublishedDisclosure {
  const table = tableView(d.table);
  const maskNames = masksNames(d);
  return {
    ...contentOf(d),
    table: table && d.table && !d.table.imported ? { ...table, rows: d.table.rows.map((row) => publicRowView(row, maskNames)) } : table,
    publishedAt: d.publishedAt!,
  };
}

/**
 * An entry of a list (the village home, a category): the table's columns and
 * size without its rows, which the detail page loads. Lists were carrying
 * every row of every item, many times what their screens show.
 */
export function toPublishedListItem(d: TDisclosureDoc): TPublishedDisclosure {
  const table = tableView(d.table);
  return { ...contentOf(d), table: table && { ...table, rows: [] }, publishedAt: d.publishedAt! };
}

export function toVersionEntry(d: TDisclosureDoc): TDisclosureVersion {
  return {
    id: d._id,
    version: versionOf(d),
    status: d.status,
    title: d.title,
    kind: d.commentPeriod ? 'comment' : 'final',
    publishedAt: d.publishedAt,
    supersededAt: d.supersededAt ?? null,
    correctionReason: d.correctionReason ?? null,
  };
}
