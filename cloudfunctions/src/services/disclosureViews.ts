import type { TDisclosureView, TPublishedDisclosure } from '@sunshine/shared';
import type { TDisclosureDoc } from '../store/documents';
import { tableView } from './disclosureTable';

/** Named fields only: no encrypted values, hashes or internal ids leave the services. */
export function toDisclosureView(d: TDisclosureDoc): TDisclosureView {
  return {
    id: d._id,
    villageCode: d.villageCode,
    villageName: d.villageName,
    catalogItemId: d.catalogItemId,
    catalogItemTitle: d.catalogItemTitle,
    category: d.category,
    title: d.title,
    body: d.body,
    table: tableView(d.table),
    status: d.status,
    rejectReason: d.rejectReason,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    submittedAt: d.submittedAt,
    publishedAt: d.publishedAt,
    history: d.history,
  };
}

export function toPublishedDisclosure(d: TDisclosureDoc): TPublishedDisclosure {
  return {
    id: d._id,
    villageCode: d.villageCode,
    villageName: d.villageName,
    catalogItemId: d.catalogItemId,
    catalogItemTitle: d.catalogItemTitle,
    category: d.category,
    title: d.title,
    body: d.body,
    table: tableView(d.table),
    publishedAt: d.publishedAt!,
  };
}
