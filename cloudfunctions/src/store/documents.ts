import type {
  TAdminRole,
  TCategory,
  TDisclosureEvent,
  TDisclosureStatus,
  TRegion,
  TRegionPath,
  TTableColumn,
} from '@sunshine/shared';

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
  passwordHash: string;
  failedSignIns: number;
  lockedUntil: string | null;
  createdAt: string;
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

export interface TDisclosureDoc extends TRegionPath {
  _id: string;
  villageName: string;
  catalogItemId: string;
  catalogItemTitle: string;
  category: TCategory;
  title: string;
  body: string;
  table: { columns: TTableColumn[]; rows: TStoredRow[] } | null;
  status: TDisclosureStatus;
  rejectReason: string | null;
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

export interface TCollections {
  regions: TRegionDoc;
  admins: TAdminDoc;
  sessions: TSessionDoc;
  disclosures: TDisclosureDoc;
  audit: TAuditDoc;
}
export type TCollectionName = keyof TCollections;
export const COLLECTION_NAMES: readonly TCollectionName[] = ['regions', 'admins', 'sessions', 'disclosures', 'audit'];
