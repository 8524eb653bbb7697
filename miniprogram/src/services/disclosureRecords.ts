import type { TDisclosureVersion, TPage, TPublicFiling, TTableRowView } from '@sunshine/shared';
import type { TAttachmentContent } from '@sunshine/shared';
import { callFunction } from './cloud';

/** An imported list's rows come a page at a time; the detail answer carries the first page. */
export const TABLE_PAGE_SIZE = 50;

export function fetchVersionHistory(id: string): Promise<TDisclosureVersion[]> {
  return callFunction('publicDisclosure', 'history', { id });
}

export function fetchTableRows(id: string, page: number): Promise<TPage<TTableRowView>> {
  return callFunction('publicDisclosure', 'rows', { id, page, pageSize: TABLE_PAGE_SIZE });
}

export function fetchFilings(villageCode: string, page: number): Promise<TPage<TPublicFiling>> {
  return callFunction('publicDisclosure', 'filings', { villageCode, page, pageSize: 20 });
}

export function submitComment(requestId: string, disclosureId: string, text: string): Promise<unknown> {
  return callFunction('disclosureComment', 'submit', { requestId, disclosureId, text });
}

export function downloadAttachment(disclosureId: string, attachmentId: string): Promise<TAttachmentContent> {
  return callFunction('attachment', 'publicDownload', { disclosureId, attachmentId });
}
