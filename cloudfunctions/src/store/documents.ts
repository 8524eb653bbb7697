import type {
  TRateCounterState,
  TRateLimitedAction,
  TRateScope,
  TAnswerRating,
  TEscalationReason,
  TFeedbackAction,
  TFeedbackKind,
  TFeedbackLevel,
  TFeedbackStatus,
  TSupervisionOrderStatus,
  TRating,
  TAdminRole,
  TAttachmentType,
  TCommentPeriod,
  TImportProblem,
  TImportStatus,
  TCatalogItem,
  TCategory,
  TFilingStatus,
  THotlineDeliveryState,
  THotlineStatus,
  THotlineType,
  TDisclosureEvent,
  TFinanceFigures,
  TDisclosureStatus,
  TDepartment,
  TRegion,
  TRegionPath,
  TTableColumn,
  TTopic,
} from '@sunshine/shared';
import type { TResidentMessage } from '../notify/Notifier';

/**
 * Records as they are stored. Unlike the views in `shared/`, these carry
 * secrets (password hashes, encrypted ID numbers), so they never leave the
 * services: every answer is built from named fields.
 */
export interface TRegionDoc extends TRegion {
  _id: string;
}

export interface TAdminDoc {
  _id: string;
  username: string;
  displayName: string;
  role: TAdminRole;
  regionCode: string;
  regionName: string;
  /** Only, and always, on the department roles (adminDepartmentProblem). */
  department?: TDepartment;
  passwordHash: string;
  createdAt: string;
}

/**
 * Failed sign-ins of one typed username, whether or not an admin has it, so
 * an unknown name is answered and locked like a known one. The id is a keyed
 * hash of the normalised username.
 */
export interface TSignInAttemptDoc {
  _id: string;
  failures: number;
  lockedUntil: string | null;
  updatedAt: string;
}

