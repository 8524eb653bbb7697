import type { attachmentContract, disclosureCommentContract, publicDisclosureContract, TRefTo } from '@sunshine/shared';
import { callAction } from './cloud';

type P = typeof publicDisclosureContract;
const HISTORY: TRefTo<P['history']> = { fn: 'publicDisclosure', action: 'history' };
const ROWS: TRefTo<P['rows']> = { fn: 'publicDisclosure', action: 'rows' };
const FILINGS: TRefTo<P['filings']> = { fn: 'publicDisclosure', action: 'filings' };
const COMMENT: TRefTo<(typeof disclosureCommentContract)['submit']> = { fn: 'disclosureComment', action: 'submit' };
const DOWNLOAD: TRefTo<(typeof attachmentContract)['publicDownload']> = { fn: 'attachment', action: 'publicDownload' };

/** An imported list's rows come a page at a time; the detail answer carries the first page. */
export const TABLE_PAGE_SIZE = 50;

export function fetchVersionHistory(id: string) {
  return callAction(HISTORY, { id });
}

export function fetchTableRows(id: string, page: number) {
  return callAction(ROWS, { id, page, pageSize: TABLE_PAGE_SIZE });
}

export function fetchFilings(villageCode: string, page: number) {
  return callAction(FILINGS, { villageCode, page, pageSize: 20 });
}

export function submitComment(requestId: string, disclosureId: string, text: string) {
  return callAction(COMMENT, { requestId, disclosureId, text });
}

export function downloadAttachment(disclosureId: string, attachmentId: string) {
  return callAction(DOWNLOAD, { disclosureId, attachmentId });
}