export interface TSessionDoc {
  _id: string;
  adminId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

/** An ID number as stored: AES-GCM ciphertext and a keyed hash for lookups. */
export interface TProtectedValue {
  cipher: string;
  hash: string;
}

export interface TStoredRow {
  rowId: string;
  /** Plain cells; idNumber cells hold the masked form only. */
  cells: Record<string, string>;
  protected: Record<string, TProtectedValue>;
}

/**
 * A small table lives in the disclosure; an imported list keeps its rows in
 * `disclosureRows` under the import's id, and the disclosure points at them
 * only once the whole import has been written.
 */
export interface TStoredTable {
  columns: TTableColumn[];
  rows: TStoredRow[];
  imported?: { importId: string; rowCount: number; rowsDigest: string };
}

/** A file attached to a disclosure; the bytes live in the file storage under `storageKey`. */
export interface TAttachmentRecord {
  id: string;
  fileName: string;
  contentType: TAttachmentType;
  size: number;
  sha256: string;
  storageKey: string;
}

/** The content a resident would have read, as the reviewer rejected it. */
export interface TRejectedContent extends Pick<TDisclosureDoc, 'title' | 'body' | 'table' | 'finance' | 'attachments'> {
  rejectedAt: string;
  reason: string;
}

export interface TDisclosureDoc extends TRegionPath {
  _id: string;
  villageName: string;
  catalogItemId: string;
  catalogItemTitle: string;
  category: TCategory;
  /** The department of the catalog item, copied when the disclosure was made; absent on older records (departmentOfRecord). */
  department?: TDepartment;
  title: string;
  body: string;
  table: TStoredTable | null;
  status: TDisclosureStatus;
  rejectReason: string | null;
  /** The period of a periodic catalog item this disclosure fulfils (2026-Q1); absent on older records. */
  period?: string;
  /** The deadline of that period (YYYY-MM-DD, working days applied), kept so reviewers can filter by it. */
  dueDate?: string;
  /** Income and expense in yuan, only on 财务收支情况; absent when the village gave none. */
  finance?: TFinanceFigures;
  /**
   * Versions: every correction (and the final version after a comment
   * period) is a new document with the same lineageId. Documents written
   * before versions existed lack these fields and read as version 1.
   */
  version?: number;
  lineageId?: string;
  previousVersionId?: string | null;
  nextVersionId?: string | null;
  correctionReason?: string | null;
  supersededAt?: string | null;
  commentPeriod?: TCommentPeriod | null;
  attachments?: TAttachmentRecord[];
  /** What was submitted when the township last rejected this version, so the resubmission can be compared with it. */
  rejectedContent?: TRejectedContent | null;
  /** Set by a reviewer's decision, cleared when the village opens the disclosure. */
  unreadByVillage?: boolean;
  /**
   * Whether residents see this disclosure's rows under "my payments" (see
   * services/resident/paymentIndex): entries are written in batches while `pending`
   * and all shown at once when `live`; `retired` hides a corrected
   * version's entries until they are removed. Absent (older records, or
   * never published) reads as live.
   */
  paymentIndex?: { state: 'pending' | 'live' | 'retired' | 'removed' };
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
  history: TDisclosureEvent[];
}

export interface TAuditDoc {
  _id: string;
  at: string;
  actorId: string;
  actorRole: TAdminRole | 'system';
  action: string;
  targetType: string;
  targetId: string;
  regionCode: string;
  detail?: Record<string, unknown>;
}

/** One row of an imported list, keyed by import and position. */
export interface TDisclosureRowDoc extends TStoredRow {
  _id: string;
  importId: string;
  index: number;
}

export interface TImportDoc {
  _id: string;
  disclosureId: string;
  villageCode: string;
  createdBy: string;
  fileName: string;
  size: number;
  chunkCount: number;
  status: TImportStatus;
  totalRows: number;
  processedRows: number;
  problems: TImportProblem[];
  problemCount: number;
  message: string | null;
  /**
   * The run that holds the job while `running`: only it writes rows, and it
   * renews `expiresAt` as it goes; past it the run is taken for dead (a
   * crashed process) and the job can be taken up again.
   */
  lease?: { owner: string; expiresAt: string } | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * One published version in its village's hash chain. `sealHash` covers the
 * previous seal's hash, the content hash and this record's metadata, so
 * changing any published content or any seal breaks the chain from there.
 */
export interface TDisclosureSealDoc {
  _id: string;
  villageCode: string;
  sequence: number;
  disclosureId: string;
  version: number;
  sealedAt: string;
  contentHash: string;
  previousHash: string;
  sealHash: string;
}

/** The last seal of a village: read and written by every sealing, so sequence numbers never fork. */
export interface TSealChainHeadDoc {
  _id: string;
  sequence: number;
  headHash: string;
}

export interface TCommentDoc {
  _id: string;
  disclosureId: string;
  villageCode: string;
  residentKey: string;
  text: string;
  /** The content check asked for a person to look at it first. */
  needsReview?: boolean;
  createdAt: string;
}

/**
 * A county's or city's own catalog item for its villages; the province's
 * items stay in code. Items saved before items named their department lack
 * it and take their category's (departmentOfItem).
 */
export interface TLocalCatalogItemDoc extends Omit<TCatalogItem, 'id' | 'department'> {
  department?: TDepartment;
  _id: string;
  ownerRegionCode: string;
  ownerRegionName: string;
  createdBy: string;
  createdAt: string;
}

/** 不公开备案: one per village, catalog item and period (the id says which). */
export interface TFilingDoc extends TRegionPath {
  _id: string;
  villageName: string;
  catalogItemId: string;
  catalogItemTitle: string;
  category: TCategory;
  period: string;
  dueDate: string;
  reason: string;
  status: TFilingStatus;
  rejectReason: string | null;
  filedBy: string;
  filedAt: string;
  decidedAt: string | null;
  updatedAt: string;
  history: { at: string; by: string; byName: string; action: 'file' | 'approve' | 'reject'; reason: string }[];
}

/** One entry of a 12345 order's timeline; `eventId` for the hotline's own updates. */
export interface THotlineTimelineDoc {
  at: string;
  status: THotlineStatus;
  text: string;
  eventId?: string;
}

/**
 * A resident's 12345 case. `openid` is kept for WeChat notifications only
 * and never leaves the services; residents are matched by `residentKey`.
 */
export interface THotlineOrderDoc extends TRegionPath {
  _id: string;
  residentKey: string;
  openid: string;
  villageName: string;
  type: THotlineType;
  content: string;
  contactPhone: string | null;
  topics: string[];
  status: THotlineStatus;
  deliveryState: THotlineDeliveryState;
  failureCount: number;
  lastError: string | null;
  /** System time of the next attempt (never the test-shifted domain clock). */
  nextAttemptAt: string | null;
  /**
   * System time from which an undelivered order is listed as stuck: set when
   * it is queued, brought forward when its attempts keep failing.
   */
  overdueAt?: string | null;
  hotlineOrderNo: string | null;
  reply: string | null;
  /** The last hotline update applied; older ones are ignored. */
  lastSequence: number;
  timeline: THotlineTimelineDoc[];
  createdAt: string;
  updatedAt: string;
}

/**
 * Work to send to a system outside, written in the transaction of the change
 * that needs it. A claim moves `nextAttemptAt` to the lease's end, so a
 * worker that dies holding it leaves the entry due again when the lease ends.
 */
export type TOutboxDoc = THotlineOutboxDoc | TNoticeOutboxDoc;

interface TOutboxEntry {
  _id: string;
  state: 'pending' | 'delivered';
  attempts: number;
  /** System time, like every lease and retry. */
  nextAttemptAt: string;
  claimedBy: string | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

/** Files a 12345 order. */
export interface THotlineOutboxDoc extends TOutboxEntry {
  kind: 'hotline.file';
  orderId: string;
}

/** Sends a notice, already in the resident's inbox, on the channels outside (WeChat). */
export interface TNoticeOutboxDoc extends TOutboxEntry {
  kind: 'notice';
  message: TResidentMessage;
}

/** One message in a resident's in-app inbox. */
export interface TNotificationDoc {
  _id: string;
  residentKey: string;
  title: string;
  body: string;
  orderId: string | null;
  /** Absent on notices written before notices named their message. */
  feedbackId?: string | null;
  createdAt: string;
  readAt: string | null;
}

/** Orders per village and topic, counted as they are filed. */
export interface TTopicCountDoc {
  _id: string;
  countyCode: string;
  villageCode: string;
  villageName: string;
  topic: string;
  count: number;
}

/**
 * A resident's binding, keyed by residentKey. Name, ID number and phone are
 * stored encrypted with their masked forms for display; the ID number's
 * keyed hash finds payments and holds the one-account-per-ID lock.
 */
export interface TResidentDoc {
  _id: string;
  villageCode: string;
  villageName: string;
  bindingStatus: 'pending' | 'verified' | 'rejected';
  nameCipher: string | null;
  maskedName: string | null;
  idNumber: TProtectedValue | null;
  maskedIdNumber: string | null;
  phoneCipher: string | null;
  maskedPhone: string | null;
  verifiedBy: 'roster' | 'admin' | null;
  consentVersion: string;
  requestedAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  rejectReason: string | null;
}

/** One person of a village's 户籍名册, keyed `${villageCode}:${idHash}` so a binding finds its line by one get. */
export interface TRosterEntryDoc {
  _id: string;
  villageCode: string;
  idHash: string;
  nameCipher: string;
}

/** A village's roster as a whole: replaced in one transaction with its entries. */
export interface TRosterDoc {
  _id: string;
  entryCount: number;
  uploadedAt: string;
  uploadedBy: string;
}

/**
 * Who holds and who seeks one ID number, nationwide: its id is the ID
 * number's keyed hash. Only a verified binding holds it (`residentKey`); a
 * pending one is listed in `pendingKeys` and never keeps the person out.
 * Documents written before issue 9 may name a pending binding as holder;
 * such a holder counts only once it is verified.
 */
export interface TBindingByIdHashDoc {
  _id: string;
  residentKey: string | null;
  pendingKeys?: string[];
  createdAt: string;
}

/** One published row as "my payments" finds it: by the keyed hash of the ID number in it (see services/resident/paymentIndex). */
export interface TPaymentIndexDoc {
  _id: string;
  idHash: string;
  disclosureId: string;
  villageCode: string;
  villageName: string;
  title: string;
  catalogItemTitle: string;
  period: string | null;
  publishedAt: string;
  amount: string | null;
  cells: { label: string; value: string }[];
}

/** A question, complaint or suggestion on a disclosure; `history` grows with each step (later: routing, deadlines). */
export interface TFeedbackDoc {
  _id: string;
  residentKey: string;
  /** For WeChat subscription messages only; never part of any answer. Absent on messages saved before it was kept. */
  openid?: string;
  /** The content check asked for a person to look at it first. */
  needsReview?: boolean;
  disclosureId: string;
  disclosureTitle: string;
  villageCode: string;
  villageName: string;
  /** The catalog item of the disclosure asked about, so item figures split by department; absent on messages saved before it was kept. */
  catalogItemId?: string;
  kind: TFeedbackKind;
  text: string;
  /** Topic tags of the text; absent on messages saved before messages were tagged. */
  topics?: TTopic[];
  status: TFeedbackStatus;
  /** Region path of the village, so each level finds its own messages by one equality. */
  townshipCode: string;
  countyCode: string;
  /** Who must answer now, by when, and how that day was counted (feedbackRouting.ts). */
  level: TFeedbackLevel;
  dueDate: string;
  deadlineNote: string;
  /** Under county supervision (督办): then the county, not the resident's 满意, closes it. */
  supervised: boolean;
  /** The latest answer, by the level that gave it; the resident rates it. */
  reply: { text: string; at: string; byName: string; byId: string; level: TFeedbackLevel } | null;
  history: TFeedbackHistoryEntry[];
  createdAt: string;
  updatedAt: string;
}

/** Everything that happened to a message, in order: who, when, at which level, and what. */
export interface TFeedbackHistoryEntry {
  at: string;
  action: TFeedbackAction;
  by: string;
  byName?: string;
  level: TFeedbackLevel;
  text?: string;
  rating?: TAnswerRating;
  reason?: TEscalationReason;
  dueDate?: string;
}

/** A 督办单: the county orders a named body to put a case right by a day, and that body records the fix. */
export interface TSupervisionOrderDoc {
  _id: string;
  feedbackId: string;
  countyCode: string;
  /** The case's village, so figures count the order there; absent on orders issued before it was kept. */
  villageCode?: string;
  /** The body named in the order, and the level and region answerable for it. */
  targetName: string;
  targetLevel: TFeedbackLevel;
  targetRegionCode: string;
  requirement: string;
  dueDate: string;
  status: TSupervisionOrderStatus;
  issuedAt: string;
  issuedBy: string;
  fix: { text: string; evidence: string; at: string; by: string; byName: string } | null;
}

/** One per resident and disclosure: the id is `${residentKey}:${disclosureId}`. */
export interface TRatingDoc {
  _id: string;
  residentKey: string;
  disclosureId: string;
  villageCode: string;
  /** The disclosure's catalog item, so item figures split by department; absent on ratings saved before it was kept. */
  catalogItemId?: string;
  rating: TRating;
  updatedAt: string;
}

/** One per resident, village and month: the id is `${residentKey}:${villageCode}:${month}`. */
export interface TSurveyDoc {
  _id: string;
  residentKey: string;
  villageCode: string;
  month: string;
  rating: TRating;
  comment: string | null;
  createdAt: string;
}

/**
 * One per village, catalog item and period: the disclosure (all versions of
 * one lineage) that fills it. Its id makes a second disclosure for the same
 * slot impossible, in SQLite and CloudBase alike.
 */
export interface TDisclosureSlotDoc {
  _id: string;
  villageCode: string;
  catalogItemId: string;
  period: string;
  lineageId: string;
  createdAt: string;
}

/** How often one resident, village or ID number did one kind of create: `${action}:${scope}:${subject}`. */
export interface TRateCounterDoc extends TRateCounterState {
  _id: string;
  action: TRateLimitedAction;
  scope: TRateScope;
  updatedAt: string;
}

/**
 * One create request, by the client's key: what it made, and a salted hash of
 * what it asked for, so a repeat is answered with the first result and a key
 * reused for other content is refused. No content is kept here.
 */
export interface TRequestKeyDoc {
  _id: string;
  scope: string;
  targetId: string;
  fingerprint: string;
  createdAt: string;
}

/**
 * The counters of one village or township and one period (month 2026-11,
 * quarter 2026-Q4, year 2026 or `all`), kept by the rollup layer
 * (store/rollups) in the transaction of every change they count; never
 * written by a service. The id is `${level}:${regionCode}:${period}`; the
 * region path says which county, city and province sum it.
 */
export interface TFigureRollupDoc {
  _id: string;
  level: 'village' | 'township';
  regionCode: string;
  period: string;
  provinceCode: string;
  cityCode: string;
  countyCode: string;
  townshipCode: string;
  /** Village rollups only. */
  villageCode?: string;
  counters: Record<string, number>;
}

/** Which version of the counting rules the rollups were built with (id `rules`): a start-up with other rules rebuilds them. */
export interface TFigureRollupRulesDoc {
  _id: 'rules';
  level: 'rules';
  version: number;
  builtAt: string;
}

export interface TCollections {
  regions: TRegionDoc;
  admins: TAdminDoc;
  sessions: TSessionDoc;
  signInAttempts: TSignInAttemptDoc;
  rateCounters: TRateCounterDoc;
  disclosures: TDisclosureDoc;
  audit: TAuditDoc;
  disclosureRows: TDisclosureRowDoc;
  imports: TImportDoc;
  disclosureSeals: TDisclosureSealDoc;
  sealChainHeads: TSealChainHeadDoc;
  disclosureComments: TCommentDoc;
  localCatalogItems: TLocalCatalogItemDoc;
  filings: TFilingDoc;
  hotlineOrders: THotlineOrderDoc;
  outbox: TOutboxDoc;
  notifications: TNotificationDoc;
  topicCounts: TTopicCountDoc;
  residents: TResidentDoc;
  rosters: TRosterDoc;
  rosterEntries: TRosterEntryDoc;
  bindingsByIdHash: TBindingByIdHashDoc;
  paymentIndex: TPaymentIndexDoc;
  feedback: TFeedbackDoc;
  supervisionOrders: TSupervisionOrderDoc;
  ratings: TRatingDoc;
  surveys: TSurveyDoc;
  disclosureSlots: TDisclosureSlotDoc;
  requestKeys: TRequestKeyDoc;
  figureRollups: TFigureRollupDoc | TFigureRollupRulesDoc;
}
export type TCollectionName = keyof TCollections;
export const COLLECTION_NAMES: readonly TCollectionName[] = ['regions', 'admins', 'sessions', 'disclosures', 'audit', 'disclosureRows', 'imports', 'disclosureSeals', 'sealChainHeads', 'disclosureComments', 'localCatalogItems', 'filings', 'hotlineOrders', 'outbox', 'notifications', 'topicCounts', 'residents', 'rosters', 'rosterEntries', 'bindingsByIdHash', 'paymentIndex', 'feedback', 'ratings', 'surveys', 'disclosureSlots', 'supervisionOrders', 'signInAttempts', 'rateCounters', 'requestKeys', 'figureRollups'];
